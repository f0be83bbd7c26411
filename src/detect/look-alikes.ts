import { join } from '../rules/fake.js';

/**
 * Key-shaped text that is not a credential, beyond placeholders: documentation keys that every tutorial copies,
 * and random bytes inside base64 data URIs.
 */

/** Keys printed in providers' own documentation, assembled from parts so this file does not hold them whole. */
const DOCUMENTATION_KEYS = new Set([
  join('sk_', 'test_', '4eC39HqLyjWDarjtT1zdp7dc'), // Stripe
  join('pk_', 'test_', 'TYooMQauvdEDq54NiTphI7jx'), // Stripe
  join('gh', 'p_', '16C7e42F292c6912E7710c838347Ae178B4a'), // GitHub
  join('AIza', 'SyDOCAbC123dEf456GhI789jKl012-MnO'), // Firebase's FirebaseOptions reference
  join(
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9',
    '.',
    'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ',
    '.',
    'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  ), // jwt.io
]);

/** AWS's documentation keys end in EXAMPLE and are caught as placeholders; these are not. */
export function isDocumentationKey(secret: string): boolean {
  return DOCUMENTATION_KEYS.has(secret);
}

const BASE64_MARK = ';base64,';

/**
 * Inside a base64 data URI (`data:image/png;base64,…`), where encoded bytes can spell any key shape: looks back
 * over the base64 run that holds `start`, at most `limit` characters. Works on a string or on bytes (offsets in
 * the same unit).
 */
export function inDataUri(text: string | Uint8Array, start: number, limit = 1 << 20): boolean {
  const at = typeof text === 'string' ? (i: number) => text.charCodeAt(i) : (i: number) => text[i]!;
  let i = start - 1;
  const stop = Math.max(0, start - limit);
  while (i >= stop && isBase64(at(i))) i--;
  if (i < BASE64_MARK.length - 1) return false;
  for (let k = 0; k < BASE64_MARK.length; k++) {
    if (at(i - BASE64_MARK.length + 1 + k) !== BASE64_MARK.charCodeAt(k)) return false;
  }
  return true;
}

function isBase64(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47 || c === 61;
}
