import { readFileSync, statSync } from 'node:fs';
import type { Config } from '../config/types.js';
import { fsPath } from '../fs/path-bytes.js';
import { allowFilter, globFilter } from '../detect/path-filter.js';
import type { Fragment } from '../detect/scanner.js';
import type { SkippedFile } from '../report/types.js';
import { decodeContent } from './decode.js';
import { MAX_FILE_BYTES } from './limits.js';
import { piecesOf, urlLines } from './lines.js';
import type { ListedFile } from './list-files.js';
import { scanScope, type ScanScope } from './never-scan.js';

type Read = { kind: 'bytes'; bytes: Buffer } | { kind: 'too-large' | 'unreadable' | 'gone' };

/** A file's bytes, unless it is over the size limit, not a regular file (a FIFO would never end) or unreadable. */
function readListed(absolute: string): Read {
  try {
    const stat = statSync(fsPath(absolute));
    if (!stat.isFile()) return { kind: 'unreadable' };
    if (stat.size > MAX_FILE_BYTES) return { kind: 'too-large' };
    return { kind: 'bytes', bytes: readFileSync(fsPath(absolute)) };
  } catch (error) {
    // deleted since listing, or a tracked file missing from the working tree: nothing there to scan
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { kind: 'gone' } : { kind: 'unreadable' };
  }
}

/**
 * The listed files → what the detector reads, one file in memory at a time: text as is, UTF-16/32 text decoded, a
 * binary's printable runs (for standalone key formats only), a lockfile's URL lines. What is not scanned, or only
 * partly, goes to `skipped`: a binary (does not block), a file over the size limit (blocks unless `allowLargeFiles`
 * lists it), an unreadable file (blocks). `inspect` sees each file's whole bytes as read (secret-bearing files are
 * judged by what they hold).
 */
export async function* pathFragments(
  files: readonly ListedFile[],
  config: Config,
  skipped: SkippedFile[],
  inspect?: (file: ListedFile, bytes: Buffer) => void,
): AsyncGenerator<Fragment> {
  const isAllowed = await allowFilter(config);
  const largeAllowed = await globFilter(config.allowLargeFiles);
  for (const file of files) {
    if (isAllowed(file.path)) continue;
    const scope = scanScope(file.path, file.absolute);
    if (scope === 'none') continue;
    const read = readListed(file.absolute);
    if (read.kind === 'gone') continue;
    if (read.kind !== 'bytes') {
      const blocks = read.kind === 'unreadable' || !largeAllowed(file.path);
      skipped.push({ file: file.display, reason: read.kind, blocks });
      continue;
    }
    inspect?.(file, read.bytes);
    yield contentFragment(file.display, scope, read.bytes, skipped);
  }
}

/**
 * One whole file's bytes → what the detector reads: text as is, UTF-16/32 text decoded, a binary's printable runs
 * (standalone key formats only; listed in `skipped`), a lockfile's URL lines.
 */
export function contentFragment(file: string, scope: ScanScope, bytes: Buffer, skipped: SkippedFile[]): Fragment {
  const content = decodeContent(bytes);
  if (content.kind === 'binary') {
    skipped.push({ file, reason: 'binary', blocks: false });
    const runs = piecesOf(bytes, true);
    return { file, bytes: runs.bytes, lineOf: (i) => runs.lines[i] ?? 0, standaloneOnly: true };
  }
  if (scope === 'url-lines') {
    const lines = urlLines(piecesOf(content.text, false));
    return { file, bytes: lines.bytes, lineOf: (i) => lines.lines[i] ?? 0 };
  }
  return { file, bytes: content.text };
}
