import { readBaseline } from '../config/baseline-file.js';
import { loadConfig } from '../config/load.js';
import { fingerprintSalt } from '../config/salt.js';
import { DEFAULT_CONFIG, type Config } from '../config/types.js';
import { applyBaseline } from '../detect/baseline-filter.js';
import { finalize, type RawFinding } from '../detect/findings.js';
import { createScanner } from '../detect/scanner.js';
import { findRepoRoot } from '../git/repo.js';
import { emptyReport, type Report } from '../report/types.js';
import { listFiles } from '../sources/list-files.js';
import { pathFragments } from '../sources/path-source.js';
import { logLeakCheck } from './log-leak-check.js';
import { pathSecretFiles } from './path-secret-files.js';

export interface PathScanOptions {
  cwd: string;
  paths: string[];
  /** Compute fingerprints (default true); the CLI's text report does not show them and skips the cost. */
  fingerprints?: boolean;
}

/** Scan whole files and folders, one file in memory at a time. */
export async function scanPaths(options: PathScanOptions): Promise<{ config: Config; report: Report }> {
  const root = findRepoRoot(options.cwd);
  const config = root === null ? { ...DEFAULT_CONFIG } : loadConfig(root);
  const listing = listFiles(options.paths.length > 0 ? options.paths : ['.'], options.cwd);
  const report = emptyReport('paths', config.blockLowConfidence, config.warnings === 'block');
  for (const dir of listing.unreadable) report.skipped.push({ file: dir, reason: 'unreadable', blocks: true });
  for (const link of listing.symlinks) report.skipped.push({ file: link, reason: 'symlink', blocks: false });
  const scanner = await createScanner(config);
  const raw: RawFinding[] = [];
  const leaks = logLeakCheck();
  const secretFiles = await pathSecretFiles(root, config);
  for await (const fragment of pathFragments(listing.files, config, report.skipped, secretFiles.judge)) {
    if (fragment.standaloneOnly !== true) {
      report.files++;
      await leaks.check(fragment.file, fragment.bytes, fragment.lineOf);
    }
    report.bytes += fragment.bytes.length;
    raw.push(...(await scanner.scan(fragment)));
  }
  const baseline = readBaseline(root ?? options.cwd);
  const kept = await applyBaseline(raw, baseline, report);
  const salt = kept.length > 0 && options.fingerprints !== false ? await fingerprintSalt(root, baseline) : null;
  report.findings.push(...secretFiles.findings(), ...(await finalize(kept, salt)), ...leaks.found);
  return { config, report };
}
