import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder this module runs from: dist/ in the bundled CLI (CommonJS), src/install/ under the test runner (ESM). */
function here(): string {
  if (typeof __dirname === 'string') return __dirname;
  return dirname(fileURLToPath(import.meta.url));
}

let cached: { root: string; version: string } | undefined;

/** keyguard's own package folder (where hooks/ and templates/ live) and version: the nearest package.json named keyguard. */
export function keyguardPackage(): { root: string; version: string } {
  if (cached) return cached;
  for (let dir = here(); ; dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'keyguard') return (cached = { root: dir, version: pkg.version ?? '0.0.0' });
    } catch {
      // no package.json here: keep climbing
    }
    if (dirname(dir) === dir) throw new Error('cannot find the keyguard package folder');
  }
}
