import type { Edit } from './spot-edit.js';
import type { Token } from '../lex/token.js';

/** The module's logical lines at the top level: the tokens of each, comments left out. */
function logicalLines(tokens: readonly Token[]): Token[][] {
  const lines: Token[][] = [[]];
  for (const t of tokens) {
    if (t.nested || t.kind === 'comment') continue;
    if (t.kind === 'newline') lines.push([]);
    else lines[lines.length - 1]!.push(t);
  }
  return lines.filter((l) => l.length > 0);
}

const atColumnZero = (text: string, t: Token) =>
  t.start === 0 || text[t.start - 1] === '\n' || text[t.start - 1] === '\r';

/** `import os`, `import os.path`, `import sys, os` at the top level bind `os`; `import os as o` does not. */
function bindsOs(text: string, line: Token[]): boolean {
  const words = line.map((t) => text.slice(t.start, t.end));
  if (words[0] !== 'import' || !atColumnZero(text, line[0]!)) return false;
  const names = words.slice(1).join(' ').split(',');
  return names.some((n) => /^\s*os(?:\s*\.\s*\w+)*\s*$/.test(n));
}

/**
 * `import os` for a module that reads os.environ, unless it has it: inserted before the first statement that is
 * neither the docstring nor a `from __future__` import (they must come first), in the file's own line ending.
 */
export function importOsEdit(text: string, tokens: readonly Token[]): Edit | null {
  const lines = logicalLines(tokens);
  if (lines.some((l) => bindsOs(text, l))) return null;
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const words = (l: Token[]) => l.map((t) => text.slice(t.start, t.end));
  let i = 0;
  if (lines[0]?.length === 1 && lines[0][0]!.kind === 'string') i++;
  while (i < lines.length && words(lines[i]!).slice(0, 2).join(' ') === 'from __future__') i++;
  const first = lines[i];
  if (first !== undefined) return { start: first[0]!.start, end: first[0]!.start, text: `import os${eol}` };
  // Nothing but a docstring or __future__ imports: add after the end of the text.
  const needsBreak = text.length > 0 && !text.endsWith('\n');
  return { start: text.length, end: text.length, text: `${needsBreak ? eol : ''}import os${eol}` };
}
