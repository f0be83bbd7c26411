import type { Config } from '../config/types.js';
import { allowFilter, globFilter } from '../detect/path-filter.js';
import type { Fragment } from '../detect/scanner.js';
import type { LogCommit } from '../git/log-stream.js';
import { hasContent, type StagedChange } from '../git/staged.js';
import type { SkippedFile } from '../report/types.js';
import { readBlobChanges, type BlobChange } from './staged-blobs.js';
import { changeFragment } from './staged-source.js';

/** One commit's fragments, as the staged scan would have made them when it was committed. */
export interface CommitFragments {
  commit: Omit<LogCommit, 'changes'>;
  fragments: Fragment[];
  skipped: SkippedFile[];
}

/** Changes git shows as binary wait for their blobs in batches of this many: a few `cat-file` calls in all. */
const BLOB_BATCH = 200;
const NO_BLOBS = new Map<StagedChange, BlobChange>();

/**
 * The history → what the detector reads, commit by commit: each commit's added lines through the same steps as a
 * staged change (allowlisted paths left out, lockfiles read for URL lines only, binaries' new printable runs). A
 * commit with binary changes is held back until a batch of them is read at once, so commits may come out of order.
 */
export async function* historySource(
  root: string,
  commits: AsyncIterable<LogCommit>,
  config: Config,
): AsyncGenerator<CommitFragments> {
  const isAllowed = await allowFilter(config);
  const largeAllowed = await globFilter(config.allowLargeFiles);
  const read = (commit: LogCommit, candidates: StagedChange[], blobs: Map<StagedChange, BlobChange>) => {
    const skipped: SkippedFile[] = [];
    const fragments = candidates.flatMap((change) => {
      const fragment = changeFragment(root, change, blobs.get(change), largeAllowed, skipped);
      return fragment === null ? [] : [fragment];
    });
    const { changes: _, ...info } = commit;
    return { commit: info, fragments, skipped };
  };
  let waiting: { commit: LogCommit; candidates: StagedChange[] }[] = [];
  let binaries = 0;
  const flush = function* (): Generator<CommitFragments> {
    const blobs = readBlobChanges(
      root,
      waiting.flatMap((w) => w.candidates.filter((c) => c.binary)),
    );
    for (const { commit, candidates } of waiting) yield read(commit, candidates, blobs);
    waiting = [];
    binaries = 0;
  };
  for await (const commit of commits) {
    const candidates = commit.changes.filter((c) => hasContent(c) && !isAllowed(c.path));
    const binary = candidates.filter((c) => c.binary).length;
    if (binary === 0) {
      yield read(commit, candidates, NO_BLOBS);
      continue;
    }
    waiting.push({ commit, candidates });
    binaries += binary;
    if (binaries >= BLOB_BATCH) yield* flush();
  }
  if (waiting.length > 0) yield* flush();
}
