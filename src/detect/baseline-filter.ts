import type { Baseline } from '../config/baseline-file.js';
import { baselineMessages } from '../messages.js';
import type { Report } from '../report/types.js';
import type { RawFinding } from './findings.js';
import { fingerprinter, legacyFingerprinter } from './fingerprint.js';

/**
 * Drop the findings the baseline accepts (same fingerprint) and count them in `report.baselined`. A baseline of
 * version 1 (unkeyed fingerprints) still works, and every scan says to regenerate it.
 */
export async function applyBaseline(
  raw: RawFinding[],
  baseline: Baseline | null,
  report: Pick<Report, 'baselined' | 'notices'>,
): Promise<RawFinding[]> {
  if (baseline === null) return raw;
  if (baseline.version === 1) report.notices.push(baselineMessages.outdated);
  if (baseline.entries.length === 0 || raw.length === 0) return raw;
  const fingerprint =
    baseline.salt === null ? await legacyFingerprinter() : await fingerprinter(Buffer.from(baseline.salt, 'hex'));
  const accepted = new Set(baseline.entries.map((e) => e.fingerprint));
  const kept = raw.filter((f) => !accepted.has(fingerprint(f.rule, f.raw)));
  report.baselined += raw.length - kept.length;
  return kept;
}
