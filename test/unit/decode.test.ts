import { describe, expect, it } from 'vitest';
import { decodeContent } from '../../src/sources/decode.js';
import { newPieces, piecesOf, urlLines } from '../../src/sources/lines.js';

const text = 'line one\r\nключ = "значение"\r\n日本語のテキスト\r\n';

/** Deterministic noise: what an image or an archive looks like. */
function noise(n: number): Buffer {
  const out = Buffer.alloc(n);
  let x = 7;
  for (let i = 0; i < n; i++) out[i] = (x = (x * 1103515245 + 12345) & 0x7fffffff) >> 16;
  return out;
}

describe('what a file holds', () => {
  const ascii = 'token = "abc"\nnext line\n';
  it.each([
    ['UTF-8', Buffer.from(text), text],
    ['UTF-16LE with a mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), text],
    ['UTF-16BE with a mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]), text],
    ['UTF-16LE, ASCII, no mark', Buffer.from(ascii, 'utf16le'), ascii],
  ])('%s is text, decoded to the same characters', (_name, bytes, expected) => {
    const content = decodeContent(bytes);
    expect(content.kind === 'text' && content.text.toString('utf8')).toBe(expected);
  });

  it.each([
    ['noise', noise(4096)],
    [
      'a PNG header and noise',
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), noise(2000)]),
    ],
    ['one NUL in text', Buffer.from('intro\n\0\nKEY=value\n')],
    ['little-endian integers', Buffer.from(Uint16Array.from({ length: 512 }, (_, i) => i % 40).buffer)],
  ])('%s is binary', (_name, bytes) => {
    expect(decodeContent(bytes).kind).toBe('binary');
  });

  it('finds the printable runs of a binary with their lines, and the new ones against an old version', () => {
    const bin = Buffer.concat([Buffer.from('\0\x01short\0a longer run\nnext: second run\0')]);
    expect(piecesOf(bin, true)).toEqual({ bytes: Buffer.from('a longer run\nnext: second run'), lines: [1, 2] });
    const older = Buffer.from('\0a longer run\0');
    expect(newPieces(bin, [older], true).lines).toEqual([2]);
  });

  it('keeps the lines of a lockfile that hold a URL with a user part', () => {
    const lines = piecesOf(Buffer.from('a\n"resolved": "https://u:t@host/x"\nhttps://host/y\nb@c\n'), false);
    expect(urlLines(lines)).toEqual({ bytes: Buffer.from('"resolved": "https://u:t@host/x"'), lines: [2] });
  });
});

describe('the lines of a whole text file', () => {
  /** The line-by-line reading piecesOf does when a file has a CR: the reference for the fast path. */
  function reference(text: string): { text: string; lines: number[] } {
    const parts = text.split('\n');
    if (parts.at(-1) === '') parts.pop();
    return { text: parts.join('\n'), lines: parts.map((_, i) => i + 1) };
  }

  it.each(['', '\n', 'a', 'a\n', 'a\n\nb\n', 'a\n\n', '\n\nx', 'one\ntwo\nthree', 'k=v\n\n\n'])('%j', (text) => {
    const got = piecesOf(Buffer.from(text, 'latin1'), false);
    const want = reference(text);
    expect(got.bytes.toString('latin1')).toBe(want.text);
    expect(got.lines).toEqual(want.lines);
    // with CRLF line ends the slow path gives the same lines, the CRs dropped
    const crlf = piecesOf(Buffer.from(text.replaceAll('\n', '\r\n'), 'latin1'), false);
    expect(crlf.bytes.toString('latin1')).toBe(want.text);
    expect(crlf.lines).toEqual(want.lines);
  });
});
