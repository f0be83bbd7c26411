import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';
import { runCli, type CliResult } from './cli.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A temporary directory removed after the test. */
export function tempDir(prefix = 'keyguard-'): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
};

export function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

export interface TestRepo {
  dir: string;
  write(path: string, content: string | Buffer): void;
  stage(...paths: string[]): void;
  git(...args: string[]): string;
  commit(message?: string): void;
  scan(args?: string[], cwd?: string): CliResult;
}

/**
 * A temporary repository: branch main, no signing, an initial commit (unless `initialCommit: false`), the given
 * files written (not staged). Removed after the test.
 */
export function makeRepo(files: Record<string, string> = {}, options: { initialCommit?: boolean } = {}): TestRepo {
  const dir = tempDir('keyguard-repo-');
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'commit.gpgsign', 'false');
  git(dir, 'config', 'core.autocrlf', 'false');
  const repo: TestRepo = {
    dir,
    write(path, content) {
      const full = join(dir, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
    },
    stage(...paths) {
      git(dir, 'add', '--', ...paths);
    },
    git: (...args) => git(dir, ...args),
    commit(message = 'commit') {
      git(dir, 'commit', '-q', '--no-verify', '-m', message);
    },
    scan(args = ['scan', '--staged'], cwd = dir) {
      return runCli(args, cwd, GIT_ENV);
    },
  };
  if (options.initialCommit !== false) git(dir, 'commit', '-q', '--allow-empty', '-m', 'initial');
  for (const [path, content] of Object.entries(files)) repo.write(path, content);
  return repo;
}
