import type { Refusal, Spot } from './key-spots.js';
import { lookup, type Language } from './source-language.js';
import type { Chunk } from '../lex/token.js';

/** Replace [start, end) of the text with `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * The edit that puts the lookup of `name` where the key was: the whole literal becomes the lookup; a key inside a
 * larger literal is spliced into a template literal (JS) or an f-string (Python) that keeps the rest of the text.
 */
export function spotEdit(source: string, spot: Spot, names: readonly string[], language: Language): Edit | Refusal {
  const { token } = spot;
  if (spot.whole) {
    const code = lookup(language, names[0]!);
    const text = spot.jsx ? `{${code}}` : padded(source, token.start, token.end, code);
    return { start: token.start, end: token.end, text };
  }
  if (language === 'python') return pythonEdit(source, spot, names);
  const fields = names.map((name) => `\${${lookup(language, name)}}`);
  if (token.kind === 'template') return { start: token.start, end: token.end, text: splice(source, spot, fields) };
  const body = token.body!;
  if (spot.jsx && /[\\&]/.test(source.slice(body.start, body.end))) return 'escapes';
  const template = '`' + rewriteBody(source, body, spot.ranges, fields, escapeForTemplate) + '`';
  return { start: token.start, end: token.end, text: spot.jsx ? `{${template}}` : template };
}

function pythonEdit(source: string, spot: Spot, names: readonly string[]): Edit {
  const { token } = spot;
  const inner = token.quote!.startsWith('"') ? "'" : '"';
  const fields = names.map((name) => `{${lookup('python', name, inner)}}`);
  if (token.chunks !== undefined) return { start: token.start, end: token.end, text: splice(source, spot, fields) };
  // A plain literal becomes an f-string: `u` cannot combine with `f`, `r` can; braces of the text are doubled.
  const prefix = source.slice(token.start, token.start + token.prefix!.length).replace(/[uU]/, '') + 'f';
  const body = rewriteBody(source, token.body!, spot.ranges, fields, (s) => s.replace(/[{}]/g, '$&$&'));
  return { start: token.start, end: token.end, text: `${prefix}${token.quote}${body}${token.quote}` };
}

/** The token's text with each range replaced by its field (the rest is already valid there). */
function splice(source: string, spot: Spot, fields: readonly string[]): string {
  return rewriteBody(source, spot.token, spot.ranges, fields, (s) => s);
}

/** The body with each range replaced by its field and everything else passed through `escape`. */
function rewriteBody(source: string, body: Chunk, ranges: readonly Chunk[], fields: readonly string[], escape: Esc) {
  let out = '';
  let at = body.start;
  ranges.forEach((r, i) => {
    out += escape(source.slice(at, r.start)) + fields[i]!;
    at = r.end;
  });
  return out + escape(source.slice(at, body.end));
}

type Esc = (text: string) => string;

/** Text of a quoted JS string as template text: escapes stay as they are; a backtick and `${` are escaped. */
function escapeForTemplate(text: string): string {
  return text.replace(/\\[\s\S]|`|\$(?=\{)/g, (m) => (m.length === 2 ? m : `\\${m}`));
}

/** A space where the lookup would otherwise run into a neighbouring word (`return"…"`, `"…"in x`). */
function padded(source: string, start: number, end: number, code: string): string {
  const word = /[\w$\u0080-\uffff]/;
  const before = start > 0 && word.test(source[start - 1]!) ? ' ' : '';
  const after = end < source.length && word.test(source[end]!) && word.test(code[code.length - 1]!) ? ' ' : '';
  return `${before}${code}${after}`;
}
