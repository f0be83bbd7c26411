/** What the small lexers of src/fix/ see in source text: enough to find string literals and their neighbours. */
type TokenKind = 'ident' | 'punct' | 'string' | 'template' | 'regex' | 'number' | 'comment' | 'newline';

/** A literal part of a template literal or f-string: text offsets, between the quotes and outside `${…}` / `{…}`. */
export interface Chunk {
  start: number;
  end: number;
}

export interface Token {
  kind: TokenKind;
  /** Offsets into the source text: [start, end). */
  start: number;
  end: number;
  /** Strings: the offsets of the text between the quotes (after a Python prefix). */
  body?: Chunk;
  /** Template literals and f-strings: the literal parts of the body (the rest is expressions). */
  chunks?: Chunk[];
  /** Python string prefix, lower-cased (`rb`, `f`, `u`…); JS: the quote character is text[start]. */
  prefix?: string;
  /** The quote sequence: `'`, `"`, `` ` ``, `'''`, `"""`. */
  quote?: string;
  /** A string that does not end where the language says it must (an unterminated quote): never rewritten. */
  broken?: boolean;
  /** Inside a template expression or f-string replacement field. */
  nested?: boolean;
}

/** The significant token before index `i` (comments and, optionally, newlines skipped), or undefined. */
export function previous(tokens: readonly Token[], i: number, skipNewlines = true): Token | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.kind === 'comment' || (skipNewlines && t.kind === 'newline')) continue;
    return t;
  }
  return undefined;
}

/** The significant token after index `i`, or undefined. */
export function next(tokens: readonly Token[], i: number, skipNewlines = true): Token | undefined {
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.kind === 'comment' || (skipNewlines && t.kind === 'newline')) continue;
    return t;
  }
  return undefined;
}

export const textOf = (text: string, t: Token | undefined): string =>
  t === undefined ? '' : text.slice(t.start, t.end);
