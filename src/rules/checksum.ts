/**
 * Offline structural checks for tokens that carry their own checksum.
 *
 * GitHub classic tokens (ghp_, gho_, ghu_, ghs_, ghr_) and npm tokens (npm_) are laid out as
 *   prefix (4 chars) + 30 random base62 chars + 6 chars
 * where the last 6 chars are the CRC32 (IEEE, as zlib computes it) of the 30 random chars, written in base62
 * (digits, then upper case, then lower case) and left-padded with "0".
 */
import { ALNUM, fake } from './fake.js';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CHECKSUM_LENGTH = 6;

let table: Uint32Array | undefined;

/** The CRC32 lookup table, built on first use (nothing runs at module load). */
function crcTable(): Uint32Array {
  if (table) return table;
  table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

/** CRC32 of an ASCII string, as an unsigned 32-bit number. */
export function crc32(text: string): number {
  const t = crcTable();
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) crc = t[(crc ^ text.charCodeAt(i)) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A number in base62, left-padded with "0" to `width` characters. */
export function toBase62(value: number, width = CHECKSUM_LENGTH): string {
  let out = '';
  let n = value;
  do {
    out = BASE62[n % 62]! + out;
    n = Math.floor(n / 62);
  } while (n > 0);
  return out.padStart(width, '0');
}

/**
 * True when `token` ends with the base62 CRC32 of the characters between its `prefixLength`-character prefix and
 * the 6-character checksum.
 */
export function hasCrc32Suffix(token: string, prefixLength: number): boolean {
  if (token.length <= prefixLength + CHECKSUM_LENGTH) return false;
  const body = token.slice(prefixLength, -CHECKSUM_LENGTH);
  return token.slice(-CHECKSUM_LENGTH) === toBase62(crc32(body));
}

/** A fake token with a valid checksum: prefix + `length` random base62 chars + their CRC32 (for examples). */
export function withChecksum(prefix: string, seed: string, length = 30): string {
  const body = fake(ALNUM, length, seed);
  return prefix + body + toBase62(crc32(body));
}
