import { readBaseline } from '../config/baseline-file.js';
import { loadConfig } from '../config/load.js';
import { fingerprintSalt } from '../config/salt.js';
import { applyBaseline } from '../detect/baseline-filter.js';
import { finalize, type RawFinding } from '../detect/findings.js';
import { fingerprinter } from '../detect/fingerprint.js';
import { createScanner } from '../detect/scanner.js';
import { KeyguardError } from '../errors.js';
import { readObjects } from '../git/blobs.js';
import { GitError } from '../git/exec-git.js';
import { streamCommits } from '../git/log-stream.js';
import { countCommits, headCommit, reachableFromRemotes, remoteBranchOf } from '../git/remote-refs.js';
import { findRepoRoot } from '../git/repo.js';
import { messages } from '../messages.js';
import { emptyReport, type Report, type SecretFinding, type SkippedFile } from '../report/types.js';
import { historySource, type CommitFragments } from '../sources/history-source.js';

export interface HistoryScanOptions {
  cwd: string;
  /** `git rev-list` arguments (`origin/main..HEAD`); none: every ref. */
  revs: readonly string[];
  since?: string;
  /** pre-push: the report says the push is refused. */
  mode?: 'history' | 'pre-push';
  /** Called now and then with the commits read so far and the total (null when not counted). */
  progress?: (done: number, total: number | null) => void;
}

/** A key met in the history: where it was first seen (the oldest commit holding it). */
interface Sighting {
  raw: RawFinding;
  commit: CommitFragments['commit'];
}

/**
 * `keyguard scan --history`: every commit's added lines, read from one git log stream, through the same scanner,
 * allowlist and baseline as the hook. Each key is reported once, at the commit that brought it in, with whether
 * that commit was pushed and whether HEAD still holds the key. Memory holds one commit's patch and the keys found.
 */
export async function scanHistory(options: HistoryScanOptions): Promise<Report> {
  const root = findRepoRoot(options.cwd);
  if (root === null) throw new KeyguardError(messages.notARepository);
  const config = loadConfig(root);
  const baseline = readBaseline(root);
  const report = emptyReport(options.mode ?? 'history', config.blockLowConfidence, config.warnings === 'block');
  report.commits = 0;
  const salt = await fingerprintSalt(root, baseline);
  const fingerprint = await fingerprinter(salt);
  const scanner = await createScanner(config);
  const total = options.progress === undefined ? null : countCommits(root, options.revs, options.since);
  const keys = new Map<string, Sighting>();
  const skipped = new Map<string, SkippedFile>();
  const stream = streamCommits(root, options.revs, options.since);
  for await (const { commit, fragments, skipped: notRead } of userFacing(historySource(root, stream, config))) {
    report.commits++;
    for (const s of notRead) skipped.set(`${s.reason}\0${s.file}`, s);
    for (const fragment of fragments) {
      report.files++;
      report.bytes += fragment.bytes.length;
      for (const raw of await scanner.scan(fragment)) {
        const key = fingerprint(raw.rule, raw.raw);
        const seen = keys.get(key);
        // git log lists newer commits first: a later sighting at the same time or earlier is the older one
        if (seen === undefined || commit.time <= seen.commit.time) keys.set(key, { raw, commit });
      }
    }
    if (options.progress !== undefined && report.commits % 100 === 0) options.progress(report.commits, total);
  }
  options.progress?.(report.commits, total);
  report.skipped.push(...skipped.values());
  const sightings = [...keys.values()];
  const kept = new Set(
    await applyBaseline(
      sightings.map((s) => s.raw),
      baseline,
      report,
    ),
  );
  const found = sightings.filter((s) => kept.has(s.raw));
  report.findings.push(...(await located(root, found, salt)));
  return report;
}

/** The findings with their commit, whether it was pushed (and where), and whether HEAD still holds the key. */
async function located(root: string, found: Sighting[], salt: Buffer): Promise<SecretFinding[]> {
  if (found.length === 0) return [];
  found.sort(
    (a, b) => a.commit.time - b.commit.time || a.raw.file.localeCompare(b.raw.file) || a.raw.line - b.raw.line,
  );
  const commits = new Set(found.map((s) => s.commit.commit));
  const pushed = reachableFromRemotes(root, commits);
  const branches = remoteBranchOf(root, [...pushed]);
  const head = headCommit(root);
  const files =
    head === null
      ? []
      : readObjects(
          root,
          found.map((s) => `${head}:${s.raw.file}`),
        );
  const present = found.map((s, i) => files[i]?.toString('latin1').includes(Buffer.from(s.raw.raw).toString('latin1')));
  const findings = await finalize(
    found.map((s) => s.raw),
    salt,
  );
  return findings.map((f, i) => {
    const { commit } = found[i]!;
    const remote = branches.get(commit.commit);
    return {
      ...f,
      commit: commit.commit,
      author: commit.author,
      date: commit.date,
      pushed: pushed.has(commit.commit),
      ...(remote === undefined ? {} : { remoteBranch: remote }),
      present: present[i] === true,
      rootCommit: commit.root,
    };
  });
}

/** git's refusal of a revision is the user's to fix: said in one line, as git says it. */
async function* userFacing<T>(items: AsyncIterable<T>): AsyncGenerator<T> {
  try {
    yield* items;
  } catch (error) {
    if (error instanceof GitError) throw new KeyguardError(error.message);
    throw error;
  }
}
