import type { Chunk, Token } from './token.js';

/**
 * A small JavaScript/TypeScript lexer: strings, template literals (with the tokens of their `${…}` expressions),
 * comments, regular expressions, identifiers, numbers and punctuators. It exists to find one string literal and
 * its neighbours, never to judge a program; a quote left open ends at its line (`broken`), so one odd line (JSX text
 * with an apostrophe) cannot shift the rest of the file.
 */
export function lexJs(text: string): Token[] {
  const tokens: Token[] = [];
  lexRange(text, 0, tokens, false);
  return tokens;
}

const PUNCTUATORS = [
  '>>>=',
  '...',
  '===',
  '!==',
  '**=',
  '<<=',
  '>>=',
  '>>>',
  '&&=',
  '||=',
  '??=',
  '=>',
  '==',
  '!=',
  '<=',
  '>=',
  '&&',
  '||',
  '??',
  '?.',
  '++',
  '--',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '&=',
  '|=',
  '^=',
  '**',
  '<<',
  '>>',
];

/** After these words a `/` starts a regular expression, not a division. */
const BEFORE_REGEX = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case']);
const IDENT_START = /[A-Za-z_$#\u0080-\uffff]/;
const IDENT_PART = /[\w$\u0080-\uffff]/y;
const NUMBER = /(?:0[xXoObB][\da-fA-F_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d+)?)n?/y;
const SPACE = /\s/;

function regexAllowed(tokens: readonly Token[], text: string): boolean {
  let prev: Token | undefined;
  for (let j = tokens.length - 1; j >= 0 && prev === undefined; j--)
    if (tokens[j]!.kind !== 'comment') prev = tokens[j];
  if (prev === undefined) return true;
  const word = text.slice(prev.start, prev.end);
  if (prev.kind === 'punct') return word !== ')' && word !== ']' && word !== '}';
  return prev.kind === 'ident' && BEFORE_REGEX.has(word);
}

/** Lex from `pos`; inside a template expression (`nested`), stop after the `}` that closes it. */
function lexRange(text: string, pos: number, tokens: Token[], nested: boolean): number {
  let depth = 0;
  while (pos < text.length) {
    const c = text[pos]!;
    if (SPACE.test(c)) {
      pos++;
    } else if (c === '/' && (text[pos + 1] === '/' || text[pos + 1] === '*')) {
      const end = text[pos + 1] === '/' ? lineEnd(text, pos) : closeOf(text, '*/', pos + 2);
      tokens.push({ kind: 'comment', start: pos, end, nested });
      pos = end;
    } else if (c === '#' && pos === 0 && text[1] === '!') {
      tokens.push({ kind: 'comment', start: 0, end: (pos = lineEnd(text, 0)) });
    } else if (c === "'" || c === '"') {
      pos = lexString(text, pos, tokens, nested);
    } else if (c === '`') {
      pos = lexTemplate(text, pos, tokens, nested);
    } else if (c === '/' && regexAllowed(tokens, text) && regexEnd(text, pos) !== -1) {
      const end = regexEnd(text, pos);
      tokens.push({ kind: 'regex', start: pos, end, nested });
      pos = end;
    } else if (IDENT_START.test(c)) {
      pos = push(tokens, 'ident', pos, wordEnd(text, pos + 1), nested);
    } else if (/\d/.test(c) || (c === '.' && /\d/.test(text[pos + 1] ?? ''))) {
      NUMBER.lastIndex = pos;
      pos = push(tokens, 'number', pos, NUMBER.exec(text) === null ? pos + 1 : NUMBER.lastIndex, nested);
    } else {
      if (nested && c === '}' && depth === 0) return pos + 1;
      if (c === '{') depth++;
      if (c === '}') depth--;
      const op = PUNCTUATORS.find((p) => text.startsWith(p, pos)) ?? c;
      pos = push(tokens, 'punct', pos, pos + op.length, nested);
    }
  }
  return pos;
}

function push(tokens: Token[], kind: Token['kind'], start: number, end: number, nested: boolean): number {
  tokens.push({ kind, start, end, nested });
  return end;
}

function wordEnd(text: string, pos: number): number {
  IDENT_PART.lastIndex = pos;
  while (IDENT_PART.test(text)) pos = IDENT_PART.lastIndex;
  return pos;
}

function lineEnd(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos);
  return nl === -1 ? text.length : nl;
}

function closeOf(text: string, close: string, pos: number): number {
  const at = text.indexOf(close, pos);
  return at === -1 ? text.length : at + close.length;
}

/** The end of a regular expression literal at `pos`, or -1 when the line holds none (then `/` is a division). */
function regexEnd(text: string, pos: number): number {
  let inClass = false;
  for (let i = pos + 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n' || c === '\r') return -1;
    if (c === '\\') i++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) return wordEnd(text, i + 1);
  }
  return -1;
}

/** A quoted string; a line break before the closing quote makes it `broken` (it ends there). */
function lexString(text: string, start: number, tokens: Token[], nested: boolean): number {
  const quote = text[start]!;
  let pos = start + 1;
  while (pos < text.length) {
    const c = text[pos]!;
    if (c === '\\') pos += text.startsWith('\r\n', pos + 1) ? 3 : 2;
    else if (c === quote) {
      tokens.push({ kind: 'string', start, end: pos + 1, body: { start: start + 1, end: pos }, quote, nested });
      return pos + 1;
    } else if (c === '\n' || c === '\r') break;
    else pos++;
  }
  const end = Math.min(pos, text.length);
  tokens.push({ kind: 'string', start, end, body: { start: start + 1, end }, quote, broken: true, nested });
  return end;
}

/** A template literal: its literal chunks, then the tokens of its expressions (which may hold templates too). */
function lexTemplate(text: string, start: number, tokens: Token[], nested: boolean): number {
  const chunks: Chunk[] = [];
  const inner: Token[] = [];
  const token: Token = { kind: 'template', start, end: text.length, quote: '`', chunks, nested, broken: true };
  tokens.push(token);
  let pos = start + 1;
  let chunkStart = pos;
  while (pos < text.length) {
    const c = text[pos]!;
    if (c === '\\') {
      pos += 2;
    } else if (c === '`') {
      chunks.push({ start: chunkStart, end: pos });
      Object.assign(token, { end: pos + 1, body: { start: start + 1, end: pos }, broken: false });
      break;
    } else if (c === '$' && text[pos + 1] === '{') {
      chunks.push({ start: chunkStart, end: pos });
      pos = lexRange(text, pos + 2, inner, true);
      chunkStart = pos;
    } else {
      pos++;
    }
  }
  tokens.push(...inner);
  return token.end;
}
