import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, PROJECT_ROOT, type CliResult } from './cli.js';
import { makeRepo, type TestRepo } from './git-repo.js';

export const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
};

/**
 * Link husky and keyguard into `dir`/node_modules as an install would (keyguard's bin on node_modules/.bin), so
 * init finds them resolvable and the hook finds `keyguard` without any network install.
 */
export function linkDependencies(dir: string): void {
  const modules = join(dir, 'node_modules');
  mkdirSync(join(modules, '.bin'), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules', 'husky'), join(modules, 'husky'));
  symlinkSync(join(PROJECT_ROOT, 'node_modules', 'lint-staged'), join(modules, 'lint-staged'));
  symlinkSync(PROJECT_ROOT, join(modules, 'keyguard'));
  symlinkSync('../keyguard/bin/keyguard.cjs', join(modules, '.bin', 'keyguard'));
  symlinkSync('../lint-staged/bin/lint-staged.js', join(modules, '.bin', 'lint-staged'));
}

/** A package.json that already lists husky and keyguard (so init installs nothing), with the given extra keys. */
export function packageJson(extra: Record<string, unknown> = {}, indent: string | number = 2): string {
  const pkg: Record<string, unknown> = { name: 'demo', version: '1.0.0', ...extra };
  pkg.devDependencies = { husky: '^9.1.7', keyguard: '^0.1.0', ...(extra.devDependencies as object | undefined) };
  return `${JSON.stringify(pkg, null, indent)}\n`;
}

/** A repository with a package.json (at `at`, default the root) whose dependencies are linked in. */
export function makeNpmRepo(files: Record<string, string>, at = ''): TestRepo {
  const repo = makeRepo({ '.gitignore': 'node_modules/\n', ...files });
  linkDependencies(join(repo.dir, at));
  return repo;
}

export function init(cwd: string, args: string[] = [], env: Record<string, string> = {}): CliResult {
  return runCli(['init', ...args], cwd, { ...GIT_ENV, ...env });
}

/** A real `git commit` that runs the hooks. */
export function commit(cwd: string, message = 'change'): { code: number | null; output: string } {
  const r = spawnSync('git', ['commit', '-m', message], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...GIT_ENV, NO_COLOR: '1' },
  });
  return { code: r.status, output: r.stdout + r.stderr };
}
