import type { Language } from './source-language.js';
import { next, previous, textOf, type Chunk, type Token } from '../lex/token.js';

/** Why a key cannot be replaced by a lookup without risk; messages.ts says what to do for each. */
export type Refusal =
  | 'comment'
  | 'code'
  | 'bytes'
  | 'tagged-template'
  | 'object-key'
  | 'expression'
  | 'escapes'
  | 'unterminated'
  | 'multiline'
  | 'absent';

/**
 * Where a key sits in one literal token. `whole`: the literal holds the key and nothing else, so the token becomes
 * the lookup; otherwise the lookup is spliced in at `ranges` (a template literal or an f-string).
 */
export interface Spot {
  token: Token;
  tokenIndex: number;
  ranges: Chunk[];
  whole: boolean;
  /** A JSX attribute value (`apiKey="…"`): the lookup goes in braces. */
  jsx: boolean;
}

export type Located = { spots: Spot[] } | { refusal: Refusal; offset: number };

/** Words after which a template literal is not tagged. */
const UNTAGGED_AFTER = new Set([
  'return',
  'typeof',
  'instanceof',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'case',
  'yield',
  'await',
  'else',
  'do',
  'default',
]);

/** Every place the key occurs in `text`, each inside a literal it can be taken out of, or the first refusal. */
export function locateKey(text: string, tokens: readonly Token[], secret: string, language: Language): Located {
  if (/[\r\n]/.test(secret)) return { refusal: 'multiline', offset: text.indexOf(secret) };
  const byToken = new Map<number, Chunk[]>();
  for (let at = text.indexOf(secret); at !== -1; at = text.indexOf(secret, at + secret.length)) {
    const range = { start: at, end: at + secret.length };
    const index = innermost(tokens, range);
    const refusal = index === -1 ? 'code' : refusalFor(text, tokens, index, range, language);
    if (refusal !== null) return { refusal, offset: at };
    byToken.set(index, [...(byToken.get(index) ?? []), range]);
  }
  const spots = [...byToken].map(([tokenIndex, ranges]): Spot => {
    const token = tokens[tokenIndex]!;
    const jsx = language === 'jsx' && token.kind === 'string' && isJsxAttribute(text, tokens, tokenIndex);
    return { token, tokenIndex, ranges, whole: isWhole(text, tokens, tokenIndex, ranges, language), jsx };
  });
  return { spots };
}

/** The innermost token holding all of `range` (tokens inside a template come after it), or -1. */
function innermost(tokens: readonly Token[], range: Chunk): number {
  let found = -1;
  for (let i = 0; i < tokens.length && tokens[i]!.start <= range.start; i++) {
    if (tokens[i]!.end >= range.end) found = i;
  }
  return found;
}

function inside(range: Chunk, chunks: readonly Chunk[] | undefined): boolean {
  return chunks?.some((c) => c.start <= range.start && range.end <= c.end) ?? false;
}

function refusalFor(text: string, tokens: readonly Token[], i: number, range: Chunk, lang: Language): Refusal | null {
  const token = tokens[i]!;
  if (token.kind === 'comment') return 'comment';
  if (token.kind !== 'string' && token.kind !== 'template') return 'code';
  if (token.broken) return 'unterminated';
  const body = token.body!;
  if (range.start < body.start || range.end > body.end) return 'code';
  if (lang === 'python') {
    if (token.prefix!.includes('b')) return 'bytes';
    if (token.nested) return 'expression'; // a literal inside an f-string's field: quotes would clash before 3.12
    if (token.chunks !== undefined && !inside(range, token.chunks)) return 'expression';
    return !token.prefix!.includes('r') && text.slice(body.start, body.end).includes('\\N{') ? 'escapes' : null;
  }
  if (token.kind === 'template') {
    if (!inside(range, token.chunks)) return 'expression';
    return isTagged(text, tokens, i) ? 'tagged-template' : null;
  }
  const before = textOf(text, previous(tokens, i));
  if (textOf(text, next(tokens, i)) === ':' && (before === '{' || before === ',')) return 'object-key';
  return /\\(?:0\d|[1-9])/.test(text.slice(body.start, body.end)) ? 'escapes' : null;
}

function isTagged(text: string, tokens: readonly Token[], i: number): boolean {
  const before = previous(tokens, i);
  if (before === undefined) return false;
  const word = textOf(text, before);
  if (before.kind === 'ident') return !UNTAGGED_AFTER.has(word);
  return before.kind === 'template' || word === ')' || word === ']' || word === '?.';
}

/** The literal is the key and nothing else, and can stand as an expression where it is. */
function isWhole(text: string, tokens: readonly Token[], i: number, ranges: readonly Chunk[], lang: Language): boolean {
  const token = tokens[i]!;
  const body = token.body!;
  if (ranges.length !== 1 || ranges[0]!.start !== body.start || ranges[0]!.end !== body.end) return false;
  if (lang !== 'python') return true;
  // Python joins adjacent literals ("a" "b"): a lookup between two literals would not parse; splice instead.
  const adjacent = (t: Token | undefined) => t?.kind === 'string';
  return token.chunks === undefined && !adjacent(previous(tokens, i, false)) && !adjacent(next(tokens, i, false));
}

/**
 * `<Tag name="…"`: walking back from the `=` over attribute names, `name={…}` values, strings and the tag's
 * (dotted) name reaches the `<` of an element. `const a = "…"` reaches a keyword or punctuator instead.
 */
function isJsxAttribute(text: string, tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  const at = (k: number) => textOf(text, tokens[k]);
  if (at(j) !== '=' || tokens[j - 1]?.kind !== 'ident') return false;
  for (j -= 2; j >= 0 && i - j < 200; j--) {
    const t = tokens[j]!;
    const word = at(j);
    if (word === '<') return true;
    if (word === '}') j = openingBrace(text, tokens, j);
    else if (!(t.kind === 'ident' || t.kind === 'string' || t.kind === 'comment' || /^[=.:-]$/.test(word)))
      return false;
    if (t.kind === 'ident' && /^(?:const|let|var|return|export|type)$/.test(word)) return false;
  }
  return false;
}

function openingBrace(text: string, tokens: readonly Token[], close: number): number {
  let depth = 0;
  for (let j = close; j >= 0; j--) {
    const word = textOf(text, tokens[j]);
    if (word === '}') depth++;
    if (word === '{' && --depth === 0) return j;
  }
  return -1;
}
