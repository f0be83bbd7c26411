// `npm run eval`: bundle the corpus evaluator (TypeScript) with esbuild into a temporary file and run it, in-process.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const dir = mkdtempSync(join(tmpdir(), 'keyguard-eval-'));
const outfile = join(dir, 'eval.mjs');
try {
  await build({
    entryPoints: [new URL('../test/corpus/run-eval.ts', import.meta.url).pathname],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
