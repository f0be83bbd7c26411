import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI, runCli } from '../helpers/cli.js';
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

/** Runs the CLI with a preload that logs every module it requires, and returns those of keyguard's dist/. */
function distModulesLoaded(args: string[], cwd: string): { code: number | null; modules: string[] } {
  const dir = tempDir('keyguard-modlog-');
  const log = join(dir, 'modules.log');
  const tracer = join(dir, 'trace.cjs');
  writeFileSync(
    tracer,
    `const M = require('module'); const fs = require('fs'); const load = M._load;\n` +
      `M._load = function (request, parent, isMain) { const r = load.apply(this, arguments); ` +
      `try { fs.appendFileSync(${JSON.stringify(log)}, M._resolveFilename(request, parent, isMain) + '\\n'); } catch {} return r; };\n`,
  );
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['-r', tracer, CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const modules = readFileSync(log, 'utf8').split('\n').filter((m) => m.includes(`${sep}dist${sep}`)).map((m) => m.slice(m.lastIndexOf(sep) + 1));
  return { code: r.status, modules: [...new Set(modules)] };
}

describe('what a commit loads', () => {
  it('a typical blocked commit loads the launcher alone: no rule module, no bundle of rarely used commands', () => {
    const repo = makeRepo({ 'b.py': `client = OpenAI(api_key="${fakeKeys.openaiProject()}")\nx = path.join(a, b)\n` });
    repo.stage('b.py');
    const { code, modules } = distModulesLoaded(['scan', '--staged'], repo.dir);
    expect(code).toBe(1);
    expect(modules).toEqual(['launch.cjs']);
  });
});

describe('git processes per hook run', () => {
  it('a commit, clean or blocked, costs exactly one git process: the diff the launcher starts early', () => {
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
    expect(git.calls().map((c) => c.split(' ').find((w) => !w.startsWith('-') && !w.includes('=')))).toEqual(['diff', 'check-ignore']);
  });
});
