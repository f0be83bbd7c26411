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
  /**
   * Report only standalone findings (see RawFinding.standalone: a provider's token format, a private key): for text
   * pulled out of a binary file, where a name next to a value means little.
   */
  standaloneOnly?: boolean;
}

/** The detector a scan runs: built once per scan, fed fragments one by one. */
export interface Scanner {
  /** The secrets in one fragment, still holding their raw value: `finalize` them before they leave the scan. */
  scan(fragment: Fragment): Promise<RawFinding[]>;
}

export interface ScannerOptions {
  /**
   * Judge every finding's `standalone` (see RawFinding): one more scan of each secret on its own. Off by default (the
   * hook does not need it); fragments with `standaloneOnly` are judged either way.
   */
  standalone?: boolean;
}

/** The project's detector: built-in rules minus disabled ones, plus its own; rules are built as keywords ask. */
export async function createScanner(config: Config, options: ScannerOptions = {}): Promise<Scanner> {
  let lazy: LazyDetector | undefined;
  const find = async (bytes: Buffer, file: string, lineOf?: (index: number) => number): Promise<RawFinding[]> => {
    lazy ??= await lazyDetector(config);
    const { detector } = lazy;
    const hits = detector.automaton.scan(bytes);
    if (hits.length === 0) return [];
    const needed = new Set<number>();
    rulesForHits(bytes, hits, detector, needed);
    await lazy.prepare(needed);
    return findSecrets(bytes, file, detector, lineOf, hits);
  };
  return {
    async scan({ file, bytes, lineOf, standaloneOnly }) {
      const found = await find(bytes, file, lineOf);
      if (standaloneOnly !== true && options.standalone !== true) return found;
      const out: RawFinding[] = [];
      for (const finding of found) {
        // The secret scanned on its own: a rule keyed on the name a value is assigned to finds nothing there. A
        // generic rule (a JWT: anyone's token format, test fixtures are full of them) is never standalone.
        const generic = lazy!.detector.rules.some((r) => r?.rule.id === finding.rule && r.rule.generic === true);
        const alone = generic ? [] : await find(Buffer.from(finding.raw, 'utf8'), file);
        finding.standalone = alone.some((f) => f.rule === finding.rule && f.raw === finding.raw);
        if (finding.standalone || standaloneOnly !== true) out.push(finding);
      }
      return out;
    },
  };
}
