// Bundle keyguard into dist/ with esbuild: the CLI (one CommonJS file), its launcher, and the ESM library entry.
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
// The rule modules are a bundle of their own (src/rules/bundle.ts): the CLI reaches them, from outside src/rules,
// only through rules/index.ts and rules/lazy.ts, which it requires from ./rules.cjs when it needs live rules.
await build({ ...cjs, entryPoints: ['src/rules/bundle.ts'], outfile: 'dist/rules.cjs' });
const rulesApart = {
  name: 'rules-apart',
  setup(b) {
    b.onResolve({ filter: /\/rules\/(index|lazy)\.js$/ }, (args) =>
      /[\\/]src[\\/]rules$/.test(args.resolveDir) ? undefined : { path: './rules.cjs', external: true },
    );
  },
};
// The commands a commit does not run are a bundle of their own too (src/cli/cold.ts), required by the CLI only
// for them.
await build({ ...cjs, entryPoints: ['src/cli/cold.ts'], outfile: 'dist/cold.cjs', plugins: [rulesApart] });
const coldApart = {
  name: 'cold-apart',
  setup(b) {
    b.onResolve({ filter: /\/(fix\/flow|scan\/paths|baseline\/command|rules-command|install\/init|report\/sarif)\.js$/ }, () => ({
      path: './cold.cjs',
      external: true,
    }));
  },
};
await build({ ...cjs, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.cjs', plugins: [rulesApart, coldApart] });

// The launcher the bin runs: loads dist/cli.cjs through V8's code cache.
await build({ ...base, entryPoints: ['src/launch.ts'], outfile: 'dist/launch.cjs', format: 'cjs' });

// The launcher reads the CLI as Latin-1 (cheaper than UTF-8 decoding), which is exact only for ASCII outside
// comments (esbuild keeps some comments, and non-ASCII there changes nothing).
const code = readFileSync(new URL('../dist/cli.cjs', import.meta.url), 'latin1').replace(/^\s*\/\/.*$/gm, '');
if (/[^\x00-\x7f]/.test(code)) {
  throw new Error('dist/cli.cjs must be ASCII (esbuild charset: ascii)');
}
