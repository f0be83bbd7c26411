/**
 * Deterministic fake-secret material for rule examples, tests, the corpus and the benchmark.
 * Keys are assembled at run time from a seeded generator, so no key-shaped literal sits in the repository.
 */
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const DIGITS = '0123456789';
export const ALNUM = UPPER + LOWER + DIGITS;
export const LOWER_ALNUM = LOWER + DIGITS;
export const UPPER_ALNUM = UPPER + DIGITS;
export const HEX = '0123456789abcdef';
export const B64URL = ALNUM + '-_';
export const B64 = ALNUM + '+/';

function seedOf(seed: string | number): number {
  let h = 2166136261 >>> 0;
  const s = String(seed);
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}

/** mulberry32: small, fast, good enough to look random to an entropy check. */
function generator(seed: string | number): () => number {
  let a = seedOf(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random-looking string of `length` characters drawn from `alphabet`, the same for the same seed. */
export function fake(alphabet: string, length: number, seed: string | number = 'keyguard'): string {
  const next = generator(`${seed}:${alphabet.length}:${length}`);
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
  return out;
}

/** Glue parts together; used so that a prefix and its body never stand side by side in source. */
export function join(...parts: string[]): string {
  return parts.join('');
}

/** A fake version-4 UUID, for examples. */
export function fakeUuid(seed: string): string {
  const h = fake(HEX, 32, seed);
  const variant = '89ab'[Number(fake(DIGITS, 1, seed)) % 4]!;
  return [h.slice(0, 8), h.slice(8, 12), `4${h.slice(13, 16)}`, `${variant}${h.slice(17, 20)}`, h.slice(20)].join('-');
}
