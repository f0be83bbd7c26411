import type { Format, Report } from './types.js';

/** One output format: a report in, the text to print out. Secrets in a report are already redacted. */
export type Formatter = (report: Report) => string;

/** What the text format needs to know besides the report. */
export interface FormatOptions {
  /** Colour, decided by the caller (a terminal, NO_COLOR, FORCE_COLOR). */
  color: boolean;
  /** keyguard as the user types it (`npx keyguard` for a local install), for the commands the report prints. */
  kg?: string;
}

/** The formatter for `--format F`; each format's module is loaded only when it is asked for. */
export async function formatterFor(as: Format, options: FormatOptions): Promise<Formatter> {
  if (as === 'json') return (await import('./json.js')).formatJson;
  if (as === 'sarif') return (await import('./sarif.js')).formatSarif;
  const { formatText } = await import('./text.js');
  return (report) => formatText(report, options);
}
