import { BASELINE_FILE, readBaseline, writeBaseline, type BaselineEntry } from '../config/baseline-file.js';
import { loadConfig } from '../config/load.js';
import { localSalt } from '../config/salt.js';
import { finalize, type RawFinding } from '../detect/findings.js';
import { createScanner } from '../detect/scanner.js';
import { EXIT, KeyguardError, UsageError } from '../errors.js';
import { findRepoRoot } from '../git/repo.js';
import { listTree } from '../git/tree.js';
import type { IO } from '../io.js';
import { baselineMessages } from '../messages.js';
import type { SecretFinding, SkippedFile } from '../report/types.js';
import { treeFragments } from '../sources/tree-source.js';

export interface BaselineOptions {
  cwd: string;
  /** Rule ids or fingerprints of standalone keys to accept anyway. */
  force: string[];
}

/** A finding of the committed content, as the baseline judges it. */
export interface Candidate extends SecretFinding {
  standalone: boolean;
}

export interface BaselineUpdate {
  file: string;
  /** Null when nothing is committed yet. */
  scannedFiles: number | null;
  /** Findings this run accepted. */
  accepted: Candidate[];
  /** Standalone keys (a provider's token format, a private key) it would not accept without --force. */
  refused: Candidate[];
  /** Entries in the file after the update. */
  total: number;
  /** Entries of a version-1 baseline that could not be carried over (their secrets are not known). */
  dropped: number;
  skipped: SkippedFile[];
}

const toEntry = (f: SecretFinding): BaselineEntry => ({
  fingerprint: f.fingerprint,
  rule: f.rule,
  file: f.file,
  secret: f.secret,
});

/**
 * `keyguard baseline`: accept the findings of the committed content (HEAD's tree, read from git: not what is staged
 * or only in the working tree), keeping the entries already accepted. A standalone key of high confidence is refused
 * unless `--force` names its rule or fingerprint: a live key accepted here would pass every clone's hook. A version-1
 * baseline (unkeyed fingerprints) is replaced.
 */
export async function updateBaseline(options: BaselineOptions): Promise<BaselineUpdate> {
  const root = findRepoRoot(options.cwd);
  if (root === null) throw new KeyguardError(baselineMessages.notARepository);
  const existing = readBaseline(root);
  const salt = existing?.salt ?? (await localSalt(root));
  const { findings, scannedFiles, skipped } = await committedFindings(root, salt);
  const keep = existing?.version === 2 ? existing.entries : [];
  const known = new Set(keep.map((e) => e.fingerprint));
  const fresh = unique(findings.filter((f) => !known.has(f.fingerprint)));
  const named = (f: Candidate) => options.force.includes(f.rule) || options.force.includes(f.fingerprint);
  for (const value of options.force) {
    if (!findings.some((f) => f.rule === value || f.fingerprint === value)) {
      throw new UsageError(baselineMessages.forceUnknown(value));
    }
  }
  const refused = fresh.filter((f) => f.standalone && f.confidence === 'high' && !named(f));
  const accepted = fresh.filter((f) => !refused.includes(f));
  writeBaseline(root, salt, [...keep, ...accepted.map(toEntry)]);
  const dropped = existing?.version === 1 ? existing.entries.length : 0;
  return {
    file: BASELINE_FILE,
    scannedFiles,
    accepted,
    refused,
    total: keep.length + accepted.length,
    dropped,
    skipped,
  };
}

/** Every secret in HEAD's files, fingerprinted with the salt the baseline will hold. */
async function committedFindings(root: string, salt: string) {
  const tree = listTree(root, 'HEAD');
  const skipped: SkippedFile[] = [];
  if (tree === null) return { findings: [] as Candidate[], scannedFiles: null, skipped };
  const config = loadConfig(root);
  const scanner = await createScanner(config, { standalone: true });
  const raw: RawFinding[] = [];
  let scannedFiles = 0;
  for await (const fragment of treeFragments(root, tree, config, skipped)) {
    scannedFiles++;
    raw.push(...(await scanner.scan(fragment)));
  }
  const final = await finalize(raw, Buffer.from(salt, 'hex'));
  const findings = final.map((f, i) => ({ ...f, standalone: raw[i]!.standalone === true }));
  return { findings, scannedFiles, skipped };
}

function unique(findings: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return findings.filter((f) => !seen.has(f.fingerprint) && seen.add(f.fingerprint));
}

/** The command: run the update, list what it accepted and refused, and say what the baseline does not cover. */
export async function baselineCommand(options: BaselineOptions, io: IO): Promise<number> {
  const update = await updateBaseline(options);
  const say = baselineMessages;
  const lines = [say.scanned(update.scannedFiles)];
  for (const f of update.accepted) lines.push(say.row('accepted', f));
  for (const f of update.refused) lines.push(say.row('refused', f));
  for (const s of update.skipped.filter((s) => s.reason !== 'binary')) lines.push(say.notScanned(s.file, s.reason));
  lines.push(say.written(update.file, update.total, update.accepted.length));
  if (update.dropped > 0) lines.push(say.replacedLegacy(update.dropped));
  if (update.refused.length > 0) lines.push(say.refused(update.refused));
  lines.push(say.committedOnly, say.noFiles);
  io.stdout(`${lines.join('\n')}\n`);
  return update.refused.length > 0 ? EXIT.FINDINGS : EXIT.CLEAN;
}
