// Bundle keyguard into dist/ with esbuild: the CLI (one CommonJS file) and the ESM library entry.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { eagerCompile } from './eager-compile.mjs';

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
// What the hook does not run lives in files of its own, loaded by the dynamic import() that asks for it: every byte
// of the CLI file is read, decoded, checksummed and hashed on every commit, compile cache or not (Node 22, typical
// commit: 312 KB of dead code cost 12.5 M instructions, ~15% of `node -e 0`). The rule families (their examples
// and regex assembly; the hook builds rules from dist/catalog.bin and needs a family only for a rule with an
// offline check), init/uninstall, the fix flow, baseline, rules and the path scan are such parts. A module that
// both a chunk and the CLI use is copied into each; nothing relies on the identity of their classes (errors are
// recognised with isKeyguardError and by name).
const COLD = [
  /^src\/rules\/(?!lazy\.ts$)[a-z0-9-]+\.ts$/,
  /^src\/cli\/(fix-offer|history|doctor)\.ts$/,
  /^src\/detect\/detector\.ts$/,
  /^src\/commands\/(init|uninstall|baseline|rules|scan-paths|scan-history|doctor|pre-push)\.ts$/,
];
const chunkName = (path) =>
  path
    .replace(/^src\//, '')
    .replace(/\.ts$/, '')
    .replaceAll('/', '-');
const chunks = new Set();
const coldChunks = {
  name: 'cold-chunks',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const path = relative(process.cwd(), resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')));
      if (!COLD.some((re) => re.test(path))) return undefined;
      chunks.add(path);
      return { path: `./${chunkName(path)}.cjs`, external: true };
    });
  },
};
await build({ ...cjs, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.cjs', plugins: [coldChunks] });
// A chunk may ask for another one (the fix offer runs init's .gitignore patch): build until no new chunk appears.
const built = new Set();
while (built.size < chunks.size) {
  for (const path of [...chunks].filter((p) => !built.has(p))) {
    built.add(path);
    await build({ ...cjs, entryPoints: [path], outfile: `dist/${chunkName(path)}.cjs`, plugins: [coldChunks] });
  }
}
for (const file of ['cli', ...[...built].map(chunkName)]) eagerCompile(`dist/${file}.cjs`);
