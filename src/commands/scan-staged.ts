import { existsSync, realpathSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { posixRelative } from '../fs/posix-path.js';
import type { Baseline } from '../config/baseline-file.js';
import { fingerprintSalt } from '../config/salt.js';
import type { Config } from '../config/types.js';
import { applyBaseline } from '../detect/baseline-filter.js';
import { finalize, type RawFinding } from '../detect/findings.js';
import { allowFilter } from '../detect/path-filter.js';
import { createScanner } from '../detect/scanner.js';
import { KeyguardError } from '../errors.js';
import { readStagedChanges, type StagedChange } from '../git/staged.js';
import { findRepoRoot } from '../git/repo.js';
import { messages } from '../messages.js';
import { emptyReport, type Report } from '../report/types.js';
import { stagedSettings } from '../sources/staged-settings.js';
import { stagedSource } from '../sources/staged-source.js';
import { logLeakCheck } from './log-leak-check.js';

export interface StagedScanOptions {
  cwd: string;
  /** Limit the scan to these files or folders (as lint-staged passes them: absolute or relative to cwd). */
  files?: string[];
  /** Compute fingerprints (default true); the CLI's text report does not show them and skips the cost. */
  fingerprints?: boolean;
}

export interface StagedScan {
  root: string;
  config: Config;
  changes: StagedChange[];
  report: Report;
  /** The reported keys with their raw values, for --fix only: in memory, never printed or written but to .env. */
  raw: RawFinding[];
}

/** Scan what the index is about to commit: only added lines, as staged. */
export async function scanStaged(options: StagedScanOptions): Promise<StagedScan> {
  const root = findRepoRoot(options.cwd);
  if (root === null) throw new KeyguardError(messages.notARepository);
  let changes = readStagedChanges(root);
  const { config, baseline, notices } = stagedSettings(root, changes);
  if (options.files !== undefined) changes = selectPaths(root, options.cwd, changes, options.files);
  const { report, raw } = await scanChanges(root, config, baseline, changes, options.fingerprints !== false);
  report.notices.unshift(...notices);
  return { root, config, changes, report, raw };
}

/**
 * The changes at or below the named paths. A path that no staged change is at or below is fine when it exists (it has
 * nothing staged), an error when it does not: a typo must not pass as "nothing to check". Symbolic links in a path
 * are resolved, since git records the files they lead to by their own paths.
 */
function selectPaths(root: string, cwd: string, changes: StagedChange[], paths: string[]): StagedChange[] {
  const realRoot = realpathSync(root);
  const wanted = paths.map((path) => {
    const absolute = resolve(cwd, path);
    const real = existsSync(absolute) ? realpathSync(absolute) : absolute;
    const rel = posixRelative(existsSync(absolute) ? realRoot : root, real);
    if (rel === '..' || rel.startsWith('../') || isAbsolute(rel)) {
      throw new KeyguardError(messages.stagedPath.outside(path));
    }
    const under = (c: StagedChange) => rel === '' || c.path === rel || c.path.startsWith(`${rel}/`);
    if (!changes.some(under) && !existsSync(absolute)) throw new KeyguardError(messages.stagedPath.missing(path));
    return under;
  });
  return changes.filter((c) => wanted.some((under) => under(c)));
}

/** The staged changes → the report: keys in the added lines, staged secret files, the baseline applied. */
async function scanChanges(
  root: string,
  config: Config,
  baseline: Baseline | null,
  changes: readonly StagedChange[],
  fingerprints: boolean,
): Promise<{ report: Report; raw: RawFinding[] }> {
  const report = emptyReport('staged', config.blockLowConfidence, config.warnings === 'block');
  const { fragments, skipped } = await stagedSource(root, changes, config);
  report.skipped.push(...skipped);
  const scanner = await createScanner(config);
  const raw: RawFinding[] = [];
  const leaks = logLeakCheck();
  for (const fragment of fragments) {
    report.files++;
    report.bytes += fragment.bytes.length;
    raw.push(...(await scanner.scan(fragment)));
    if (fragment.standaloneOnly !== true) await leaks.check(fragment.file, fragment.bytes, fragment.lineOf);
  }
  const kept = await applyBaseline(raw, baseline, report);
  const salt = kept.length > 0 && fingerprints ? await fingerprintSalt(root, baseline) : null;
  const secretFindings = await finalize(kept, salt);
  const { findSecretFiles } = await import('../detect/secret-files.js');
  const isAllowed = await allowFilter(config);
  report.findings.push(...(await findSecretFiles(root, changes, config, isAllowed)), ...secretFindings);
  report.findings.push(...leaks.found);
  // The reported keys, still holding their values, for --fix (the baseline's accepted ones are not among them).
  return { report, raw: kept };
}
