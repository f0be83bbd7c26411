/**
 * Context rules: a value assigned to a variable whose name carries the provider's words
 * (CLOUDFLARE_API_TOKEN, cloudflare.api.token, cloudflareApiToken, "cloudflare-api-token"), in any syntax the
 * assignment reader reads (src/detect/assignments.ts), quotes escaped inside a JSON string included.
 */
import { assigned } from './context.js';
import { HEX, fake } from './fake.js';
import { END, ci } from './shape.js';
import type { Assigned } from './types.js';

/** Characters that may continue an identifier between or after the name's words. */
const TAIL = '[A-Za-z0-9_.-]{0,30}?';
/** Words that make a variable name a credential. */
const CREDENTIAL = `(?:${['key', 'token', 'secret', 'pass', 'auth', 'pat'].map(ci).join('|')})`;

/** "cloudflare api" → a pattern for cloudflare_api, cloudflare.api, cloudflareApi, CLOUDFLARE-API. */
export function words(phrase: string): string {
  return phrase.split(' ').map(ci).join('[_.-]?');
}

/** Keyword literals for a phrase in every joining style: "aws session" → aws_session, aws.session, … */
export function wordKeywords(phrase: string): string[] {
  const parts = phrase.toLowerCase().split(' ');
  if (parts.length === 1) return parts;
  return ['_', '.', '-', ''].map((sep) => parts.join(sep));
}

/**
 * A value assigned to a name matching `name` (a pattern, e.g. words('heroku')); with `credential`, the name must
 * also carry a credential word after it (HEROKU_API_KEY yes, HEROKU_APP_ID no).
 */
export function named(name: string, value: string, credential = false, end = END, also?: RegExp): Assigned {
  return assigned(credential ? `${name}${TAIL}${CREDENTIAL}` : name, value, end, also);
}

export { UUID } from './shape.js';
export { fakeUuid } from './fake.js';

/** A fake JWT whose payload is `claims`, for examples (header and claims encoded at run time). */
export function fakeJwt(claims: Record<string, unknown>, seed: string): string {
  const part = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  return [part({ alg: 'HS256', typ: 'JWT' }), part(claims), fake(HEX + 'GHIJKLMNOPQRSTUVWXYZ_-', 43, seed)].join('.');
}
