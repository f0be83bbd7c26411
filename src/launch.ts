/**
 * Loads the CLI bundle with V8's code cache, so the hook does not parse and compile the same code on every
 * commit. Node 22.1+ has this built in (module.enableCompileCache); on Node 20 the bundle is compiled through
 * vm.Script with cached data kept next to it, keyed by Node version and the bundle's size and mtime (V8 itself only
 * checks the source length). The cache lives in the package's own dist/ folder: whoever can write there can
 * already change the code, so it adds no new trust. Every failure falls back to a plain require.
 */
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import Module from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { startStagedDiff } from './git/early-diff.js';

interface Cli {
  main(early: { stagedDiff?: Promise<Buffer | null> }): Promise<void>;
  /** Runs the hook's path on a made-up commit, so that the code cache holds it (see scan/warm-up.ts). */
  warmUp?(root: string): Promise<void>;
}

declare const require: NodeJS.Require;

export function launch(bundle: string): void {
  const args = process.argv.slice(2);
  const early =
    args[0] === 'scan' && args.includes('--staged') && process.env.KEYGUARD_PORTABLE_SPAWN !== '1'
      ? { stagedDiff: startStagedDiff(process.cwd()) }
      : {};
  const enable = (Module as unknown as { enableCompileCache?: () => unknown }).enableCompileCache;
  if (typeof enable === 'function') {
    try {
      enable();
    } catch {
      // plain require below
    }
    void (require(bundle) as Cli).main(early);
    return;
  }
  let loaded: { cli: Cli; save: () => Promise<void> } | undefined;
  try {
    loaded = loadWithCache(bundle);
  } catch {
    loaded = undefined;
  }
  if (loaded === undefined) {
    void (require(bundle) as Cli).main(early);
    return;
  }
  const { cli, save } = loaded;
  void cli.main(early).then(save, save).catch(() => undefined);
}

function loadWithCache(bundle: string): { cli: Cli; save: () => Promise<void> } {
  const stat = statSync(bundle);
  const dir = join(dirname(bundle), '.cache');
  // One cache per kind of run: a cache is written by the first run after a build, and holds the functions that run
  // compiled. The hook's `scan --staged` must not inherit the smaller cache of a `--version`, nor the larger one of a
  // path scan, which builds every rule.
  const kind = process.argv[2] !== 'scan' ? 'other' : process.argv.includes('--staged') ? 'staged' : 'scan';
  const prefix = `${basename(bundle)}-${kind}-`;
  const cacheFile = join(dir, `${prefix}${process.version}-${stat.size}-${Math.round(stat.mtimeMs)}.bin`);
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  const source = readFileSync(bundle, 'latin1'); // esbuild writes ASCII only; latin1 skips UTF-8 decoding
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new Script(wrapped, { filename: bundle, cachedData });
  const mod = { exports: {} as Cli };
  const localRequire = Module.createRequire(bundle);
  script.runInThisContext()(mod.exports, localRequire, mod, bundle, dirname(bundle));
  const save = async (): Promise<void> => {
    if (cachedData !== undefined && !script.cachedDataRejected) return;
    try {
      // Where the cache cannot be written (a read-only install), every run would come here: find out before the
      // warm-up, not after it.
      mkdirSync(dir, { recursive: true });
      accessSync(dir, constants.W_OK);
    } catch {
      return;
    }
    try {
      if (kind === 'staged') await mod.exports.warmUp?.(dirname(bundle));
      for (const old of readdirSync(dir)) if (old.startsWith(prefix)) unlinkSync(join(dir, old));
      const temp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(temp, script.createCachedData());
      renameSync(temp, cacheFile);
    } catch {
      // read-only install: run without a cache
    }
  };
  return { cli: mod.exports, save };
}
