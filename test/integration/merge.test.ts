import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fakeKeys } from '../helpers/fake-keys.js';
import { git, makeRepo } from '../helpers/git-repo.js';

describe('merges', () => {
  it('does not re-judge what the merged branch already committed, but checks lines new to both parents', () => {
    const repo = makeRepo({ 'app.py': 'A = 1\n' });
    repo.stage('app.py');
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('feature.py', `KEY = "${fakeKeys.github('feature')}"\n`);
    repo.write('app.py', 'A = 2\n');
    repo.stage('feature.py', 'app.py');
    repo.commit('feature (committed with --no-verify)');
    repo.git('checkout', '-q', 'main');
    repo.write('app.py', 'A = 3\n');
    repo.stage('app.py');
    repo.commit('main change');
    // the merge conflicts on app.py
    const merge = spawnSync('git', ['merge', '--no-commit', 'feature'], { cwd: repo.dir, encoding: 'utf8' });
    expect(merge.stdout).toMatch(/CONFLICT/);
    repo.write('app.py', 'A = 4\n');
    repo.stage('app.py');
    expect(repo.scan().code).toBe(0);
    // a resolution that adds a key is new to both parents
    repo.write('app.py', `A = 4\nTOKEN = "${fakeKeys.github('resolution')}"\n`);
    repo.stage('app.py');
    const r = repo.scan();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('app.py:2:');
    expect(r.stdout).not.toContain('feature.py');
  });

  it('works in a linked worktree', () => {
    const repo = makeRepo({ 'a.txt': 'a\n' });
    repo.stage('a.txt');
    repo.commit();
    const wt = `${repo.dir}-wt`;
    repo.git('worktree', 'add', '-q', wt, '-b', 'wt');
    try {
      git(wt, 'config', 'user.name', 'x');
      repo.write('../' + wt.split('/').pop() + '/k.ts', `export const k = "${fakeKeys.google('wt')}";\n`);
      git(wt, 'add', 'k.ts');
      const r = repo.scan(['scan', '--staged'], wt);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('k.ts:1:');
    } finally {
      repo.git('worktree', 'remove', '--force', wt);
    }
  });
});
