/**
 * Does a variable's name say it holds a secret? Judged on its words (apiKey, api_key, API_KEY → api, key), and
 * meant to be precise rather than complete: `key` alone is any map key, `token` alone is also a lexer's token, a
 * plural is a collection, a name like `passwordLength` or `isTokenValid` is about the secret, not the secret.
 */

/** Words that name a secret on their own, as the last word of the name. */
const ALONE = new Set(['password', 'passwd', 'passphrase', 'secret', 'apikey']);

/** `…key` and `…token` name a secret only after one of these words. */
const QUALIFIES_KEY = new Set([
  'api',
  'secret',
  'private',
  'access',
  'auth',
  'signing',
  'client',
  'encryption',
  'master',
  'service',
  'license',
  'app',
  'openai',
  'anthropic',
  'stripe',
  'aws',
]);
const QUALIFIES_TOKEN = new Set([
  'access',
  'auth',
  'bearer',
  'refresh',
  'api',
  'session',
  'oauth',
  'bot',
  'personal',
  'secret',
  'github',
  'gh',
  'slack',
  'npm',
  'jwt',
  'id',
  'service',
  'admin',
  'user',
]);

/** Words before the secret word that make the name about the secret rather than the secret itself. */
const ABOUT = new Set([
  'is',
  'has',
  'show',
  'hide',
  'toggle',
  'masked',
  'redacted',
  'hashed',
  'encrypted',
  'min',
  'max',
]);

export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export function saysSecret(name: string): boolean {
  // A PascalCase name is a class or a type (Token, SecretKey), not a value.
  if (/^[A-Z][a-z]/.test(name)) return false;
  const words = nameWords(name);
  const last = words[words.length - 1];
  const before = words[words.length - 2];
  if (last === undefined || words.some((w) => ABOUT.has(w))) return false;
  if (ALONE.has(last)) return true;
  if (last === 'key') return before !== undefined && QUALIFIES_KEY.has(before);
  if (last === 'token') return before !== undefined && QUALIFIES_TOKEN.has(before);
  return false;
}
