import type { Report, SecretFinding } from '../report/types.js';
import { readBaseline } from '../config/baseline-file.js';

/**
 * Drop the findings the baseline accepts (same fingerprint) and count them in `report.baselined`.
 * The file is read on every scan, so a broken baseline fails the scan (exit 2) instead of being ignored.
 */
export function applyBaseline(
  root: string,
  findings: SecretFinding[],
  report: Pick<Report, 'baselined'>,
): SecretFinding[] {
  const entries = readBaseline(root);
  if (entries.length === 0 || findings.length === 0) return findings;
  const accepted = new Set(entries.map((e) => e.fingerprint));
  const kept = findings.filter((f) => !accepted.has(f.fingerprint));
  report.baselined += findings.length - kept.length;
  return kept;
}
