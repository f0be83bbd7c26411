import { chmodSync, existsSync, lstatSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeKeys } from '../helpers/fake-keys.js';
import { makeRepo, tempDir } from '../helpers/git-repo.js';
import { commit, init, linkDependencies, makeNpmRepo, packageJson } from '../helpers/npm-project.js';

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const hooksPath = (repo: { git: (...a: string[]) => string }) => {
  try {
    return repo.git('config', '--get', 'core.hooksPath');
  } catch {
    return null;
  }
};

describe('keyguard init in awkward set-ups', () => {
  it('outside a git repository: exit 2, says to run git init', () => {
    const dir = tempDir();
    const r = init(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'keyguard init: not inside a git repository: `keyguard init` installs a git pre-commit hook (run `git init` first',
    );
    expect(r.stdout).toBe('');
  });

  it('a malformed package.json: exit 2 naming the file, nothing written', () => {
    const broken = '{\n  "name": "demo",\n  "scripts": {\n}\n';
    const repo = makeNpmRepo({ 'package.json': broken });
    const r = init(repo.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^keyguard init: package\.json: is not valid JSON \(.+\); fix it and run init again; nothing was changed\n/,
    );
    expect(read(repo.dir, 'package.json')).toBe(broken);
    expect(existsSync(join(repo.dir, '.husky'))).toBe(false);
    expect(hooksPath(repo)).toBeNull();
  });

  it('a read-only package.json: exit 2 saying how to fix it, nothing written', () => {
    const repo = makeNpmRepo({ 'package.json': packageJson() });
    chmodSync(join(repo.dir, 'package.json'), 0o444);
    const r = init(repo.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'keyguard init: package.json is read-only: make it writable (chmod u+w package.json) and run init again; nothing was changed\n',
    );
    expect(read(repo.dir, 'package.json')).toBe(packageJson());
    expect(existsSync(join(repo.dir, '.husky'))).toBe(false);
    expect(hooksPath(repo)).toBeNull();
  });

  it("core.hooksPath pointing at a team's folder: keyguard's lines join its pre-commit, which keeps running first", () => {
    const team = '#!/bin/sh\necho mine >> "$(git rev-parse --show-toplevel)/ran.txt"\n';
    const repo = makeNpmRepo({ 'package.json': packageJson(), '.githooks/pre-commit': team });
    chmodSync(join(repo.dir, '.githooks/pre-commit'), 0o755);
    repo.git('config', 'core.hooksPath', '.githooks');
    const r = init(repo.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'keyguard init: git runs hooks from .githooks (core.hooksPath): keyguard runs from its pre-commit.',
    );
    expect(r.stdout).toContain('  .githooks/pre-commit  appended: node_modules/.bin/keyguard scan --staged || exit $?');
    expect(hooksPath(repo)).toBe('.githooks\n');
    expect(read(repo.dir, '.githooks/pre-commit')).toBe(
      `${team}[ -x node_modules/.bin/keyguard ] || { echo "keyguard: cannot check this commit: keyguard is not installed in this clone (run npm install). Bypass once: git commit --no-verify" >&2; exit 2; }\n` +
        'node_modules/.bin/keyguard scan --staged || exit $?\n',
    );
    expect(read(repo.dir, 'package.json')).toBe(packageJson());
    repo.write('app.js', `const k = "${fakeKeys.github('team')}";\n`);
    repo.stage('app.js');
    expect(commit(repo.dir).code).toBe(1);
    expect(read(repo.dir, 'ran.txt')).toBe('mine\n');
    expect(init(repo.dir).stdout).toBe('keyguard init: already set up; nothing changed.\n');
  });

  it('a lefthook config keyguard cannot edit (TOML): exit 2 with the lines to add, nothing changed', () => {
    const toml = '[pre-commit.commands.lint]\nrun = "eslint"\n';
    const repo = makeNpmRepo({ 'package.json': packageJson(), 'lefthook.toml': toml });
    const r = init(repo.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'keyguard init: lefthook.toml cannot be edited safely (keyguard edits only simple layouts): nothing was changed. ' +
        'Add these lines to it, then run init again:\n  pre-commit:\n    commands:\n      keyguard:\n',
    );
    expect(read(repo.dir, 'lefthook.toml')).toBe(toml);
    expect(read(repo.dir, 'package.json')).toBe(packageJson());
    expect(existsSync(join(repo.dir, '.git/keyguard'))).toBe(false);
  });

  it('a package.json in a subfolder (monorepo): husky in that folder, the hook runs from there', () => {
    const repo = makeNpmRepo({ 'web/package.json': packageJson(), 'api/main.py': 'print(1)\n' }, 'web');
    const r = init(join(repo.dir, 'web'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'keyguard init: web/package.json found: keyguard runs from web/.husky/pre-commit (husky 9).',
    );
    expect(r.stdout).toContain('Undo: keyguard uninstall');
    expect(read(repo.dir, 'web/.husky/pre-commit')).toMatch(
      /^\(cd "\$\(git rev-parse --show-toplevel\)"\/web && \{ command -v keyguard .*; \} && keyguard scan --staged\)\n$/,
    );
    expect(JSON.parse(read(repo.dir, 'web/package.json')).scripts.prepare).toBe('cd .. && husky web/.husky || true');
    expect(hooksPath(repo)).toBe('web/.husky/_\n');
    repo.write('api/settings.py', `KEY = "${fakeKeys.anthropic()}"\n`);
    repo.stage('api/settings.py');
    const blocked = commit(repo.dir);
    expect(blocked.code).toBe(1);
    expect(blocked.output).toContain('api/settings.py:1:');
    expect(init(join(repo.dir, 'web')).stdout).toBe('keyguard init: already set up; nothing changed.\n');
  });

  it('a linked worktree: husky set up in it, commits there are checked', () => {
    const main = makeRepo({});
    const dir = join(tempDir(), 'feature');
    main.git('worktree', 'add', '-q', '-b', 'feature', dir);
    const repo = { dir, git: (...a: string[]) => main.git('-C', dir, ...a) };
    linkDependencies(dir);
    writeFileSync(join(dir, 'package.json'), packageJson());
    writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
    const r = init(dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'Each new `git worktree` is checked once `npm install` has run in it (husky creates its hooks folder there).',
    );
    expect(read(dir, '.husky/pre-commit')).toContain('keyguard scan --staged\n');
    writeFileSync(join(dir, 'app.js'), `const k = "${fakeKeys.github('wt')}";\n`);
    repo.git('add', 'app.js');
    expect(commit(dir).code).toBe(1);
    expect(repo.git('log', '--format=%s')).toBe('initial\n');
  });

  it('a hook in .git/hooks that husky would silence: exit 2, nothing changed', () => {
    const repo = makeNpmRepo({ 'package.json': packageJson() });
    const hook = join(repo.dir, '.git/hooks/pre-commit');
    writeFileSync(hook, '#!/bin/sh\nmake lint\n', { mode: 0o755 });
    const r = init(repo.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'keyguard init: .git/hooks/pre-commit exists and would stop running once husky sets core.hooksPath: ' +
        'move its commands into .husky/pre-commit (then delete .git/hooks/pre-commit) and run init again; nothing was changed\n',
    );
    expect(hooksPath(repo)).toBeNull();
    expect(read(repo.dir, 'package.json')).toBe(packageJson());
  });

  it('a .husky/pre-commit that ends with exec: exit 2, no line appended where it would never run', () => {
    const repo = makeNpmRepo({ 'package.json': packageJson(), '.husky/pre-commit': 'exec npm test\n' });
    const r = init(repo.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.husky/pre-commit ends with exit or exec');
    expect(read(repo.dir, '.husky/pre-commit')).toBe('exec npm test\n');
  });

  it('a read-only .husky/pre-commit: exit 2 before package.json is touched', () => {
    const repo = makeNpmRepo({ 'package.json': packageJson(), '.husky/pre-commit': 'npm test\n' });
    chmodSync(join(repo.dir, '.husky/pre-commit'), 0o444);
    const r = init(repo.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('keyguard init: .husky/pre-commit is read-only');
    expect(read(repo.dir, 'package.json')).toBe(packageJson());
    expect(hooksPath(repo)).toBeNull();
  });

  it('a symlinked package.json stays a symlink; the file it points at is edited', () => {
    const repo = makeNpmRepo({ 'config/package.json': packageJson() });
    symlinkSync('config/package.json', join(repo.dir, 'package.json'));
    expect(init(repo.dir).code).toBe(0);
    expect(lstatSync(join(repo.dir, 'package.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(read(repo.dir, 'config/package.json')).scripts.prepare).toBe('husky || true');
  });

  it("run at the root of a monorepo whose husky lives in a subfolder: exit 2, husky's hooks untouched", () => {
    const repo = makeNpmRepo({ 'web/package.json': packageJson() }, 'web');
    expect(init(join(repo.dir, 'web')).code).toBe(0);
    const stub = read(repo.dir, 'web/.husky/_/pre-commit');
    const r = init(repo.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('git runs hooks from web/.husky/_, which husky manages');
    expect(read(repo.dir, 'web/.husky/_/pre-commit')).toBe(stub);
  });
});
