// Bundle the CLI into dist/ with esbuild: one small entry on the hot path, lazy chunks for the rest.
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
  define: { __VERSION__: JSON.stringify(pkg.version) },
  legalComments: 'none',
  logLevel: 'warning',
};

// The CLI is one CommonJS file: the hook then loads exactly one module of ours and Node skips its ESM loader,
// which costs more at start-up than everything keyguard does on a typical commit. Lazy parts stay lazy through
// dynamic import().
await build({
  ...common,
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli.cjs',
  format: 'cjs',
  define: { ...common.define, 'import.meta.url': 'undefined' },
  // import() of a package would start Node's ESM loader (milliseconds); require() it instead. An ESM-only
  // package must be loaded through loadEsm() (src/esm.ts), which keeps a real import().
  supported: { 'dynamic-import': false },
});

// The library entry, for programmatic use, stays ESM.
await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js', format: 'esm' });
