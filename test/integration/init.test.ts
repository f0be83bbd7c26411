import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, PROJECT_ROOT, runCli } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake-keys.js';
import { tempDir } from '../helpers/git-repo.js';
import { commit, init, makeNpmRepo, packageJson } from '../helpers/npm-project.js';

/** PATH with a stand-in `npm` that records its arguments and exits with `code`. */
function fakeNpm(code: number): { path: string; log: string } {
  const bin = tempDir('keyguard-fake-npm-');
  const log = join(bin, 'args.log');
  const script = `#!/bin/sh\necho "$PWD $*" >> "${log}"\necho "npm error network unreachable" >&2\nexit ${code}\n`;
  writeFileSync(join(bin, 'npm'), script, { mode: 0o755 });
  return { path: `${bin}:${process.env.PATH ?? ''}`, log };
}

/** The environment of a shell with a global `keyguard` on PATH. */
function pathWithKeyguard(): NodeJS.ProcessEnv {
  const bin = tempDir('keyguard-bin-');
  symlinkSync(CLI, join(bin, 'keyguard'));
  return { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` };
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const CHECK =
  'command -v keyguard >/dev/null || { echo "keyguard: cannot check this commit: keyguard is not installed in this clone (run npm install). Bypass once: git commit --no-verify" >&2; exit 2; }';
const HOOK = `${CHECK}\nkeyguard scan --staged\n`;

describe('keyguard init in an npm project (husky)', () => {
  it('sets husky up, writes .husky/pre-commit, says what it did and how to undo it', () => {
    const repo = makeNpmRepo({ 'package.json': packageJson({ scripts: { test: 'vitest' } }) });
    const r = init(repo.dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        'keyguard init: package.json found: keyguard runs from .husky/pre-commit (husky 9).',
        '  package.json       set script "prepare": "husky || true" (sets husky up after every `npm install`; skipped where husky is not installed)',
        "  .husky/_           core.hooksPath set to .husky/_ (husky's hooks)",
        '  .husky/pre-commit  created, runs: keyguard scan --staged',
        '  .husky/pre-push    created, runs: keyguard scan --pre-push',
        'Every `git commit` in this repository is now checked by keyguard. Bypass once: git commit --no-verify',
        'Undo: keyguard uninstall  (reverses exactly these changes)',
        'Teammates are protected after cloning once they run `npm install`.',
        'Each new `git worktree` is checked once `npm install` has run in it (husky creates its hooks folder there).',
        '',
      ].join('\n'),
    );
    expect(read(repo.dir, '.husky/pre-commit')).toBe(HOOK);
    expect(read(repo.dir, 'package.json')).toBe(packageJson({ scripts: { test: 'vitest', prepare: 'husky || true' } }));
    expect(repo.git('config', 'core.hooksPath')).toBe('.husky/_\n');
  });

  it('changes nothing the second time, and says so', () => {
    const repo = makeNpmRepo({ 'package.json': packageJson() });
    const first = init(repo.dir);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const before = [read(repo.dir, 'package.json'), read(repo.dir, '.husky/pre-commit')];
    const r = init(repo.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('keyguard init: already set up; nothing changed.\n');
    expect([read(repo.dir, 'package.json'), read(repo.dir, '.husky/pre-commit')]).toEqual(before);
  });

  it('blocks a real commit that adds a key, and lets a clean one through', () => {
    const repo = makeNpmRepo({ 'package.json': packageJson() });
    expect(init(repo.dir).code).toBe(0);
    repo.stage('package.json', '.gitignore', '.husky/pre-commit');
    expect(commit(repo.dir, 'set up').code).toBe(0);
    const key = fakeKeys.github();
    repo.write('app.js', `const token = "${key}";\n`);
    repo.stage('app.js');
    const blocked = commit(repo.dir);
    expect(blocked.code).toBe(1);
    expect(blocked.output).toContain('the commit is blocked');
    expect(blocked.output).not.toContain(key);
    expect(repo.git('log', '--format=%s')).toBe('set up\ninitial\n');
    repo.write('app.js', 'const token = process.env.TOKEN;\n');
    repo.stage('app.js');
    expect(commit(repo.dir, 'clean').code).toBe(0);
    expect(repo.git('log', '-1', '--format=%s')).toBe('clean\n');
  });

  it('appends to an existing .husky/pre-commit, whose lines keep running', () => {
    const repo = makeNpmRepo({ 'package.json': packageJson(), '.husky/pre-commit': 'echo ran-first > hook-ran.txt' });
    const r = init(repo.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '  .husky/pre-commit  appended: keyguard scan --staged (the lines above still run first)\n',
    );
    expect(read(repo.dir, '.husky/pre-commit')).toBe(`echo ran-first > hook-ran.txt\n${HOOK}`);
    repo.write('app.js', `const token = "${fakeKeys.stripe()}";\n`);
    repo.stage('app.js');
    expect(commit(repo.dir).code).toBe(1);
    expect(read(repo.dir, 'hook-ran.txt')).toBe('ran-first\n');
  });

  it('keeps indentation, key order, line endings and an existing prepare script', () => {
    const original = packageJson({ scripts: { prepare: 'npm run build', build: 'tsc' }, private: true }, '\t').replace(
      /\n/g,
      '\r\n',
    );
    const repo = makeNpmRepo({ 'package.json': original });
    const r = init(repo.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('set script "prepare": "npm run build && husky || true"');
    const expected = original.replace('"npm run build"', '"npm run build && husky || true"');
    expect(read(repo.dir, 'package.json')).toBe(expected);
    expect(init(repo.dir).stdout).toBe('keyguard init: already set up; nothing changed.\n');
  });

  it('keeps a CRLF .husky/pre-commit in CRLF', () => {
    const repo = makeNpmRepo({ 'package.json': packageJson(), '.husky/pre-commit': 'npm test\r\n' });
    expect(init(repo.dir).code).toBe(0);
    expect(read(repo.dir, '.husky/pre-commit')).toBe(`npm test\r\n${HOOK.replace(/\n/g, '\r\n')}`);
  });

  it('works with HUSKY=0 in the environment (husky would otherwise skip silently)', () => {
    const repo = makeNpmRepo({ 'package.json': packageJson() });
    const r = init(repo.dir, [], { HUSKY: '0' });
    expect(r.code).toBe(0);
    expect(repo.git('config', 'core.hooksPath')).toBe('.husky/_\n');
  });

  it("installs missing husky and keyguard with the project's package manager", () => {
    const repo = makeNpmRepo({ 'package.json': '{\n  "name": "demo"\n}\n', 'package-lock.json': '{}\n' });
    const npm = fakeNpm(0);
    const version = JSON.parse(read(PROJECT_ROOT, 'package.json')).version as string;
    const r = init(repo.dir, [], { PATH: npm.path });
    expect(r.code).toBe(0);
    expect(readFileSync(npm.log, 'utf8')).toBe(`${repo.dir} install --save-dev husky keyguard@${version}\n`);
    expect(r.stdout).toContain(`keyguard init: installing: npm install --save-dev husky keyguard@${version}\n`);
    expect(r.stdout).toContain(
      `  package.json       added husky and keyguard to devDependencies (npm install --save-dev husky keyguard@${version})\n`,
    );
    expect(r.stdout).toContain('Undo: keyguard uninstall');
    const u = runCli(['uninstall'], repo.dir, { PATH: npm.path });
    expect(u.code).toBe(0);
    expect(u.stdout).toContain('  package.json       ran npm uninstall husky keyguard\n');
    expect(readFileSync(npm.log, 'utf8')).toBe(
      `${repo.dir} install --save-dev husky keyguard@${version}\n${repo.dir} uninstall husky keyguard\n`,
    );
  });

  it("a failed install: exit 2 with the package manager's reason, nothing else changed", () => {
    const original = '{\n  "name": "demo"\n}\n';
    const repo = makeNpmRepo({ 'package.json': original });
    const r = init(repo.dir, [], { PATH: fakeNpm(1).path });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^keyguard init: `npm install --save-dev husky keyguard@[^`]+` failed: npm error network unreachable; run it yourself/,
    );
    expect(read(repo.dir, 'package.json')).toBe(original);
    expect(existsSync(join(repo.dir, '.husky'))).toBe(false);
  });

  it('the printed undo (keyguard uninstall) puts every file back', () => {
    const original = packageJson({ scripts: { test: 'vitest' }, 'lint-staged': { '*.js': 'node -e 0' } });
    const hook = 'echo first\n';
    const repo = makeNpmRepo({ 'package.json': original, '.husky/pre-commit': hook });
    const r = init(repo.dir);
    expect(r.code).toBe(0);
    const undo = /^Undo: (.*?) {2}\(/m.exec(r.stdout)?.[1];
    expect(undo).toBe('keyguard uninstall');
    const result = spawnSync('sh', ['-c', undo!], { cwd: repo.dir, encoding: 'utf8', env: pathWithKeyguard() });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(read(repo.dir, 'package.json')).toBe(original);
    expect(read(repo.dir, '.husky/pre-commit')).toBe(hook);
    expect(existsSync(join(repo.dir, '.husky/_'))).toBe(false);
    expect(() => repo.git('config', '--get', 'core.hooksPath')).toThrow();
    expect(existsSync(join(repo.dir, '.git/keyguard'))).toBe(false);
  });

  it('uninstall also restores a lint-staged "*" entry it merged into, and a hook with CRLF line ends', () => {
    const original = packageJson({ 'lint-staged': { '*': ['prettier --write'], '*.js': 'node -e 0' } });
    const hook = 'echo first\r\n';
    const repo = makeNpmRepo({ 'package.json': original, '.husky/pre-commit': hook });
    const r = init(repo.dir);
    expect(r.code).toBe(0);
    expect(read(repo.dir, 'package.json')).not.toBe(original);
    expect(read(repo.dir, '.husky/pre-commit')).toBe('echo first\r\nlint-staged\r\n');
    expect(init(repo.dir).stdout).toBe('keyguard init: already set up; nothing changed.\n');
    const u = runCli(['uninstall'], repo.dir);
    expect(u.code).toBe(0);
    expect(read(repo.dir, 'package.json')).toBe(original);
    expect(read(repo.dir, '.husky/pre-commit')).toBe(hook);
  });

  it("runs keyguard through yarn under Yarn Plug'n'Play (no node_modules/.bin there)", () => {
    const repo = makeNpmRepo({ 'package.json': packageJson(), '.pnp.cjs': '', 'yarn.lock': '' });
    expect(init(repo.dir).code).toBe(0);
    expect(read(repo.dir, '.husky/pre-commit')).toBe('yarn keyguard scan --staged\n');
    expect(JSON.parse(read(repo.dir, 'package.json')).scripts).toEqual({ prepare: 'husky || true' });
  });
});
