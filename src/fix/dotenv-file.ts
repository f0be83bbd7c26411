import { appendLine } from '../fs/text-style.js';

/** NAME=value lines of a .env file (`export NAME=…` too); a quoted value is read without its quotes. */
export function readDotenv(text: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (m === null) continue;
    const raw = m[2]!;
    const quoted = /^(["'`])(.*)\1$/.exec(raw);
    entries.set(m[1]!, quoted ? quoted[2]! : raw.replace(/\s+#.*$/, ''));
  }
  return entries;
}

/**
 * A value as dotenv, Node's --env-file and python-dotenv all read it back unchanged: bare when it holds only
 * characters none of them treat specially, in double quotes when it has spaces or `#`; null when it holds quotes,
 * backslashes, `$` or line breaks, which the three read differently.
 */
export function formatValue(value: string): string | null {
  if (/^[\w./+=:@,~%?&-]+$/.test(value)) return value;
  if (/["'`\\$\r\n]/.test(value)) return null;
  return `"${value}"`;
}

/** The .env text with `NAME=value` appended for each addition, in the file's own line ending. */
export function appendEntries(existing: string | null, lines: readonly string[]): string {
  return lines.reduce((text, line) => appendLine(text, line), existing ?? '');
}

/** `NAME=` lines for .env.example: the names it does not define yet. */
export function missingNames(existing: string | null, names: readonly string[]): string[] {
  const defined = readDotenv(existing ?? '');
  return [...new Set(names)].filter((n) => !defined.has(n));
}
