/**
 * The recurring regex shapes, defined once so that a rule reads as one line.
 * Every helper returns a RegExp whose secret is the named group `secret`.
 */

/** Escape a literal for use inside a pattern. */
export function lit(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** Case-insensitive literal without the `i` flag (JS has no inline modifiers on Node 20): "aws" → "[Aa][Ww][Ss]". */
export function ci(word: string): string {
  // Hundreds of rule names go through here at start-up, many of them more than once.
  let pattern = ciCache.get(word);
  if (pattern === undefined) {
    pattern = lit(word).replace(/[A-Za-z]/g, (ch) => `[${ch.toUpperCase()}${ch.toLowerCase()}]`);
    ciCache.set(word, pattern);
  }
  return pattern;
}
const ciCache = new Map<string, string>();

/** Nothing token-like right before the secret. */
export const START = '(?<![A-Za-z0-9_+/-])';
/** Before a fixed prefix only a word character counts as "inside another token" (URLs put a / there). */
const START_PREFIXED = '(?<![A-Za-z0-9_])';
/** Nothing token-like right after the secret. */
export const END = '(?![A-Za-z0-9_+/=-])';

/**
 * A quote, possibly escaped inside a JSON string (notebooks): ", \". For line rules that read a quote in their own
 * regex (a command's argument); a value keyed on a name is read by the assignment reader instead.
 * @public
 */
export const QUOTE = '(?:\\\\?["\'`])?';
/** A token that starts with a fixed prefix: prefixed('ghp_', '[A-Za-z0-9]{36}'). */
export function prefixed(prefix: string, body: string, end: string = END): RegExp {
  return new RegExp(`${START_PREFIXED}(?<secret>${lit(prefix)}${body})${end}`);
}

/** A bare token shape with boundaries, no prefix. */
export function token(body: string, end: string = END): RegExp {
  return new RegExp(`${START}(?<secret>${body})${end}`);
}

/** A UUID (lower or upper hex, as consoles print them). */
export const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
