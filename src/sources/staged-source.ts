import { join } from 'node:path';
import type { Config } from '../config/types.js';
import { globFilter, allowFilter } from '../detect/path-filter.js';
import type { Fragment } from '../detect/scanner.js';
import { hasContent, type StagedChange } from '../git/staged.js';
import type { SkippedFile } from '../report/types.js';
import { urlLines, type Lines } from './lines.js';
import { scanScope } from './never-scan.js';
import { readBlobChanges, type BlobChange } from './staged-blobs.js';

export interface StagedSource {
  fragments: Fragment[];
  /** Files whose content was not scanned, or only its printable text (binaries). */
  skipped: SkippedFile[];
}

/**
 * The staged changes → what the detector reads: the added lines of each file, as the diff gives them; for a change
 * git shows as binary, what its blobs add (readBlobChanges). Nothing is left out without a word: a binary, a file over
 * the size limit and a blob that cannot be read are listed in `skipped`, the last two blocking (a large file only
 * unless `allowLargeFiles` lists it).
 */
export async function stagedSource(
  root: string,
  changes: readonly StagedChange[],
  config: Config,
): Promise<StagedSource> {
  const isAllowed = await allowFilter(config);
  const largeAllowed = await globFilter(config.allowLargeFiles);
  const candidates = changes.filter((c) => hasContent(c) && !isAllowed(c.path));
  const blobs = readBlobChanges(
    root,
    candidates.filter((c) => c.binary),
  );
  const fragments: Fragment[] = [];
  const skipped: SkippedFile[] = [];
  for (const change of candidates) {
    const fragment = changeFragment(root, change, change.binary ? blobs.get(change) : undefined, largeAllowed, skipped);
    if (fragment !== null) fragments.push(fragment);
  }
  return { fragments, skipped };
}

/**
 * What the detector reads of one change: its added lines, or what its blobs add (`read`, for a change git shows as
 * binary). A change whose content cannot be read, or only in part, is listed in `skipped`.
 */
export function changeFragment(
  root: string,
  change: StagedChange,
  read: BlobChange | undefined,
  largeAllowed: (path: string) => boolean,
  skipped: SkippedFile[],
): Fragment | null {
  const scope = scanScope(change.path, join(root, change.path));
  if (scope === 'none') return null;
  let lines: Lines = change.added;
  let standaloneOnly = false;
  if (read !== undefined) {
    if (read.kind === 'too-large' || read.kind === 'unreadable') {
      const blocks = read.kind === 'unreadable' || !largeAllowed(change.path);
      skipped.push({ file: change.path, reason: read.kind, blocks });
      return null;
    }
    lines = read.added;
    standaloneOnly = read.kind === 'binary';
    if (standaloneOnly) skipped.push({ file: change.path, reason: 'binary', blocks: false });
  }
  if (scope === 'url-lines') lines = urlLines(lines);
  if (lines.lines.length === 0) return null;
  const numbers = lines.lines;
  return { file: change.path, bytes: lines.bytes, lineOf: (i) => numbers[i] ?? 0, standaloneOnly };
}
