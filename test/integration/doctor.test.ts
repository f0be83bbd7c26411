import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { GIT_ENV, init, makeNpmRepo, packageJson } from '../helpers/npm-project.js';

const doctor = (dir: string) => runCli(['doctor'], dir, GIT_ENV);

describe('keyguard doctor', () => {
  it('passes after init, leaving the index, tree, HEAD and stash untouched', () => {
    const repo = makeNpmRepo({ 'package.json': packageJson(), 'wip.txt': 'staged work\n' });
    expect(init(repo.dir).code).toBe(0);
    repo.stage('wip.txt');
    const state = () => [
      repo.git('rev-parse', 'HEAD'),
      repo.git('status', '--porcelain'),
      repo.git('diff', '--cached'),
      repo.git('stash', 'list'),
    ];
    const before = state();
    const r = doctor(repo.dir);
    expect(r.stdout).toContain('keyguard doctor: hook fires.');
    expect(r.stdout).toContain('.husky/pre-push runs keyguard scan --pre-push');
    expect(r.stdout).not.toContain('no pre-push hook');
    expect(r.code).toBe(0);
    expect(state()).toEqual(before);
    expect(r.output).not.toMatch(/sk-ant-api03-[\w-]{20,}/);
  });

  it('fails with the cause when the hook is unwired', () => {
    const repo = makeNpmRepo({ 'package.json': packageJson() });
    const none = doctor(repo.dir);
    expect(none.code).toBe(1);
    expect(none.stdout).toContain('no pre-commit hook');
    expect(none.stdout).toContain('Fix: keyguard init');
    expect(init(repo.dir).code).toBe(0);
    repo.git('config', 'core.hooksPath', '.githooks-elsewhere');
    const elsewhere = doctor(repo.dir);
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stdout).toContain('core.hooksPath points at .githooks-elsewhere');
  });
});
