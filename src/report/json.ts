import type { Report } from './types.js';

/** One object, as DESIGN.md specifies: { "findings": [...] }. Secrets are already redacted. */
export function formatJson(report: Report): string {
  return `${JSON.stringify({ findings: report.findings }, null, 2)}\n`;
}
