import { join } from '../rules/fake.js';

/**
 * Documentation placeholders and template variables that look like keys but are not:
 * sk-YOUR_KEY_HERE, <your-api-key>, xxxxxxxx, ${OPENAI_API_KEY}, {{ secrets.X }}, AKIA…EXAMPLE.
 */
const PLACEHOLDER_WORDS =
  /your|example|sample|placeholder|dummy|redacted|changeme|change_me|insert|replace|xxxxx|\*\*\*|\.\.\.|…|<|>|\$\{|\{\{|\$\(|%\(|0{8}|1{8}|12345678|abcdefgh/i;

/**
 * Keys printed in providers' own documentation and tutorials, which thousands of repositories copy; assembled from
 * parts so that this file does not itself look like it holds them. (AWS's documentation keys end in EXAMPLE.)
 */
const DOCUMENTATION_KEYS = new Set([
  join('sk_', 'test_', '4eC39HqLyjWDarjtT1zdp7dc'), // Stripe
  join('pk_', 'test_', 'TYooMQauvdEDq54NiTphI7jx'), // Stripe
  join('gh', 'p_', '16C7e42F292c6912E7710c838347Ae178B4a'), // GitHub
  join('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9', '.', 'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ', '.', 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'), // jwt.io
]);

/**
 * The same character six times in a row, or a string built from very few distinct characters. A multi-line block
 * (PEM) is binary data in base64, where zero bytes make long runs of "A" (an unencrypted OpenSSH key has several):
 * there only a run of twenty counts.
 */
function isRepetitive(secret: string, block: boolean): boolean {
  if ((block ? /(.)\1{19}/ : /(.)\1{5}/).test(secret)) return true;
  if (secret.length < 16) return false;
  const distinct = new Set(secret).size;
  return distinct < 6;
}

export function isPlaceholder(secret: string): boolean {
  const block = secret.includes('\n') || secret.includes('\\n');
  return PLACEHOLDER_WORDS.test(secret) || isRepetitive(secret, block) || DOCUMENTATION_KEYS.has(secret);
}

/**
 * Inside a base64 data URI (`data:image/png;base64,…`): random bytes encoded there can spell any key shape.
 * Looks back over the base64 run that holds the match, at most `limit` characters.
 */
export function inDataUri(text: string, start: number, limit = 1 << 20): boolean {
  let i = start - 1;
  const stop = Math.max(0, start - limit);
  while (i >= stop && isBase64(text.charCodeAt(i))) i--;
  return i >= 7 && text.startsWith(';base64,', i - 7);
}

function isBase64(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47 || c === 61;
}
