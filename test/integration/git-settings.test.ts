import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, runCli } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake-keys.js';
import { git, makeRepo, tempDir, type TestRepo } from '../helpers/git-repo.js';

const ENV = {
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.invalid',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  NO_COLOR: '1',
};

const lines = (n: number) => Array.from({ length: n }, (_, i) => `line_${i + 1} = ${i + 1}`);

/**
 * A repository whose pre-commit hook runs the built keyguard, with a submodule (a nested repository added as a
 * gitlink) and files listed before and after it. The staged change bumps the submodule across a commit that changes
 * two files inside it, edits app.py at two lines four apart (a key at the first), and adds keys in files whose names
 * sort after the submodule (one of them not ASCII).
 */
function stagedChange(): { repo: TestRepo; keys: Record<string, string> } {
  const repo = makeRepo({ 'app.py': `${lines(10).join('\n')}\n`, 'src/x.py': 'x = 1\n' });
  const sub = join(repo.dir, 'lib');
  git(repo.dir, 'init', '-q', '-b', 'main', sub);
  repo.write('lib/one.txt', 'one\n');
  repo.write('lib/two.txt', 'two\n');
  git(sub, 'add', '.');
  git(sub, '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'sub one');
  repo.git('-c', 'advice.addEmbeddedRepo=false', 'add', 'app.py', 'lib', 'src/x.py');
  repo.commit('base');
  repo.write('lib/one.txt', 'one changed\n');
  repo.write('lib/two.txt', 'two changed\n');
  git(sub, '-c', 'commit.gpgsign=false', 'commit', '-q', '-am', 'sub two');
  const keys = {
    'app.py:2:': fakeKeys.github('gs-app'),
    'z.py:1:': fakeKeys.openaiProject('gs-z'),
    'ünïcödé.py:1:': fakeKeys.anthropic('gs-u'),
    'src/copy.py:2:': fakeKeys.stripe('gs-copy'),
  };
  const app = lines(10);
  app[1] = `token = "${keys['app.py:2:']}"`;
  app[5] = 'line_6 = 60';
  repo.write('app.py', `${app.join('\n')}\n`);
  repo.write('z.py', `KEY = "${keys['z.py:1:']}"\n`);
  repo.write('ünïcödé.py', `KEY = "${keys['ünïcödé.py:1:']}"\n`);
  repo.write('src/copy.py', `x = 1\nKEY = "${keys['src/copy.py:2:']}"\n`);
  repo.git('add', '-A');
  return { repo, keys };
}

function installHook(repo: TestRepo): void {
  const hook = join(repo.dir, '.git', 'hooks', 'pre-commit');
  writeFileSync(hook, `#!/bin/sh\nexec "${process.execPath}" "${CLI}" scan --staged\n`);
  chmodSync(hook, 0o755);
}

/** An external diff program that prints nothing: were it used, every change would look empty. */
function silentDiff(): string {
  const file = join(tempDir('keyguard-extdiff-'), 'silent-diff');
  writeFileSync(file, '#!/bin/sh\nexit 0\n');
  chmodSync(file, 0o755);
  return file;
}

type Setting = { config?: [string, string][]; env?: Record<string, string> };

const SETTINGS: [string, () => Setting][] = [
  ['diff.submodule=log', () => ({ config: [['diff.submodule', 'log']] })],
  ['diff.submodule=diff', () => ({ config: [['diff.submodule', 'diff']] })],
  ['diff.interHunkContext=5', () => ({ config: [['diff.interHunkContext', '5']] })],
  ['GIT_DIFF_OPTS=--unified=5', () => ({ env: { GIT_DIFF_OPTS: '--unified=5' } })],
  ['color.ui=always', () => ({ config: [['color.ui', 'always']] })],
  ['diff.noprefix', () => ({ config: [['diff.noprefix', 'true']] })],
  ['diff.mnemonicPrefix', () => ({ config: [['diff.mnemonicPrefix', 'true']] })],
  ['diff.relative', () => ({ config: [['diff.relative', 'true']] })],
  ['core.quotePath', () => ({ config: [['core.quotePath', 'true']] })],
  ['diff.renames=copies', () => ({ config: [['diff.renames', 'copies']] })],
  ['diff.external', () => ({ config: [['diff.external', silentDiff()]] })],
  ['GIT_EXTERNAL_DIFF', () => ({ env: { GIT_EXTERNAL_DIFF: silentDiff() } })],
  ['diff.orderFile', () => ({ config: [['diff.orderFile', '/dev/null']] })],
  ['core.abbrev=4', () => ({ config: [['core.abbrev', '4']] })],
];

function expectEveryKey(output: string, keys: Record<string, string>): void {
  for (const [where, key] of Object.entries(keys)) {
    expect(output, where).toContain(where);
    expect(output).not.toContain(key);
  }
  expect(output).not.toMatch(/no secrets found/);
}

describe('user git settings cannot hide a staged key', () => {
  it.each(SETTINGS)('%s: a real `git commit` through the hook is blocked, every key named', (_name, setting) => {
    const { repo, keys } = stagedChange();
    const { config = [], env = {} } = setting();
    for (const [key, value] of config) repo.git('config', key, value);
    installHook(repo);
    const before = repo.git('rev-parse', 'HEAD');
    const r = spawnSync('git', ['commit', '-q', '-m', 'change'], {
      cwd: repo.dir,
      encoding: 'utf8',
      env: { ...process.env, ...ENV, ...env },
    });
    expect(r.status).toBe(1);
    expectEveryKey(r.stdout + r.stderr, keys);
    expect(repo.git('rev-parse', 'HEAD')).toBe(before);
  });

  it.each(SETTINGS)('%s: `keyguard scan --staged` from a sub-folder names every key', (_name, setting) => {
    const { repo, keys } = stagedChange();
    const { config = [], env = {} } = setting();
    for (const [key, value] of config) repo.git('config', key, value);
    const r = runCli(['scan', '--staged'], join(repo.dir, 'src'), { ...ENV, ...env });
    expect(r.code).toBe(1);
    expectEveryKey(r.output, keys);
  });
});
