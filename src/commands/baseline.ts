import { KeyguardError } from '../errors.js';
import { findRepoRoot } from '../git/repo.js';
import { baselineMessages } from '../messages.js';
import type { SecretFinding } from '../report/types.js';
import { scanPaths } from './scan-paths.js';
import { BASELINE_FILE, readBaseline, writeBaseline, type BaselineEntry } from '../config/baseline-file.js';

export interface BaselineUpdate {
  file: string;
  /** Entries in the file after the update. */
  total: number;
  /** Entries this run added. */
  added: number;
}

const toEntry = (f: SecretFinding): BaselineEntry => ({
  fingerprint: f.fingerprint,
  rule: f.rule,
  file: f.file,
  secret: f.secret,
});

/**
 * `keyguard baseline`: accept every secret found in the repository's files (like `keyguard scan` at its root),
 * keeping the entries already accepted. Findings that are already accepted are skipped by the scan itself.
 */
export async function updateBaseline(cwd: string): Promise<BaselineUpdate> {
  const root = findRepoRoot(cwd);
  if (root === null) throw new KeyguardError(baselineMessages.notARepository);
  const existing = readBaseline(root);
  const { report } = await scanPaths({ cwd: root, paths: ['.'] });
  const found = report.findings.filter((f): f is SecretFinding => f.kind === 'secret').map(toEntry);
  const known = new Set(existing.map((e) => e.fingerprint));
  const added = new Set(found.map((e) => e.fingerprint).filter((fp) => !known.has(fp))).size;
  writeBaseline(root, [...existing, ...found]);
  return { file: BASELINE_FILE, total: known.size + added, added };
}
