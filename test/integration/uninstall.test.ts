import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake-keys.js';
import { makeRepo } from '../helpers/git-repo.js';
import { GIT_ENV, commit, init, makeNpmRepo, packageJson } from '../helpers/npm-project.js';

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const uninstall = (dir: string) => runCli(['uninstall'], dir, GIT_ENV);
const hooksPath = (repo: { git: (...a: string[]) => string }) => {
  try {
    return repo.git('config', '--get', 'core.hooksPath');
  } catch {
    return null;
  }
};

describe('keyguard uninstall: reverses exactly what init changed', () => {
  it('keeps scripts and hooks added after init, and husky for them; commits are no longer checked', () => {
    const repo = makeNpmRepo({ 'package.json': packageJson() });
    expect(init(repo.dir).code).toBe(0);
    // weeks later: the team adds a script, a commit-msg hook and a line to the pre-commit hook
    const pkg = JSON.parse(read(repo.dir, 'package.json'));
    pkg.scripts.lint = 'eslint .';
    writeFileSync(join(repo.dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
    writeFileSync(join(repo.dir, '.husky/commit-msg'), 'echo msg-hook-ran >> msg.log\n');
    writeFileSync(
      join(repo.dir, '.husky/pre-commit'),
      `${read(repo.dir, '.husky/pre-commit')}echo later >> later.log\n`,
    );

    const r = uninstall(repo.dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'keyguard uninstall: reversed what keyguard init changed:',
        '  .husky/pre-push    removed (init had created it)',
        '  .husky/pre-commit  removed the 2 lines init had added',
        '  .husky/_           kept, with core.hooksPath, its install script and the husky dependency: .husky/commit-msg, .husky/pre-commit use husky still',
        'Nothing of keyguard is left in the hooks: commits are no longer checked.',
        '',
      ].join('\n'),
    );
    expect(read(repo.dir, '.husky/pre-commit')).toBe('echo later >> later.log\n');
    expect(read(repo.dir, '.husky/commit-msg')).toBe('echo msg-hook-ran >> msg.log\n');
    expect(JSON.parse(read(repo.dir, 'package.json')).scripts).toEqual({ prepare: 'husky || true', lint: 'eslint .' });
    expect(hooksPath(repo)).toBe('.husky/_\n');
    repo.write('app.js', `const k = "${fakeKeys.github('un')}";\n`);
    repo.stage('app.js');
    expect(commit(repo.dir, 'after uninstall').code).toBe(0);
    expect(read(repo.dir, 'msg.log')).toBe('msg-hook-ran\n');
    expect(read(repo.dir, 'later.log')).toBe('later\n');
    expect(uninstall(repo.dir).stderr).toContain('there is no record of `init` in this clone');
  });

  it('with nothing added since: package.json, git config and the folders are as before init', () => {
    const original = packageJson({ scripts: { build: 'tsc' } });
    const repo = makeNpmRepo({ 'package.json': original });
    expect(init(repo.dir).code).toBe(0);
    const r = uninstall(repo.dir);
    expect(r.code).toBe(0);
    expect(read(repo.dir, 'package.json')).toBe(original);
    expect(existsSync(join(repo.dir, '.husky'))).toBe(false);
    expect(hooksPath(repo)).toBeNull();
  });

  it('a script changed since init: takes out only the part init added', () => {
    const repo = makeNpmRepo({ 'package.json': packageJson({ scripts: { prepare: 'tsc' } }) });
    expect(init(repo.dir).code).toBe(0);
    const pkg = JSON.parse(read(repo.dir, 'package.json'));
    expect(pkg.scripts.prepare).toBe('tsc && husky || true');
    pkg.scripts.prepare = 'tsc && husky || true && node gen.js';
    writeFileSync(join(repo.dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
    expect(uninstall(repo.dir).code).toBe(0);
    expect(JSON.parse(read(repo.dir, 'package.json')).scripts.prepare).toBe('tsc && node gen.js');
  });

  it("keyguard's hook lines edited by hand: left as is, exit 2, and a second run tries again", () => {
    const repo = makeNpmRepo({ 'package.json': packageJson() });
    expect(init(repo.dir).code).toBe(0);
    writeFileSync(join(repo.dir, '.husky/pre-commit'), 'keyguard scan --staged --verbose\n');
    const r = uninstall(repo.dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("  .husky/pre-commit  keyguard's lines were changed since init: left as is\n");
    expect(r.stdout).toContain('Left as is (changed since init): change those by hand, then run uninstall again');
    expect(read(repo.dir, '.husky/pre-commit')).toBe('keyguard scan --staged --verbose\n');
    writeFileSync(join(repo.dir, '.husky/pre-commit'), '');
    expect(uninstall(repo.dir).code).toBe(0);
  });

  it('the plain hook: removed, and the hook it had moved aside is back', () => {
    const repo = makeRepo({ 'main.py': 'print(1)\n' });
    mkdirSync(join(repo.dir, '.git/hooks'), { recursive: true });
    writeFileSync(join(repo.dir, '.git/hooks/pre-commit'), '#!/bin/sh\nmake lint\n');
    chmodSync(join(repo.dir, '.git/hooks/pre-commit'), 0o755);
    expect(init(repo.dir).code).toBe(0);
    const r = uninstall(repo.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  .git/hooks/pre-commit  removed (init had created it)\n');
    expect(r.stdout).toContain('  .git/hooks/pre-commit  moved back from .git/hooks/pre-commit.before-keyguard\n');
    expect(read(repo.dir, '.git/hooks/pre-commit')).toBe('#!/bin/sh\nmake lint\n');
    expect(existsSync(join(repo.dir, '.git/hooks/pre-commit.before-keyguard'))).toBe(false);
  });

  it('a clone where init never ran: exit 2, names the hook that still runs keyguard, changes nothing', () => {
    const repo = makeNpmRepo({ 'package.json': packageJson(), '.husky/pre-commit': 'keyguard scan --staged\n' });
    const r = uninstall(repo.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'keyguard uninstall: there is no record of `init` in this clone (init ran in another clone, or before uninstall existed); ' +
        'keyguard runs from .husky/pre-commit: remove the lines that run `keyguard scan --staged` there (keyguard init records what it changes)\n',
    );
    expect(read(repo.dir, '.husky/pre-commit')).toBe('keyguard scan --staged\n');
  });
});
