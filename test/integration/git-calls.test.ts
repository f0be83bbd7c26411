import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake-keys.js';
import { makeRepo, tempDir } from '../helpers/git-repo.js';

/** A `git` first on PATH that logs each call's arguments, then runs the real git. */
function loggingGit(): { path: string; calls: () => string[] } {
  const real = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
  const dir = tempDir('keyguard-gitlog-');
  const log = join(dir, 'calls.log');
  writeFileSync(join(dir, 'git'), `#!/bin/sh\necho "$*" >> '${log}'\nexec '${real}' "$@"\n`);
  chmodSync(join(dir, 'git'), 0o755);
  writeFileSync(log, '');
  return {
    path: `${dir}:${process.env.PATH}`,
    calls: () => readFileSync(log, 'utf8').split('\n').filter(Boolean),
  };
}

describe('git processes per hook run', () => {
  it('a commit, clean or blocked, costs exactly one git process: the staged diff', () => {
    const repo = makeRepo({ 'a.py': 'x = 1\n', 'b.py': `client = OpenAI(api_key="${fakeKeys.openaiProject()}")\n` });
    repo.stage('a.py');
    for (const expected of [0, 1]) {
      const git = loggingGit();
      const r = runCli(['scan', '--staged'], repo.dir, { PATH: git.path });
      expect(r.code).toBe(expected);
      expect(git.calls()).toHaveLength(1);
      expect(git.calls()[0]).toMatch(/^-c core\.quotePath=false diff --cached /);
      repo.stage('b.py');
    }
  });

  it('asks git which secret files are ignored only when one is staged', () => {
    const repo = makeRepo({ '.env': 'DEBUG=1\n' });
    repo.stage('.env');
    const git = loggingGit();
    expect(runCli(['scan', '--staged'], repo.dir, { PATH: git.path }).code).toBe(1);
    expect(git.calls().map((c) => c.split(' ').find((w) => !w.startsWith('-') && !w.includes('=')))).toEqual([
      'diff',
      'check-ignore',
    ]);
  });
});
