import { spawn } from 'node:child_process';
import { GitError } from './exec-git.js';
import { COMMIT_MARK, gitEnv, historyLogArgs } from './invocation.js';
import { parseStagedDiff, type StagedChange } from './staged.js';

/** One commit of the history stream, its changes read as a staged diff is. */
export interface LogCommit {
  /** Full object id. */
  commit: string;
  /** Committer time, seconds since the epoch: orders commits when the same key is met twice. */
  time: number;
  /** Author date, ISO 8601. */
  date: string;
  author: string;
  /** The commit has no parent (the first of a history): rewriting it takes `git rebase -i --root`. */
  root: boolean;
  changes: StagedChange[];
}

/**
 * Read one commit's part of the stream (its mark already cut off). historyLogArgs prints, per commit:
 *
 *   \0\0kg 6422453…a9d 1796221821 2026-12-02T14:30:21+00:00 767afc1…b2e\x01A B\0\n
 *   :100644 100644 422c2b7… 95f3767… R066\0sp ace.txt\0moved.txt\0\0
 *   diff --git a/sp ace.txt b/moved.txt
 *   …
 *   @@ -1,0 +2 @@ a
 *   +c
 *
 * A commit without changes (empty) ends at its header's NUL. After the header, the text is what parseStagedDiff reads.
 */
function parseCommit(part: Buffer): LogCommit | null {
  const end = part.indexOf(0);
  const header = part.toString('utf8', 0, end === -1 ? part.length : end);
  const cut = header.indexOf('\x01');
  const [commit, time, date, ...parents] = header.slice(0, cut === -1 ? header.length : cut).split(' ');
  const author = cut === -1 ? '' : header.slice(cut + 1);
  if (commit === undefined || !/^[0-9a-f]{40,64}$/.test(commit)) return null;
  let body = end === -1 ? part.length : end + 1;
  if (part[body] === 0x0a) body++;
  const changes = body < part.length ? parseStagedDiff(part.subarray(body)) : [];
  return { commit, time: Number(time), date: date ?? '', author, root: parents.every((p) => p === ''), changes };
}

const MARK = Buffer.from(COMMIT_MARK, 'latin1');

/**
 * Every commit that `git log REVS` lists, with its added lines, from one git process, newest first. Streamed: one
 * commit's patch at a time is held in memory (git waits while the caller scans). Throws GitError when git fails
 * (an unknown revision), with its last line of stderr.
 */
export async function* streamCommits(
  root: string,
  revs: readonly string[],
  since: string | undefined,
): AsyncGenerator<LogCommit> {
  const args = historyLogArgs(revs, since);
  const child = spawn('git', args, { cwd: root, env: gitEnv(), stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
  const stderr: Buffer[] = [];
  child.stderr.on('data', (chunk: Buffer) => {
    if (stderr.length < 64) stderr.push(chunk);
  });
  const exited = new Promise<{ code: number | null; error?: string }>((resolve) => {
    child.on('error', (error: NodeJS.ErrnoException) => resolve({ code: null, error: error.code ?? error.message }));
    child.on('close', (code) => resolve({ code }));
  });
  // The bytes since the last complete commit, as chunks; joined only when a new mark has arrived, so that a large
  // commit is copied once, not once per chunk.
  let parts: Buffer[] = [];
  let tail = Buffer.alloc(0);
  let finished = false;
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      const seam = tail.length === 0 ? chunk : Buffer.concat([tail, chunk.subarray(0, MARK.length)]);
      const marked = chunk.includes(MARK) || (tail.length > 0 && seam.includes(MARK));
      parts.push(chunk);
      tail = Buffer.from(chunk.subarray(Math.max(0, chunk.length - MARK.length + 1)));
      if (!marked) continue;
      const pending = Buffer.concat(parts);
      let start = pending.indexOf(MARK);
      for (let next = pending.indexOf(MARK, start + 1); next !== -1; next = pending.indexOf(MARK, start + 1)) {
        const parsed = parseCommit(pending.subarray(start + MARK.length, next));
        if (parsed !== null) yield parsed;
        start = next;
      }
      parts = [pending.subarray(start)];
    }
    const { code, error } = await exited;
    if (error !== undefined) {
      const reason = error === 'ENOENT' ? 'git is not installed or not on PATH' : `cannot run git (${error})`;
      throw new GitError(['log'], reason, null);
    }
    if (code !== 0) throw new GitError(['log'], Buffer.concat(stderr).toString('utf8'), code);
    const rest = Buffer.concat(parts);
    const start = rest.indexOf(MARK);
    if (start !== -1) {
      const parsed = parseCommit(rest.subarray(start + MARK.length));
      if (parsed !== null) yield parsed;
    }
    finished = true;
  } finally {
    if (!finished && child.exitCode === null) child.kill();
  }
}
