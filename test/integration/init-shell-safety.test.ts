import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake-keys.js';
import { makeRepo, tempDir } from '../helpers/git-repo.js';
import { GIT_ENV, commit, init, makeNpmRepo, packageJson } from '../helpers/npm-project.js';

/** Folder names a shell would split, expand or run if they were not quoted: a space; quotes, $, $(…), `…`, unicode. */
const NAMES = ['my app', 'it\'s $(touch pwned) `touch pwned` d$HOME"q café-ü'];

/** The environment of a user's shell, without the npm_* variables of the test run. */
function shellEnv(extraPath?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...GIT_ENV };
  for (const [key, value] of Object.entries(process.env))
    if (!/^npm_/i.test(key) && key !== 'INIT_CWD') env[key] = value;
  if (extraPath !== undefined) env.PATH = `${extraPath}:${env.PATH ?? ''}`;
  return env;
}

const pwned = (dir: string) =>
  ['pwned', ...NAMES.map((n) => join(n, 'pwned')), join(NAMES[1]!, '..', 'pwned')].some((f) =>
    existsSync(join(dir, f)),
  );

describe('what init writes is quoted for the shell it lands in', () => {
  it.each(NAMES)(
    'a package in %j: the prepare script sets husky up in a fresh clone, the hook runs keyguard',
    (name) => {
      const repo = makeNpmRepo({ [`${name}/package.json`]: packageJson() }, name);
      symlinkSync('../husky/bin.js', join(repo.dir, name, 'node_modules/.bin/husky'));
      const r = init(join(repo.dir, name));
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      // a fresh clone: no husky folder, no setting, until the install runs the prepare script
      rmSync(join(repo.dir, name, '.husky/_'), { recursive: true });
      repo.git('config', '--unset', 'core.hooksPath');
      const prepare = spawnSync('npm', ['run', 'prepare'], {
        cwd: join(repo.dir, name),
        encoding: 'utf8',
        env: shellEnv(),
      });
      expect(prepare.status).toBe(0);
      expect(repo.git('config', 'core.hooksPath')).toBe(`${name}/.husky/_\n`);
      expect(existsSync(join(repo.dir, name, '.husky/_/h'))).toBe(true);

      repo.write('app.js', `const k = "${fakeKeys.github('q')}";\n`);
      repo.stage('app.js');
      const blocked = commit(repo.dir);
      expect(blocked.output).toContain('app.js:1:');
      expect(blocked.code).toBe(1);
      expect(pwned(repo.dir)).toBe(false);
    },
  );

  it.each(NAMES)("a package in %j with a team's hooks folder: the bin path is quoted", (name) => {
    const repo = makeNpmRepo({ [`${name}/package.json`]: packageJson(), '.githooks/pre-commit': '#!/bin/sh\n' }, name);
    chmodSync(join(repo.dir, '.githooks/pre-commit'), 0o755);
    repo.git('config', 'core.hooksPath', '.githooks');
    expect(init(join(repo.dir, name)).code).toBe(0);
    repo.write('app.js', `const k = "${fakeKeys.github('t')}";\n`);
    repo.stage('app.js');
    const blocked = commit(repo.dir);
    expect(blocked.output).toContain('app.js:1:');
    expect(blocked.code).toBe(1);
    expect(pwned(repo.dir)).toBe(false);
  });

  it('the plain hook never runs a node_modules/.bin/keyguard committed to the working tree', () => {
    const repo = makeRepo({ 'main.py': 'print(1)\n' });
    repo.write('node_modules/.bin/keyguard', '#!/bin/sh\necho stub-ran\nexit 0\n');
    chmodSync(join(repo.dir, 'node_modules/.bin/keyguard'), 0o755);
    repo.stage('node_modules/.bin/keyguard');
    repo.commit('a stub that would turn scanning off');
    expect(init(repo.dir).code).toBe(0);
    const bin = tempDir('keyguard-bin-');
    symlinkSync(CLI, join(bin, 'keyguard'));
    repo.write('settings.py', `TOKEN = "${fakeKeys.slackBot('stub')}"\n`);
    repo.stage('settings.py');
    const r = spawnSync('git', ['commit', '-m', 'key'], { cwd: repo.dir, encoding: 'utf8', env: shellEnv(bin) });
    expect(r.stdout + r.stderr).not.toContain('stub-ran');
    expect(r.stdout + r.stderr).toContain('settings.py:1:');
    expect(r.status).toBe(1);
    expect(readFileSync(join(repo.dir, '.git/hooks/pre-commit'), 'utf8')).not.toMatch(/^[^#]*node_modules/m);
  });
});

describe('worktrees and submodules', () => {
  it('a new worktree: init says what it needs; after that install, commits there are checked', () => {
    const repo = makeNpmRepo({ 'package.json': packageJson() });
    const r = init(repo.dir);
    expect(r.stdout).toContain(
      'Each new `git worktree` is checked once `npm install` has run in it (husky creates its hooks folder there).',
    );
    repo.stage('package.json', '.gitignore', '.husky/pre-commit');
    expect(commit(repo.dir, 'set up').code).toBe(0);
    const tree = join(tempDir(), 'feature');
    repo.git('worktree', 'add', '-q', '-b', 'feature', tree);
    // what `npm install` does there: node_modules, then the prepare script (husky || true)
    mkdirSync(join(tree, 'node_modules'));
    for (const link of ['husky', 'keyguard', '.bin'])
      symlinkSync(join(repo.dir, 'node_modules', link), join(tree, 'node_modules', link));
    symlinkSync('../husky/bin.js', join(repo.dir, 'node_modules/.bin/husky'));
    const prepare = spawnSync('npm', ['run', 'prepare'], { cwd: tree, encoding: 'utf8', env: shellEnv() });
    expect(prepare.status).toBe(0);
    writeFileSync(join(tree, 'app.js'), `const k = "${fakeKeys.github('wt2')}";\n`);
    repo.git('-C', tree, 'add', 'app.js');
    const blocked = commit(tree);
    expect(blocked.output).toContain('app.js:1:');
    expect(blocked.code).toBe(1);
  });

  it('submodules: init says they are not covered and prints the command that covers them, which runs as printed', () => {
    const lib = makeRepo({ 'lib.py': 'print(1)\n' });
    lib.stage('lib.py');
    lib.commit('lib');
    const repo = makeRepo({ 'main.py': 'print(1)\n' });
    repo.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', lib.dir, 'vendor/lib');
    repo.commit('add the submodule');
    const r = init(repo.dir);
    expect(r.code).toBe(0);
    const line = /^Submodules \(vendor\/lib\) are repositories of their own: .* you run init in each: (.+)$/m.exec(
      r.stdout,
    );
    expect(line?.[1]).toBe("git submodule foreach 'keyguard init'");
    const bin = tempDir('keyguard-bin-');
    symlinkSync(CLI, join(bin, 'keyguard'));
    const env = shellEnv(bin);
    const ran = spawnSync('sh', ['-c', line![1]!], { cwd: repo.dir, encoding: 'utf8', env });
    expect(ran.status).toBe(0);
    const sub = join(repo.dir, 'vendor/lib');
    writeFileSync(join(sub, 'k.py'), `K = "${fakeKeys.stripe('sub')}"\n`);
    spawnSync('git', ['add', 'k.py'], { cwd: sub, env });
    const blocked = spawnSync('git', ['commit', '-m', 'key'], { cwd: sub, encoding: 'utf8', env });
    expect(blocked.stdout + blocked.stderr).toContain('k.py:1:');
    expect(blocked.status).toBe(1);
  });
});
