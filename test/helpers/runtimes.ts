import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface Runtime {
  name: 'bun' | 'deno';
  /** The command that runs a CommonJS file with all permissions: argv before the file's path. */
  command: string[];
  version: string;
}

/** Where scripts/fetch-runtime.mjs caches each runtime's binary. */
const CACHED = { bun: join('bun', 'package', 'bin', 'bun'), deno: join('deno', 'package', 'deno') };
const RUN = { bun: [], deno: ['run', '-A'] };

/**
 * Bun or Deno, when this machine has it: KEYGUARD_BUN / KEYGUARD_DENO (a path to the binary), else the copy
 * `node scripts/fetch-runtime.mjs bun|deno` cached, else the one on PATH. `reason` says why there is none.
 */
export function findRuntime(name: 'bun' | 'deno'): { runtime: Runtime | null; reason: string } {
  const cache = process.env.KEYGUARD_CI_CACHE || join(homedir(), '.cache', 'keyguard-ci');
  const candidates = [process.env[`KEYGUARD_${name.toUpperCase()}`], join(cache, CACHED[name]), name];
  for (const binary of candidates) {
    if (binary === undefined || binary === '' || (binary !== name && !existsSync(binary))) continue;
    const r = spawnSync(binary, ['--version'], { encoding: 'utf8' });
    if (r.status === 0) {
      return {
        runtime: {
          name,
          command: [binary, ...RUN[name]],
          version: /\d+\.\d+\.\d+/.exec(r.stdout)?.[0] ?? r.stdout.trim(),
        },
        reason: '',
      };
    }
  }
  return {
    runtime: null,
    reason: `${name} is not installed here (fetch it with: node scripts/fetch-runtime.mjs ${name})`,
  };
}
