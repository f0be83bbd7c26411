/**
 * Values that are code, not credentials: identifiers built from words (refresh_token_storage_v2,
 * useAuthTokenStore2, X-Auth-Token-V2). Only generic rules consult this: a provider's key format is never a
 * string of words, and a random key rarely splits into words of two letters or more, mostly in lower case.
 * Each piece ends where the next must begin (lookaheads), so the pattern cannot backtrack badly.
 */
const PIECE =
  '(?:[A-Z]?[a-z]{2,}(?![a-z])|[A-Z]{2,}(?=[A-Z][a-z]|[^A-Za-z0-9]|$)|[vV]?\\d{1,4}(?=[_.\\-/A-Z]|$)|[A-Z](?=[_.\\-/]|$))';
const WORDS = new RegExp(`^${PIECE}(?:[_.\\-/]?${PIECE})*$`);

export function looksLikeCode(secret: string): boolean {
  if (secret.length > 120 || !WORDS.test(secret)) return false;
  const letters = secret.replace(/[^A-Za-z]/g, '');
  const lowers = letters.replace(/[^a-z]/g, '').length;
  return lowers === 0 || lowers >= letters.length * 0.6;
}
