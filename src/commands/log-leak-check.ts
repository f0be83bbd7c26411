import { leakLanguageOf, mayLeak } from '../detect/log-leak-filter.js';
import type { LogLeakFinding } from '../report/types.js';

/**
 * The log-leak warnings of a scan, file by file, next to the key scan. A file whose language is not checked costs a
 * name test; one whose text has no log call near a secret-looking word costs two regex tests; only the rest loads
 * the check itself.
 */
export function logLeakCheck(): {
  found: LogLeakFinding[];
  check: (file: string, bytes: Buffer, lineOf?: (index: number) => number) => Promise<void>;
} {
  const found: LogLeakFinding[] = [];
  return {
    found,
    async check(file, bytes, lineOf) {
      const language = leakLanguageOf(file);
      if (language === null) return;
      const text = bytes.toString('utf8');
      if (!mayLeak(language, text)) return;
      const { findLogLeaks } = await import('../detect/log-leaks.js');
      found.push(...findLogLeaks(file, text, language, lineOf));
    },
  };
}
