import { messages } from '../messages.js';
import type { Report } from './types.js';

/**
 * One object, as DESIGN.md specifies: { "findings": [...], "skipped": [...] }. Secrets are already redacted. Each
 * skipped file says why (`reason`, and `note` in words) and whether it fails the scan (`blocks`).
 */
export function formatJson(report: Report): string {
  const skipped = report.skipped.map((s) => ({ ...s, note: messages.skipped.reason[s.reason] }));
  return `${JSON.stringify({ findings: report.findings, skipped }, null, 2)}\n`;
}
