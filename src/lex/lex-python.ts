import type { Chunk, Token } from './token.js';

/**
 * A small Python lexer: strings with their prefixes (raw, bytes, f-strings with the tokens of their replacement
 * fields, triple quotes), comments, names, numbers, operators, and a `newline` token wherever a logical line ends
 * (not inside brackets, not after a backslash continuation). Enough to find a string literal, its neighbours and the
 * module's imports.
 */
export function lexPython(text: string): Token[] {
  const tokens: Token[] = [];
  lexRange(text, 0, tokens, false);
  return tokens;
}

const OPERATORS = ['**=', '//=', '>>=', '<<=', '->', ':=', '==', '!=', '<=', '>=', '**', '//', '<<', '>>'];
const PREFIXED_QUOTE = /([rRbBuUfFtT]{0,2})(['"])/y;
const NAME_PART = /[\w\u0080-\uffff]*/y;
const NUMBER = /(?:0[xXoObB][\da-fA-F_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d+)?)[jJ]?/y;

/**
 * Lex from `pos`. In a replacement field of an f-string (`field`), stop after the `}` that closes it; a `:` at the
 * field's own level starts the format spec, literal text in which `{…}` nests another field.
 */
function lexRange(text: string, pos: number, tokens: Token[], field: boolean): number {
  let depth = 0;
  while (pos < text.length) {
    const c = text[pos]!;
    if (c === '\n' || (c === '\r' && text[pos + 1] !== '\n')) {
      if (depth === 0 && !field) tokens.push({ kind: 'newline', start: pos, end: pos + 1 });
      pos++;
    } else if (c === ' ' || c === '\t' || c === '\r' || c === '\f') {
      pos++;
    } else if (c === '\\') {
      pos += text.startsWith('\r\n', pos + 1) ? 3 : 2; // line continuation
    } else if (c === '#') {
      const nl = text.slice(pos).search(/[\r\n]/);
      const end = nl === -1 ? text.length : pos + nl;
      tokens.push({ kind: 'comment', start: pos, end, nested: field });
      pos = end;
    } else if (startsString(text, pos)) {
      pos = lexString(text, pos, tokens, field);
    } else if (/[A-Za-z_\u0080-\uffff]/.test(c)) {
      NAME_PART.lastIndex = pos + 1;
      NAME_PART.exec(text);
      pos = push(tokens, 'ident', pos, NAME_PART.lastIndex, field);
    } else if (/\d/.test(c) || (c === '.' && /\d/.test(text[pos + 1] ?? ''))) {
      NUMBER.lastIndex = pos;
      pos = push(tokens, 'number', pos, NUMBER.exec(text) === null ? pos + 1 : NUMBER.lastIndex, field);
    } else if (field && depth === 0 && (c === '}' || (c === ':' && text[pos + 1] !== '='))) {
      return c === '}' ? pos + 1 : formatSpec(text, pos + 1, tokens);
    } else {
      if ('([{'.includes(c)) depth++;
      if (')]}'.includes(c) && depth > 0) depth--;
      const op = OPERATORS.find((o) => text.startsWith(o, pos)) ?? c;
      pos = push(tokens, 'punct', pos, pos + op.length, field);
    }
  }
  return pos;
}

function push(tokens: Token[], kind: Token['kind'], start: number, end: number, nested: boolean): number {
  tokens.push({ kind, start, end, nested });
  return end;
}

function startsString(text: string, pos: number): boolean {
  PREFIXED_QUOTE.lastIndex = pos;
  const m = PREFIXED_QUOTE.exec(text);
  if (m === null) return false;
  // A name that merely ends in r/b/u/f (`bar"x"` is not valid Python anyway) must not start a prefix.
  return pos === 0 || !/[\w\u0080-\uffff]/.test(text[pos - 1]!);
}

/** Format spec of a replacement field: literal text up to the field's `}`, with nested `{…}` fields. */
function formatSpec(text: string, pos: number, tokens: Token[]): number {
  while (pos < text.length) {
    const c = text[pos]!;
    if (c === '}') return pos + 1;
    if (c === '{') pos = lexRange(text, pos + 1, tokens, true);
    else if (c === '\n' || c === '\r' || c === '"' || c === "'") return pos;
    else pos++;
  }
  return pos;
}

/** A string literal with its prefix; f-strings record their literal chunks and lex their replacement fields. */
function lexString(text: string, start: number, tokens: Token[], nested: boolean): number {
  PREFIXED_QUOTE.lastIndex = start;
  const [, rawPrefix = '', q = '"'] = PREFIXED_QUOTE.exec(text)!;
  const prefix = rawPrefix.toLowerCase();
  const open = start + rawPrefix.length;
  const quote = text.startsWith(q.repeat(3), open) ? q.repeat(3) : q;
  const formatted = /[ft]/.test(prefix);
  const chunks: Chunk[] = [];
  const inner: Token[] = [];
  const token: Token = { kind: 'string', start, end: text.length, prefix, quote, nested, broken: true };
  tokens.push(token);
  let pos = open + quote.length;
  let chunkStart = pos;
  while (pos < text.length) {
    const c = text[pos]!;
    if (c === '\\') {
      pos += text.startsWith('\r\n', pos + 1) ? 3 : 2;
    } else if (quote.length === 1 && (c === '\n' || c === '\r')) {
      token.end = pos;
      break;
    } else if (text.startsWith(quote, pos)) {
      chunks.push({ start: chunkStart, end: pos });
      Object.assign(token, { end: pos + quote.length, broken: false });
      break;
    } else if (formatted && (c === '{' || c === '}') && text[pos + 1] === c) {
      pos += 2;
    } else if (formatted && c === '{') {
      chunks.push({ start: chunkStart, end: pos });
      pos = lexRange(text, pos + 1, inner, true);
      chunkStart = pos;
    } else {
      pos++;
    }
  }
  token.body = { start: open + quote.length, end: token.broken ? token.end : token.end - quote.length };
  if (formatted) token.chunks = chunks;
  tokens.push(...inner);
  return token.end;
}
