import type { Config } from '../config/types.js';
import { rulesForHits } from './engine.js';
import { findSecrets, type RawFinding } from './findings.js';
import { lazyDetector, type LazyDetector } from './lazy-detector.js';

/**
 * What every source (index, history, paths) hands the detector: some text of one file.
 * @public
 */
export interface Fragment {
  /** The file's name as reports show it. */
  file: string;
  /** The text to scan, as UTF-8 bytes (staged and history modes: the added lines joined by `\n`). */
  bytes: Buffer;
  /** The file's 1-based line number of the fragment's 0-based line `index` (default: index + 1). */
  lineOf?: (index: number) => number;
}

/** The detector a scan runs: built once per scan, fed fragments one by one. */
export interface Scanner {
  /** The secrets in one fragment, still holding their raw value: `finalize` them before they leave the scan. */
  scan(fragment: Fragment): Promise<RawFinding[]>;
}

/** The project's detector: built-in rules minus disabled ones, plus its own; rules are built as keywords ask. */
export async function createScanner(config: Config): Promise<Scanner> {
  let lazy: LazyDetector | undefined;
  return {
    async scan({ file, bytes, lineOf }) {
      lazy ??= await lazyDetector(config);
      const { detector } = lazy;
      const hits = detector.automaton.scan(bytes);
      if (hits.length === 0) return [];
      const needed = new Set<number>();
      rulesForHits(bytes, hits, detector, needed);
      await lazy.prepare(needed);
      return findSecrets(bytes, file, detector, lineOf, hits);
    },
  };
}
