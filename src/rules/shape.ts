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
export const START_PREFIXED = '(?<![A-Za-z0-9_])';
/** Nothing token-like right after the secret. */
export const END = '(?![A-Za-z0-9_+/=-])';

/** Characters that may continue an identifier after the provider keyword: OPENAI_API_KEY, openai.apiKey. */
const NAME_TAIL = '[A-Za-z0-9_.-]{0,40}?';
/** A quote, possibly escaped inside a JSON string (notebooks): ", \". */
export const QUOTE = '(?:\\\\?["\'`])?';
/** A type annotation before `=`: `apiKey: string = …`, `token: Option<String> = …`. */
export const TYPE = '(?::[ \\t]*[A-Za-z_][\\w.]{0,30}(?:<[\\w., ]{0,30}>)?(?:\\[\\])?[ \\t]*(?==))?';
/**
 * Quote, a closing bracket (`env["KEY"] = …`), spaces, a type annotation and an assignment operator: `=`, `:`,
 * `:=`, `=>`, `,` (call arguments), then an optional quote.
 */
export const ASSIGN = `${QUOTE}\\]?[ \\t]{0,4}${TYPE}(?:=|:=|:|=>|,|\\(|[ \\t])[ \\t]{0,4}(?:[A-Za-z]{1,8}[ \\t])?${QUOTE}`;

/** A token that starts with a fixed prefix: prefixed('ghp_', '[A-Za-z0-9]{36}'). */
export function prefixed(prefix: string, body: string, end: string = END): RegExp {
  return new RegExp(`${START_PREFIXED}(?<secret>${lit(prefix)}${body})${end}`);
}

/** A bare token shape with boundaries, no prefix. */
export function token(body: string, end: string = END): RegExp {
  return new RegExp(`${START}(?<secret>${body})${end}`);
}

/**
 * A value assigned to a name containing `name` (case-insensitive):
 * assigned('mistral', '[A-Za-z0-9]{32}') matches MISTRAL_API_KEY="…", mistral_key: …, "mistralKey": "…".
 */
export function assigned(name: string, value: string, end: string = END): RegExp {
  return new RegExp(`${ci(name)}${NAME_TAIL}${ASSIGN}(?<secret>${value})${end}`);
}

/**
 * A value that follows a provider keyword closely on the same line (within `gap` characters that can appear in
 * an assignment or a call): near('cohere', '[A-Za-z0-9]{40}') matches cohere.Client("…") and COHERE_KEY=….
 */
export function near(name: string, value: string, gap = 40, end: string = END): RegExp {
  return new RegExp(`${ci(name)}[A-Za-z0-9_.\\- \\t"'\`:=,(\\[{]{0,${gap}}?${START}(?<secret>${value})${end}`);
}

/** A UUID (lower or upper hex, as consoles print them). */
export const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
