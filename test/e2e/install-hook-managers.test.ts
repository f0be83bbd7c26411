import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cloneOf,
  commitClean,
  commitKey,
  lastCommit,
  must,
  newProject,
  packedKeyguard,
  sh,
  userEnv,
} from '../helpers/e2e.js';

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

/** Init, a clean commit (the manager's own task still runs), a key commit blocked, a fresh clone protected, undo. */
function protects(project: string, ranLog: string): { init: string } {
  const init = sh('npx', ['keyguard', 'init'], project);
  expect(init.code).toBe(0);
  expect(commitClean(project, 'set up').code).toBe(0);
  expect(read(project, ranLog)).toBe('ran\n');
  const blocked = commitKey(project);
  expect(blocked.output).toContain('keyguard: 1 secret found in staged changes; the commit is blocked.');
  expect(blocked.code).toBe(1);
  expect(lastCommit(project)).toBe('set up');
  const clone = cloneOf(project);
  must('npm', ['install'], clone);
  const cloneBlocked = commitKey(clone, userEnv(), 'clone');
  expect(cloneBlocked.output).toContain('index.js:1:');
  expect(cloneBlocked.code).toBe(1);
  return { init: init.stdout };
}

describe('hook managers from the registry: keyguard joins the one the project has', () => {
  it('lefthook: keyguard goes into pre-commit commands; uninstall gives the file back', { timeout: 600_000 }, () => {
    const config = 'pre-commit:\n  commands:\n    lint:\n      run: echo ran >> lint.log\n';
    const project = newProject({}, { 'lefthook.yml': config });
    must('npm', ['install', '--save-dev', 'lefthook@2', packedKeyguard()], project);
    const { init } = protects(project, 'lint.log');
    expect(init).toContain('keyguard init: lefthook.yml found: keyguard runs from lefthook.');
    expect(read(project, 'lefthook.yml')).toBe(
      'pre-commit:\n  commands:\n    keyguard:\n' +
        `      run: '[ -x node_modules/.bin/keyguard ] || { echo "keyguard: cannot check this commit: keyguard is not installed in this clone (run npm install). Bypass once: git commit --no-verify" >&2; exit 2; }; node_modules/.bin/keyguard scan --staged || exit $?'\n` +
        '    lint:\n      run: echo ran >> lint.log\n',
    );
    expect(sh('npx', ['keyguard', 'uninstall'], project).code).toBe(0);
    expect(read(project, 'lefthook.yml')).toBe(config);
    expect(commitKey(project, userEnv(), 'undone').code).toBe(0);
  });

  it('simple-git-hooks: its pre-commit entry runs keyguard after its own command', { timeout: 600_000 }, () => {
    const project = newProject({ 'simple-git-hooks': { 'pre-commit': 'echo ran >> sgh.log' } });
    must('npm', ['install', '--save-dev', 'simple-git-hooks@2', packedKeyguard()], project);
    must('npx', ['simple-git-hooks'], project);
    const { init } = protects(project, 'sgh.log');
    expect(init).toContain("  .git/hooks    ran npx simple-git-hooks (writes the hook into git's hooks folder)\n");
    expect(JSON.parse(read(project, 'package.json'))['simple-git-hooks']['pre-commit']).toMatch(
      /^echo ran >> sgh\.log && \{ \[ -x node_modules\/\.bin\/keyguard \] .* node_modules\/\.bin\/keyguard scan --staged \|\| exit \$\?; \}$/,
    );
    expect(sh('npx', ['keyguard', 'uninstall'], project).code).toBe(0);
    expect(JSON.parse(read(project, 'package.json'))['simple-git-hooks']).toEqual({
      'pre-commit': 'echo ran >> sgh.log',
    });
    expect(commitKey(project, userEnv(), 'undone').code).toBe(0);
  });

  it('husky 8: wired into its layout (.husky, husky install), no stack trace', { timeout: 600_000 }, () => {
    const hook = '#!/usr/bin/env sh\n. "$(dirname -- "$0")/_/husky.sh"\n\necho ran >> h8.log\n';
    const project = newProject({ scripts: { prepare: 'husky install' } }, { '.husky/pre-commit': hook });
    must('chmod', ['+x', '.husky/pre-commit'], project);
    must('npm', ['install', '--save-dev', 'husky@8', packedKeyguard()], project);
    const { init } = protects(project, 'h8.log'); // husky 8's install() run by init: no hooks were set up yet
    expect(must('git', ['config', 'core.hooksPath'], project)).toBe('.husky\n');
    expect(init).toContain('keyguard init: package.json found: keyguard runs from .husky/pre-commit (husky 8).');
    expect(init).toContain('husky 8 found: keyguard uses its layout');
    expect(read(project, '.husky/pre-commit')).toMatch(/^#!.*\n.*\n\necho ran >> h8\.log\n\[ -x node_modules/);
  });
});
