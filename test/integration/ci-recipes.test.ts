import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, PROJECT_ROOT } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake-keys.js';
import { git, makeRepo, tempDir, type TestRepo } from '../helpers/git-repo.js';

/** The `run: |` blocks of action.yml, in order (a composite action's steps). */
function actionRuns(): string[] {
  const lines = readFileSync(join(PROJECT_ROOT, 'action.yml'), 'utf8').split('\n');
  const blocks: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*)run: \|$/.exec(lines[i]!);
    if (m === null) continue;
    const body: string[] = [];
    for (i++; i < lines.length && (lines[i]!.trim() === '' || lines[i]!.startsWith(`${m[1]}  `)); i++)
      body.push(lines[i]!.slice(m[1]!.length + 2));
    i--;
    blocks.push(body.join('\n'));
  }
  return blocks;
}

/** The ```sh block under a heading of docs/ci.md. */
function recipe(heading: string): string {
  const text = readFileSync(join(PROJECT_ROOT, 'docs', 'ci.md'), 'utf8');
  const section = text.slice(text.indexOf(`## ${heading}`));
  return /```sh\n([\s\S]*?)```/.exec(section)![1]!;
}

/** A `npx` that runs the built keyguard (no network): `npx [--yes] keyguard[@v] ARGS…`. */
function fakeNpx(): string {
  const bin = tempDir('keyguard-npx-');
  const script = `#!/bin/sh\n[ "$1" = "--yes" ] && shift\nshift\nexec "${process.execPath}" "${CLI}" "$@"\n`;
  writeFileSync(join(bin, 'npx'), script);
  chmodSync(join(bin, 'npx'), 0o755);
  return bin;
}

function sh(script: string, cwd: string, env: Record<string, string>) {
  return spawnSync('bash', ['-c', script], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', PATH: `${fakeNpx()}:${process.env.PATH}`, ...env },
  });
}

/** A clone of a bare remote whose main is clean, and a pull-request branch on top of it. */
function pullRequest(withKey: boolean): { clone: TestRepo; base: string } {
  const remote = join(tempDir('keyguard-remote-'), 'origin.git');
  git(tempDir(), 'init', '-q', '--bare', remote);
  const clone = makeRepo({ 'app.py': 'A = 1\n' });
  clone.stage('app.py');
  clone.commit('base');
  clone.git('remote', 'add', 'origin', remote);
  clone.git('push', '-q', 'origin', 'main');
  const base = clone.git('rev-parse', 'HEAD').trim();
  clone.git('checkout', '-q', '-b', 'pr');
  clone.write('app.py', withKey ? `A = 1\nKEY = "${fakeKeys.stripe('ci')}"\n` : 'A = 2\n');
  clone.stage('app.py');
  clone.commit('pr change');
  clone.write('app.py', 'A = 3\n');
  clone.stage('app.py');
  clone.commit('key removed again');
  return { clone, base };
}

describe('the GitHub Action (action.yml)', () => {
  it('fails a pull-request range holding a key, with SARIF naming the commit; passes a clean one', () => {
    const [scan, fail] = actionRuns();
    expect(scan).toContain('scan --history "$RANGE" --format sarif');
    for (const withKey of [true, false]) {
      const { clone, base } = pullRequest(withKey);
      const output = join(tempDir(), 'github-output');
      writeFileSync(output, '');
      const env = { BASE: base, KEYGUARD_VERSION: 'latest', GITHUB_OUTPUT: output };
      const r1 = sh(scan!, clone.dir, env);
      expect(r1.status).toBe(0);
      const code = /code=(\d+)/.exec(readFileSync(output, 'utf8'))![1]!;
      const sarif = JSON.parse(readFileSync(join(clone.dir, 'keyguard.sarif'), 'utf8'));
      const r2 = sh(fail!, clone.dir, { CODE: code });
      if (withKey) {
        expect(code).toBe('1');
        expect(sarif.runs[0].results[0].properties.commit).toBe(clone.git('rev-parse', 'HEAD~1').trim());
        expect(r2.status).toBe(1);
      } else {
        expect(code).toBe('0');
        expect(sarif.runs[0].results).toEqual([]);
        expect(r2.status).toBe(0);
      }
    }
  });
});

describe('docs/ci.md', () => {
  it('"Any shell" fails a branch whose commits hold a key, against the remote it fetched', () => {
    const { clone } = pullRequest(true);
    const r = sh(recipe('Any shell'), clone.dir, {});
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('only local: rewrite before pushing');
    const clean = pullRequest(false);
    expect(sh(recipe('Any shell'), clean.clone.dir, {}).status).toBe(0);
  });
});
