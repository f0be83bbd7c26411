import { styleOf } from '../fs/text-style.js';

/** The header of the block keyguard appends to; later runs add to the same block. */
const BLOCK_HEADER = '# keyguard';

interface Line {
  text: string;
  /** Offset just past the line and its line break. */
  end: number;
  hasBreak: boolean;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /([^\n]*?)(\r?\n|$)/y;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) break;
    lines.push({ text: m[1]!, end: re.lastIndex, hasBreak: m[2]!.length > 0 });
  }
  return lines;
}

/** What git compares: trailing blanks (and a CR) do not count. */
const norm = (line: string) => line.replace(/[ \t\r]+$/, '');

export interface GitignorePatch {
  text: string;
  added: string[];
}

/**
 * `existing` (null: no file) with the missing `entries` appended under one `# keyguard` block, or null when nothing
 * is missing. Everything already there is kept byte for byte; new lines use the file's own line break (CRLF when it
 * uses CRLF); a last line without a line break gets one first.
 */
export function patchGitignore(existing: string | null, entries: readonly string[]): GitignorePatch | null {
  const text = existing ?? '';
  const lines = splitLines(text);
  const present = new Set(lines.map((l) => norm(l.text)));
  const added = [...new Set(entries)].filter((e) => !present.has(e));
  if (added.length === 0) return null;
  const { eol } = styleOf(text);
  const body = added.map((e) => `${e}${eol}`).join('');
  const header = lines.findIndex((l) => norm(l.text) === BLOCK_HEADER);
  if (header !== -1) {
    let last = header;
    while (last + 1 < lines.length && norm(lines[last + 1]!.text) !== '') last++;
    const at = lines[last]!;
    const head = text.slice(0, at.end) + (at.hasBreak ? '' : eol);
    return { text: head + body + text.slice(at.end), added };
  }
  let head = text;
  if (head.length > 0 && !head.endsWith('\n')) head += eol;
  if (head.length > 0 && !/(?:^|\n)\r?\n$/.test(head)) head += eol;
  return { text: `${head}${BLOCK_HEADER}${eol}${body}`, added };
}
