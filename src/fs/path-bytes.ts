/**
 * File names are bytes; git prints them as they are (`-z`), and they need not be UTF-8. Keyguard holds a name as a
 * string that maps back to its exact bytes: valid UTF-8 decodes as usual, and each byte that is not part of valid
 * UTF-8 becomes the lone surrogate U+DC00 + byte (Python's "surrogateescape"). No valid name yields a lone
 * surrogate, so the mapping goes both ways. Use `pathBytes` for everything that goes back to git or to the file
 * system.
 */

const strict = new TextDecoder('utf-8', { fatal: true });
const LONE = /[\udc80-\udcff]/;

export function pathFromBytes(bytes: Buffer): string {
  try {
    return strict.decode(bytes);
  } catch {
    return escapeInvalid(bytes);
  }
}

/** The length of the valid UTF-8 character at `i`, or 0. */
function charLength(b: Buffer, i: number): number {
  const c = b[i]!;
  const cont = (k: number) => i + k < b.length && (b[i + k]! & 0xc0) === 0x80;
  if (c < 0x80) return 1;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const c1 = b[i + 1] ?? 0;
    if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 > 0x9f)) return 0;
    return cont(1) && cont(2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const c1 = b[i + 1] ?? 0;
    if ((c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 > 0x8f)) return 0;
    return cont(1) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

function escapeInvalid(bytes: Buffer): string {
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const n = charLength(bytes, i);
    if (n === 0) out += String.fromCharCode(0xdc00 + bytes[i++]!);
    else {
      out += bytes.toString('utf8', i, i + n);
      i += n;
    }
  }
  return out;
}

/** The exact bytes of a name from `pathFromBytes`. */
export function pathBytes(path: string): Buffer {
  if (!LONE.test(path)) return Buffer.from(path, 'utf8');
  const parts: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < path.length; i++) {
    const code = path.charCodeAt(i);
    if (code >= 0xdc80 && code <= 0xdcff && !(i > 0 && isHigh(path.charCodeAt(i - 1)))) {
      parts.push(Buffer.from(path.slice(start, i), 'utf8'), Buffer.from([code - 0xdc00]));
      start = i + 1;
    }
  }
  parts.push(Buffer.from(path.slice(start), 'utf8'));
  return Buffer.concat(parts);
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** A path for node:fs: the string itself when it is valid UTF-8, else its bytes. */
export function fsPath(path: string): string | Buffer {
  return LONE.test(path) ? pathBytes(path) : path;
}

/** Names for git's standard input, each ended by a NUL (`--stdin -z`, `--pathspec-file-nul`). */
export function nulSeparated(paths: readonly string[]): Buffer {
  return Buffer.concat(paths.flatMap((p) => [pathBytes(p), Buffer.from([0])]));
}

/** Names from git's NUL-separated output (`-z`), each decoded by pathFromBytes. */
export function namesFromNul(out: Buffer): string[] {
  const names: string[] = [];
  for (let at = 0; at < out.length;) {
    const end = out.indexOf(0, at);
    const stop = end === -1 ? out.length : end;
    if (stop > at) names.push(pathFromBytes(out.subarray(at, stop)));
    at = stop + 1;
  }
  return names;
}
