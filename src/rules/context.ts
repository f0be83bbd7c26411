/**
 * Regex shapes for secrets recognised by the name they are assigned to (context rules), shared by the
 * messaging, observability, database and token families. Every helper returns source text or a RegExp whose
 * secret is the named group `secret`.
 */
import { END, START, ci } from './shape.js';

/** Between two words of a name: DD_API_KEY, ddApiKey, dd.api.key, dd-api-key. */
const SEP = '[_.-]?';
/** The rest of an identifier after the provider word: _API_KEY, .authToken. */
const TAIL = '[A-Za-z0-9_.-]{0,40}?';
/** An optional quote, also backslash-escaped as inside a JSON string ("source": ["KEY = \"…\""]). */
const QUOTE = '(?:\\\\?["\'`])?';
/** `=`, `:`, `:=`, `=>`, a call's `(` or `,`, or a space (headers, CLI flags), then an optional type word. */
const OPERATOR = '[ \\t]{0,4}(?:=|:=|:|=>|,|\\(|[ \\t])[ \\t]{0,4}(?:[A-Za-z]{1,8}[ \\t])?';

/** Words of a name, case-insensitive, joined by any usual separator: words('dd', 'api', 'key'). */
export function words(...parts: string[]): string {
  return parts.map(ci).join(SEP);
}

/** Any of several names (each already a pattern): either(words('datadog'), words('dd', 'api', 'key')). */
export function either(...names: string[]): string {
  return `(?:${names.join('|')})`;
}

/** A name that starts with `first` and contains `then` further on: DATADOG_APP_KEY for (datadog, app). */
export function nameWith(first: string, then: string): string {
  return `${first}${TAIL}${then}`;
}

/** A name starting with `first` that does not go on to contain `not` (keeps two context rules apart). */
export function nameWithout(first: string, not: string): string {
  return `${first}(?![A-Za-z0-9_.-]{0,40}?${not})`;
}

/** The text between a name and its value: rest of the identifier, quotes, operator. */
export function assignment(name: string): string {
  return `${name}${TAIL}${QUOTE}${OPERATOR}${QUOTE}`;
}

/**
 * A value assigned to a name: keyed(words('datadog'), '[0-9a-f]{32}') matches DATADOG_API_KEY=…,
 * datadogApiKey: "…", "datadog.api.key" => '…', export DATADOG_API_KEY="…".
 */
export function keyed(name: string, value: string, end: string = END): RegExp {
  return new RegExp(`${assignment(name)}${START}(?<secret>${value})${end}`);
}

/** A lower-case UUID (also upper-case, as some consoles print them). */
export const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/** Keywords for a multi-word name in the spellings the prefilter sees: dd_api_key, ddapikey, dd.api.key, dd-api-key. */
export function spellings(...parts: string[]): string[] {
  return ['_', '', '.', '-'].map((sep) => parts.join(sep).toLowerCase());
}
