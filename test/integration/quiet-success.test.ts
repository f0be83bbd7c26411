import { spawnSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI } from '../helpers/cli.js';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';

/** A repository whose pre-commit hook runs the built CLI with these arguments. */
function repoWithHook(args: string): TestRepo {
  const repo = makeRepo({ 'a.py': 'print(1)\n' });
  repo.write('.git/hooks/pre-commit', `#!/bin/sh\nexec "${process.execPath}" "${CLI}" ${args}\n`);
  chmodSync(join(repo.dir, '.git/hooks/pre-commit'), 0o755);
  repo.stage('a.py');
  return repo;
}

function commit(repo: TestRepo, env: Record<string, string> = {}) {
  const r = spawnSync('git', ['commit', '-q', '-m', 'work'], {
    cwd: repo.dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', KEYGUARD_VERBOSE: undefined, GIT_CONFIG_NOSYSTEM: '1', ...env },
  });
  return { code: r.status, output: r.stdout + r.stderr };
}

const GIT_ID = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
};

describe('quiet success', () => {
  it('a passing hook prints nothing', () => {
    const r = commit(repoWithHook('scan --staged'), GIT_ID);
    expect(r.code).toBe(0);
    expect(r.output).toBe('');
  });

  it('one line with --verbose or KEYGUARD_VERBOSE=1', () => {
    expect(commit(repoWithHook('scan --staged --verbose'), GIT_ID).output).toBe(
      'keyguard: no secrets found (1 file scanned).\n',
    );
    expect(commit(repoWithHook('scan --staged'), { ...GIT_ID, KEYGUARD_VERBOSE: '1' }).output).toBe(
      'keyguard: no secrets found (1 file scanned).\n',
    );
  });

  it('run by hand, outside a hook, it still says what it checked', () => {
    const repo = makeRepo({ 'a.py': 'print(1)\n' });
    repo.stage('a.py');
    expect(repo.scan().stdout).toBe('keyguard: no secrets found (1 file scanned).\n');
  });

  it('--fix by hand says to commit the .gitignore change', () => {
    const repo = makeRepo({ '.env': 'A=1\n' });
    repo.stage('.env');
    const r = repo.scan(['scan', '--staged', '--fix']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Done: they are no longer staged. Commit .gitignore next: git add .gitignore');
  });
});
