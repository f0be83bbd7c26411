import { objectSizes, readObjects } from '../git/blobs.js';
import type { StagedChange } from '../git/staged.js';
import { decodeContent } from './decode.js';
import { MAX_FILE_BYTES } from './limits.js';
import { newPieces, type Lines } from './lines.js';

/** What a change that git shows as binary adds, read from its blobs. */
export type BlobChange =
  /** Text after all (an attribute, core.bigFileThreshold, UTF-16/32): its new lines. */
  | { kind: 'text'; added: Lines }
  /** A binary: its new printable runs, for standalone key formats only. */
  | { kind: 'binary'; added: Lines }
  | { kind: 'too-large' }
  | { kind: 'unreadable' };

/** Blobs are read in batches of about this many bytes, so that many large files never sit in memory at once. */
const BATCH_BYTES = 256 * 1024 * 1024;

/**
 * Read the staged and base blobs of changes that git shows as binary: one `cat-file --batch-check` for their sizes,
 * then `cat-file --batch` for those within the size limit. Costs nothing when no such change is staged.
 */
export function readBlobChanges(root: string, changes: readonly StagedChange[]): Map<StagedChange, BlobChange> {
  const result = new Map<StagedChange, BlobChange>();
  if (changes.length === 0) return result;
  const ids = [...new Set(changes.flatMap((c) => [c.blob, ...c.bases]))];
  const sizes = new Map(objectSizes(root, ids).map((size, i) => [ids[i]!, size]));
  let batch: StagedChange[] = [];
  let bytes = 0;
  const flush = () => {
    for (const [change, read] of readBatch(root, batch, sizes)) result.set(change, read);
    batch = [];
    bytes = 0;
  };
  for (const change of changes) {
    const size = sizes.get(change.blob);
    if (size === null || size === undefined) result.set(change, { kind: 'unreadable' });
    else if (size > MAX_FILE_BYTES) result.set(change, { kind: 'too-large' });
    else {
      if (bytes + size > BATCH_BYTES) flush();
      batch.push(change);
      bytes += size + change.bases.reduce((sum, id) => sum + Math.min(sizes.get(id) ?? 0, MAX_FILE_BYTES), 0);
    }
  }
  flush();
  return result;
}

function readBatch(
  root: string,
  changes: readonly StagedChange[],
  sizes: Map<string, number | null>,
): Map<StagedChange, BlobChange> {
  const out = new Map<StagedChange, BlobChange>();
  if (changes.length === 0) return out;
  const fits = (id: string) => (sizes.get(id) ?? Infinity) <= MAX_FILE_BYTES;
  const ids = [...new Set(changes.flatMap((c) => [c.blob, ...c.bases]))].filter(fits);
  const blobs = new Map(readObjects(root, ids).map((blob, i) => [ids[i]!, blob]));
  for (const change of changes) {
    const blob = blobs.get(change.blob);
    if (blob === null || blob === undefined) {
      out.set(change, { kind: 'unreadable' });
      continue;
    }
    const content = decodeContent(blob);
    const binary = content.kind === 'binary';
    const bases = change.bases.flatMap((id) => {
      const base = blobs.get(id);
      if (base === null || base === undefined) return [];
      const decoded = decodeContent(base);
      return [decoded.kind === 'text' && !binary ? decoded.text : base];
    });
    out.set(change, { kind: content.kind, added: newPieces(binary ? blob : content.text, bases, binary) });
  }
  return out;
}
