import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake-keys.js';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';

/** A repository whose pre-commit hook runs the built keyguard, as `keyguard init` would wire it. */
function guardedRepo(): TestRepo {
  const repo = makeRepo({ 'app.py': 'A = 1\n', 'other.py': 'B = 1\n' });
  repo.stage('app.py', 'other.py');
  repo.commit('base');
  const hook = join(repo.dir, '.git', 'hooks', 'pre-commit');
  writeFileSync(hook, `#!/bin/sh\nexec "${process.execPath}" "${CLI}" scan --staged\n`);
  chmodSync(hook, 0o755);
  return repo;
}

function commit(repo: TestRepo, ...args: string[]) {
  return spawnSync('git', ['commit', '-q', '-m', 'change', ...args], {
    cwd: repo.dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      NO_COLOR: '1',
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.invalid',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.invalid',
    },
  });
}

const head = (repo: TestRepo) => repo.git('rev-parse', 'HEAD').trim();

describe('a real git commit through the hook', () => {
  it('`git commit -a` is judged by what -a stages (git hands the hook a temporary index)', () => {
    const repo = guardedRepo();
    const before = head(repo);
    repo.write('app.py', `A = 1\nKEY = "${fakeKeys.openaiProject('a')}"\n`);
    const r = commit(repo, '-a');
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toContain('app.py:2:');
    expect(head(repo)).toBe(before);
  });

  it('`git commit PATH` checks that path only, from its temporary index', () => {
    const repo = guardedRepo();
    repo.write('app.py', `A = 1\nKEY = "${fakeKeys.openaiProject('b')}"\n`);
    repo.write('other.py', 'B = 2\n');
    const clean = commit(repo, 'other.py');
    expect(clean.status).toBe(0);
    const blocked = commit(repo, 'app.py');
    expect(blocked.status).not.toBe(0);
    expect(repo.git('show', 'HEAD:app.py')).toBe('A = 1\n');
  });

  it('a clean commit goes through', () => {
    const repo = guardedRepo();
    repo.write('app.py', 'A = 2\n');
    repo.stage('app.py');
    const r = commit(repo);
    expect(r.status).toBe(0);
    expect(repo.git('show', 'HEAD:app.py')).toBe('A = 2\n');
  });
});
