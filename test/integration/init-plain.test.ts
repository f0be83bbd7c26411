import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, PROJECT_ROOT } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake-keys.js';
import { git, makeRepo, tempDir } from '../helpers/git-repo.js';
import { commit, init } from '../helpers/npm-project.js';

const VERSION = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const HOOK = readFileSync(join(PROJECT_ROOT, 'hooks/pre-commit'), 'utf8').replaceAll('__VERSION__', VERSION);

/** PATH with a `keyguard` command on it, as after `npm install -g keyguard`. */
function pathWithKeyguard(): string {
  const bin = tempDir('keyguard-bin-');
  symlinkSync(CLI, join(bin, 'keyguard'));
  return `${bin}:${process.env.PATH ?? ''}`;
}

function commitWithPath(dir: string, path: string, message = 'change') {
  const saved = process.env.PATH;
  process.env.PATH = path;
  try {
    return commit(dir, message);
  } finally {
    process.env.PATH = saved;
  }
}

describe('keyguard init without package.json (plain git hook)', () => {
  it('writes a plain pre-commit hook, pinned for npx, and says how keyguard is found', () => {
    const repo = makeRepo({ 'main.py': 'print(1)\n' });
    const r = init(repo.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'keyguard init: no package.json: keyguard runs from a plain git pre-commit hook.',
        `  .git/hooks/pre-commit  written: runs keyguard from PATH, else \`npx --yes keyguard@${VERSION}\` (downloaded once; \`npm install -g keyguard\` avoids that)`,
        'Every `git commit` in this repository is now checked by keyguard. Bypass once: git commit --no-verify',
        'Undo: keyguard uninstall  (reverses exactly these changes)',
        '',
      ].join('\n'),
    );
    expect(readFileSync(join(repo.dir, '.git/hooks/pre-commit'), 'utf8')).toBe(HOOK);
    expect(HOOK).toContain(`npx --yes keyguard@${VERSION} scan --staged`);
    expect(init(repo.dir).stdout).toBe('keyguard init: already set up; nothing changed.\n');
  });

  it('blocks a real commit with a key; chains the hook that was there, which still runs first', () => {
    const repo = makeRepo({ 'main.py': 'print(1)\n' });
    mkdirSync(join(repo.dir, '.git/hooks'), { recursive: true });
    const previous = '#!/bin/sh\necho previous-hook-ran >> "$(git rev-parse --show-toplevel)/ran.txt"\n';
    writeFileSync(join(repo.dir, '.git/hooks/pre-commit'), previous);
    chmodSync(join(repo.dir, '.git/hooks/pre-commit'), 0o755);
    const r = init(repo.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '  .git/hooks/pre-commit.before-keyguard  the hook that was in .git/hooks/pre-commit, kept here and still run first\n',
    );
    expect(r.stdout).toContain('Undo: keyguard uninstall  (reverses exactly these changes)\n');
    expect(readFileSync(join(repo.dir, '.git/hooks/pre-commit.before-keyguard'), 'utf8')).toBe(previous);

    const path = pathWithKeyguard();
    repo.write('settings.py', `AWS = "${fakeKeys.awsAccessKeyId()}"\n`);
    repo.stage('settings.py');
    const blocked = commitWithPath(repo.dir, path);
    expect(blocked.code).toBe(1);
    expect(blocked.output).toContain('settings.py:1:');
    expect(repo.git('log', '--format=%s')).toBe('initial\n');
    expect(readFileSync(join(repo.dir, 'ran.txt'), 'utf8')).toBe('previous-hook-ran\n');
    repo.write('settings.py', 'AWS = os.environ["AWS"]\n');
    repo.stage('settings.py');
    expect(commitWithPath(repo.dir, path, 'clean').code).toBe(0);
    expect(readFileSync(join(repo.dir, 'ran.txt'), 'utf8')).toBe('previous-hook-ran\nprevious-hook-ran\n');
  });

  it('in a linked worktree, writes to the hooks folder git really uses', () => {
    const main = makeRepo({});
    const dir = join(tempDir(), 'feature');
    main.git('worktree', 'add', '-q', '-b', 'feature', dir);
    const r = init(dir);
    expect(r.code).toBe(0);
    expect(readFileSync(join(main.dir, '.git/hooks/pre-commit'), 'utf8')).toBe(HOOK);
    writeFileSync(join(dir, 'k.txt'), `token=${fakeKeys.github('plain-wt')}\n`);
    main.git('-C', dir, 'add', 'k.txt');
    expect(commitWithPath(dir, pathWithKeyguard()).code).toBe(1);
  });

  it('ships a .pre-commit-hooks.yaml that runs keyguard on the staged files', () => {
    const yaml = readFileSync(join(PROJECT_ROOT, '.pre-commit-hooks.yaml'), 'utf8');
    const entries = yaml.split('\n').filter((l) => !l.startsWith('#') && l.trim() !== '');
    expect(entries[0]).toBe('- id: keyguard');
    expect(entries.filter((l) => l.startsWith('- '))).toHaveLength(1);
    for (const line of ['  entry: hooks/pre-commit-framework.sh', '  language: script', '  pass_filenames: true']) {
      expect(entries).toContain(line);
    }
    // a script entry must be executable in git, or pre-commit cannot run it
    expect(git(PROJECT_ROOT, 'ls-files', '-s', 'hooks/pre-commit-framework.sh')).toMatch(/^100755 /);
  });
});
