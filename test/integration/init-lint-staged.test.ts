import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/git-repo.js';
import { fakeKeys } from '../helpers/fake-keys.js';
import { commit, init, makeNpmRepo, packageJson } from '../helpers/npm-project.js';

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const NOTHING = 'keyguard init: already set up; nothing changed.\n';

describe('keyguard init with lint-staged', () => {
  it('adds keyguard to the package.json lint-staged config; real lint-staged blocks the commit', () => {
    const pkg = packageJson({ 'lint-staged': { '*.js': 'node -e 0' } });
    const repo = makeNpmRepo({ 'package.json': pkg, '.husky/pre-commit': 'npx lint-staged\n' });
    const r = init(repo.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'keyguard init: package.json uses lint-staged: keyguard runs as its task for every staged file (.husky/pre-commit runs lint-staged).',
        '  package.json     set script "prepare": "husky || true" (sets husky up after every `npm install`; skipped where husky is not installed)',
        '  package.json     added the lint-staged task "*": "keyguard scan --staged"',
        "  .husky/_         core.hooksPath set to .husky/_ (husky's hooks)",
        '  .husky/pre-push  created, runs: keyguard scan --pre-push',
        'Every `git commit` in this repository is now checked by keyguard. Bypass once: git commit --no-verify',
        'Undo: keyguard uninstall  (reverses exactly these changes)',
        'Teammates are protected after cloning once they run `npm install`.',
        'Each new `git worktree` is checked once `npm install` has run in it (husky creates its hooks folder there).',
        '',
      ].join('\n'),
    );
    const expected = { ...JSON.parse(pkg), scripts: { prepare: 'husky || true' } };
    expected['lint-staged']['*'] = 'keyguard scan --staged';
    expect(read(repo.dir, 'package.json')).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    expect(read(repo.dir, '.husky/pre-commit')).toBe('npx lint-staged\n');
    expect(init(repo.dir).stdout).toBe(NOTHING);

    repo.write('config.py', `OPENAI = "${fakeKeys.openaiProject('ls')}"\n`);
    repo.stage('config.py');
    const blocked = commit(repo.dir);
    expect(blocked.code).not.toBe(0);
    expect(blocked.output).toContain('keyguard scan --staged');
    expect(blocked.output).toContain('config.py:1:');
    expect(repo.git('log', '--format=%s')).toBe('initial\n');
    repo.write('config.py', 'OPENAI = os.environ["OPENAI"]\n');
    repo.stage('config.py');
    expect(commit(repo.dir, 'clean').code).toBe(0);
  });

  it('edits .lintstagedrc.json in place and adds lint-staged to a hook that did not run it', () => {
    const rc = '{\n    "*.css": [\n        "node -e 0"\n    ]\n}\n';
    const repo = makeNpmRepo({
      'package.json': packageJson(),
      '.lintstagedrc.json': rc,
      '.husky/pre-commit': 'echo first\n',
    });
    const r = init(repo.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  .lintstagedrc.json  added the lint-staged task "*": "keyguard scan --staged"\n');
    expect(r.stdout).toContain('  .husky/pre-commit   appended: lint-staged (the lines above still run first)\n');
    expect(read(repo.dir, '.lintstagedrc.json')).toBe(
      '{\n    "*.css": [\n        "node -e 0"\n    ],\n    "*": "keyguard scan --staged"\n}\n',
    );
    expect(read(repo.dir, '.husky/pre-commit')).toBe('echo first\nlint-staged\n');
    expect(init(repo.dir).stdout).toBe(NOTHING);
  });

  it('adds keyguard to an existing "*" task list', () => {
    const rc = '{ "*": "node -e 0" }';
    const repo = makeNpmRepo({
      'package.json': packageJson(),
      '.lintstagedrc': rc,
      '.husky/pre-commit': 'lint-staged\n',
    });
    expect(init(repo.dir).code).toBe(0);
    expect(JSON.parse(read(repo.dir, '.lintstagedrc'))).toEqual({ '*': ['node -e 0', 'keyguard scan --staged'] });
  });

  it('a JS config it cannot edit: exit 2 with the exact line to add, nothing changed; init works once it is there', () => {
    const js = "export default { '*.js': 'node -e 0' };\n";
    const pkg = packageJson({ scripts: { prepare: 'husky' } });
    const repo = makeNpmRepo({
      'package.json': pkg,
      'lint-staged.config.js': js,
      '.husky/pre-commit': 'lint-staged\n',
    });
    repo.git('config', 'core.hooksPath', '.husky/_');
    const r = init(repo.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'keyguard init: lint-staged.config.js is not a file keyguard can edit safely, and without an edit keyguard would not run: nothing was changed. ' +
        'Add this entry to it (or the command to an existing "*" list), then run init again:\n' +
        "  '*': 'keyguard scan --staged',\n" +
        'Or let the hook run keyguard itself: keyguard init --no-lint-staged\n',
    );
    expect(read(repo.dir, 'lint-staged.config.js')).toBe(js);
    expect(read(repo.dir, 'package.json')).toBe(pkg);
    expect(existsSync(join(repo.dir, '.husky/_'))).toBe(false);
    // the other way out, as printed: keyguard in the hook itself
    const other = /^Or let the hook run keyguard itself: (.+)$/m.exec(r.stderr)![1]!;
    const bin = tempDir('keyguard-bin-');
    symlinkSync(CLI, join(bin, 'keyguard'));
    const env = { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` };
    const ran = spawnSync('sh', ['-c', other], { cwd: repo.dir, encoding: 'utf8', env });
    expect(ran.status).toBe(0);
    expect(read(repo.dir, '.husky/pre-commit')).toMatch(/^lint-staged\n.*\nkeyguard scan --staged\n$/s);
    expect(runCli(['uninstall'], repo.dir).code).toBe(0);
    expect(read(repo.dir, '.husky/pre-commit')).toBe('lint-staged\n');
    repo.write('lint-staged.config.js', "export default { '*.js': 'node -e 0', '*': 'keyguard scan --staged' };\n");
    expect(init(repo.dir).code).toBe(0);
    repo.write('app.py', `KEY = "${fakeKeys.stripe('js')}"\n`);
    repo.stage('app.py');
    expect(commit(repo.dir).code).not.toBe(0);
    expect(repo.git('log', '--format=%s')).toBe('initial\n');
  });

  it('--no-lint-staged writes the hook line instead', () => {
    const pkg = packageJson({ 'lint-staged': { '*.js': 'node -e 0' } });
    const repo = makeNpmRepo({ 'package.json': pkg });
    expect(init(repo.dir, ['--no-lint-staged']).code).toBe(0);
    expect(read(repo.dir, '.husky/pre-commit')).toMatch(/\nkeyguard scan --staged\n$/);
    expect(JSON.parse(read(repo.dir, 'package.json'))['lint-staged']).toEqual({ '*.js': 'node -e 0' });
  });

  it('--lint-staged without a lint-staged config: exit 2', () => {
    const repo = makeNpmRepo({ 'package.json': packageJson() });
    const r = init(repo.dir, ['--lint-staged']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--lint-staged: no lint-staged configuration found');
  });

  it('scan --staged FILE... (what lint-staged runs) checks only those files, from the index', () => {
    const pkg = packageJson({ 'lint-staged': { '*.py': 'keyguard scan --staged' } });
    const repo = makeNpmRepo({ 'package.json': pkg, '.husky/pre-commit': 'lint-staged\n' });
    expect(init(repo.dir).stdout).toContain('.husky/_');
    repo.write('notes.txt', `token ${fakeKeys.github('txt')}\n`);
    repo.write('main.py', 'print(1)\n');
    repo.stage('notes.txt', 'main.py');
    // lint-staged passes only main.py: the key in notes.txt is not keyguard's to see here
    expect(commit(repo.dir, 'only py checked').code).toBe(0);
    // the index is read, not the working tree: a key staged then removed from disk still blocks
    repo.write('main.py', `KEY = "${fakeKeys.stripe('idx')}"\n`);
    repo.stage('main.py');
    repo.write('main.py', 'print(2)\n');
    const blocked = commit(repo.dir);
    expect(blocked.code).not.toBe(0);
    expect(blocked.output).toContain('main.py:1:');
  });

  it('appends the entry to a simple YAML config; uninstall takes exactly that line out again', () => {
    const yaml = '# checks\n"*.md": prettier --check\n';
    const repo = makeNpmRepo({
      'package.json': packageJson(),
      '.lintstagedrc.yml': yaml,
      '.husky/pre-commit': 'lint-staged\n',
    });
    const r = init(repo.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  .lintstagedrc.yml  added the lint-staged task "*": "keyguard scan --staged"\n');
    expect(read(repo.dir, '.lintstagedrc.yml')).toBe(`${yaml}"*": keyguard scan --staged\n`);
    repo.write('app.py', `KEY = "${fakeKeys.stripe('yml')}"\n`);
    repo.stage('app.py');
    const blocked = commit(repo.dir);
    expect(blocked.code).not.toBe(0);
    expect(blocked.output).toContain('app.py:1:');
    expect(runCli(['uninstall'], repo.dir).code).toBe(0);
    expect(read(repo.dir, '.lintstagedrc.yml')).toBe(yaml);
  });

  it('a YAML config it cannot edit safely (a "*" entry already): exit 2 with the line to add', () => {
    const yaml = '"*": prettier --check\n';
    const repo = makeNpmRepo({ 'package.json': packageJson(), '.lintstagedrc.yaml': yaml });
    const r = init(repo.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('\n  "*": keyguard scan --staged\n');
    expect(read(repo.dir, '.lintstagedrc.yaml')).toBe(yaml);
    expect(existsSync(join(repo.dir, '.husky'))).toBe(false);
  });

  it('a "lint-staged" key that is not an object: exit 2 naming it', () => {
    const repo = makeNpmRepo({ 'package.json': packageJson({ 'lint-staged': 'oops' }) });
    const r = init(repo.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('keyguard init: package.json "lint-staged": must be an object of glob: task(s)\n');
  });
});
