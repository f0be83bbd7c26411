import { resolve } from 'node:path';
import { posixRelative } from '../fs/posix-path.js';
import { loadConfig } from '../config/load.js';
import type { Config } from '../config/types.js';
import { applyBaseline } from '../detect/baseline-filter.js';
import { finalize, type RawFinding } from '../detect/findings.js';
import { createScanner } from '../detect/scanner.js';
import { KeyguardError } from '../errors.js';
import { hasContent, readStagedChanges, type StagedChange } from '../git/staged.js';
import { findRepoRoot } from '../git/repo.js';
import { messages } from '../messages.js';
import type { Report } from '../report/types.js';
import { neverScanned } from '../sources/never-scan.js';
import { allowFilter } from '../detect/path-filter.js';

export interface StagedScanOptions {
  cwd: string;
  /** Limit the scan to these files (as lint-staged passes them: absolute or relative to cwd). */
  files?: string[];
}

export interface StagedScan {
  root: string;
  config: Config;
  changes: StagedChange[];
  report: Report;
}

function toRepoPath(root: string, cwd: string, file: string): string {
  return posixRelative(root, resolve(cwd, file));
}

/** Scan what the index is about to commit: only added lines, as staged. */
export async function scanStaged(options: StagedScanOptions): Promise<StagedScan> {
  const root = findRepoRoot(options.cwd);
  if (root === null) throw new KeyguardError(messages.notARepository);
  const config = loadConfig(root);
  let changes = readStagedChanges(root);
  if (options.files !== undefined) {
    const wanted = new Set(options.files.map((f) => toRepoPath(root, options.cwd, f)));
    changes = changes.filter((c) => wanted.has(c.path));
  }
  return { root, config, changes, report: await scanChanges(root, config, changes) };
}

/** The staged changes → the report: keys in the added lines, staged secret files, the baseline applied. */
async function scanChanges(root: string, config: Config, changes: readonly StagedChange[]): Promise<Report> {
  const isAllowed = await allowFilter(config);
  const report: Report = {
    mode: 'staged',
    findings: [],
    files: 0,
    bytes: 0,
    skipped: [],
    baselined: 0,
    blockLowConfidence: config.blockLowConfidence,
  };
  const scanner = await createScanner(config);
  const raw: RawFinding[] = [];
  for (const change of changes) {
    if (!hasContent(change)) continue;
    if (change.binary) {
      report.skipped.push({ file: change.path, reason: 'binary' });
      continue;
    }
    if (change.added.lines.length === 0 || neverScanned(change.path) || isAllowed(change.path)) continue;
    const { bytes, lines } = change.added;
    report.files++;
    report.bytes += bytes.length;
    raw.push(...(await scanner.scan({ file: change.path, bytes, lineOf: (i) => lines[i] ?? 0 })));
  }
  const { findSecretFiles } = await import('../detect/secret-files.js');
  const secretFindings = applyBaseline(root, await finalize(raw), report);
  report.findings.push(...(await findSecretFiles(root, changes, config, isAllowed)), ...secretFindings);
  return report;
}
