/**
 * What a file's bytes are, as the detector reads them: UTF-8 text (as is), UTF-16 or UTF-32 text (PowerShell's `>`
 * writes UTF-16: decoded, and re-encoded as UTF-8), or binary. Like git, a NUL byte in the first 8000 bytes means
 * "not UTF-8 text"; then a byte-order mark or the NUL pattern of ASCII text in a wide encoding says which encoding,
 * and the decoded text must hold no control characters beyond the usual few.
 */
export type Content = { kind: 'text'; encoding: 'utf-8' | Wide; text: Buffer } | { kind: 'binary' };

type Wide = 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

const SNIFF = 8000;

export function decodeContent(bytes: Buffer): Content {
  const head = bytes.subarray(0, SNIFF);
  const bom = bomOf(head);
  if (bom === 'utf-8') return { kind: 'text', encoding: 'utf-8', text: bytes };
  if (bom === null && head.indexOf(0) === -1) return { kind: 'text', encoding: 'utf-8', text: bytes };
  const wide = bom ?? nulPattern(head);
  const text = wide === null ? null : decodeWide(bytes, wide);
  return text === null || !looksLikeText(text)
    ? { kind: 'binary' }
    : { kind: 'text', encoding: wide!, text: Buffer.from(text, 'utf8') };
}

/** The encoding a byte-order mark announces (UTF-32 first: its little-endian mark begins like UTF-16's). */
function bomOf(b: Buffer): 'utf-8' | Wide | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return 'utf-32le';
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'utf-32be';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * ASCII text in a wide encoding without a mark: in UTF-32 three bytes of every four are NUL, in UTF-16 one of every
 * two, always at the same place in the unit. Mostly so (non-ASCII characters have fewer NULs) counts.
 */
function nulPattern(b: Buffer): Wide | null {
  const zeros = [0, 0, 0, 0];
  const n = b.length - (b.length % 4);
  if (n < 8) return null;
  for (let i = 0; i < n; i++) if (b[i] === 0) zeros[i % 4]!++;
  const [z0, z1, z2, z3] = zeros as [number, number, number, number];
  const most = (count: number, units: number) => count >= units * 0.8;
  const few = (count: number, units: number) => count <= units * 0.05;
  const u32 = n / 4;
  const u16 = n / 2;
  if (most(z1, u32) && z2 === u32 && z3 === u32 && few(z0, u32)) return 'utf-32le';
  if (most(z2, u32) && z0 === u32 && z1 === u32 && few(z3, u32)) return 'utf-32be';
  if (most(z1 + z3, u16) && few(z0 + z2, u16)) return 'utf-16le';
  if (most(z0 + z2, u16) && few(z1 + z3, u16)) return 'utf-16be';
  return null;
}

function decodeWide(bytes: Buffer, encoding: Wide): string | null {
  const bom = bomOf(bytes) === encoding ? (encoding.startsWith('utf-32') ? 4 : 2) : 0;
  const body = bytes.subarray(bom);
  if (encoding === 'utf-16le') return body.toString('utf16le', 0, body.length & ~1);
  if (encoding === 'utf-16be')
    return Buffer.from(body.subarray(0, body.length & ~1))
      .swap16()
      .toString('utf16le');
  const little = encoding === 'utf-32le';
  const parts: string[] = [];
  const points: number[] = [];
  for (let i = 0; i + 4 <= body.length; i += 4) {
    const point = little ? body.readUInt32LE(i) : body.readUInt32BE(i);
    if (point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) return null;
    points.push(point);
    if (points.length === 4096) parts.push(String.fromCodePoint(...points.splice(0)));
  }
  parts.push(String.fromCodePoint(...points));
  return parts.join('');
}

/** Text has no NUL and hardly any other control character (tab, line breaks, form feed and escape are text). */
function looksLikeText(text: string): boolean {
  const sample = text.slice(0, SNIFF);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return false;
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13 && c !== 27) control++;
  }
  return control <= sample.length * 0.01;
}
