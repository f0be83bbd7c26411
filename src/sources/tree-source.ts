import { join } from 'node:path';
import type { Config } from '../config/types.js';
import { allowFilter, globFilter } from '../detect/path-filter.js';
import type { Fragment } from '../detect/scanner.js';
import { objectSizes, readObjects } from '../git/blobs.js';
import type { TreeFile } from '../git/tree.js';
import type { SkippedFile } from '../report/types.js';
import { MAX_FILE_BYTES } from './limits.js';
import { scanScope } from './never-scan.js';
import { contentFragment } from './path-source.js';

/** Blobs are read in batches of about this many bytes. */
const BATCH_BYTES = 128 * 1024 * 1024;

/**
 * A commit's files (listTree) → what the detector reads, whole files as path mode reads them, straight from git's
 * object store: committed content, whatever the working tree or the index hold now.
 */
export async function* treeFragments(
  root: string,
  files: readonly TreeFile[],
  config: Config,
  skipped: SkippedFile[],
): AsyncGenerator<Fragment> {
  const isAllowed = await allowFilter(config);
  const largeAllowed = await globFilter(config.allowLargeFiles);
  const wanted = files.filter((f) => !isAllowed(f.path) && scanScope(f.path, join(root, f.path)) !== 'none');
  const sizes = objectSizes(
    root,
    wanted.map((f) => f.blob),
  );
  let batch: TreeFile[] = [];
  let bytes = 0;
  for (let i = 0; i <= wanted.length; i++) {
    const file = wanted[i];
    const size = sizes[i] ?? 0;
    if (file !== undefined && size > MAX_FILE_BYTES) {
      skipped.push({ file: file.path, reason: 'too-large', blocks: !largeAllowed(file.path) });
      continue;
    }
    if (file === undefined || bytes + size > BATCH_BYTES) {
      const blobs = readObjects(
        root,
        batch.map((f) => f.blob),
      );
      for (const [j, f] of batch.entries()) {
        const blob = blobs[j];
        if (blob === null || blob === undefined) skipped.push({ file: f.path, reason: 'unreadable', blocks: true });
        else yield contentFragment(f.path, scanScope(f.path, join(root, f.path)), blob, skipped);
      }
      batch = [];
      bytes = 0;
    }
    if (file !== undefined) {
      batch.push(file);
      bytes += size;
    }
  }
}
