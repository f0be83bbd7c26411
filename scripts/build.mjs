// Bundle keyguard into dist/ with esbuild: the CLI (one CommonJS file) and the ESM library entry.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
const base = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
  define: { __VERSION__: JSON.stringify(pkg.version) },
  legalComments: 'none',
  charset: 'ascii',
  logLevel: 'warning',
};

// The library entry, for programmatic use, stays ESM.
await build({ ...base, entryPoints: ['src/index.ts'], outfile: 'dist/index.js', format: 'esm' });

// The built-in catalog (keyword trie, index, rule records), computed once here rather than on every commit: a
// file of its own next to the CLI, which reads it as one buffer (see src/detect/catalog-file.ts).
const { builtinCatalogBytes } = await import(`${new URL('../dist/index.js', import.meta.url).href}?${Date.now()}`);
writeFileSync(new URL('../dist/catalog.bin', import.meta.url), builtinCatalogBytes());
const common = { ...base, define: { ...base.define, __BUILTIN_CATALOG__: JSON.stringify('catalog.bin') } };

// The CLI is one CommonJS file: the hook then loads exactly one module of ours and Node skips its ESM loader,
// which costs more at start-up than everything keyguard does on a typical commit. Lazy parts stay lazy through
// dynamic import().
const cjs = {
  ...common,
  format: 'cjs',
  define: { ...common.define, 'import.meta.url': 'undefined' },
  // import() of a package would start Node's ESM loader (milliseconds); require() it instead. (husky, which is
  // ESM-only, is run in a child process by `keyguard init`.)
  supported: { 'dynamic-import': false },
};
// The fix flow (moving keys into .env, the interactive offer, their lexers) is part of the same file: a second bundle
// would carry a second copy of the modules both use (error classes that `instanceof` then fails to recognise). It
// stays lazy all the same: esbuild wraps a dynamically imported module so that its code runs only when the CLI
// asks for it, after a blocked commit.
await build({ ...cjs, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.cjs' });
