import { describe, expect, it } from 'vitest';
import { pathBytes, pathFromBytes } from '../../src/fs/path-bytes.js';

describe('file names as bytes', () => {
  it.each([
    ['plain ASCII', Buffer.from('src/app.py')],
    ['UTF-8', Buffer.from('ключи/日本.env')],
    ['an emoji (4 bytes)', Buffer.from('notes/🔑.txt')],
    ['Latin-1 é', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2f, 0x2e, 0x65, 0x6e, 0x76])],
    ['a stray 0xFF', Buffer.from([0x6b, 0xff, 0x2e, 0x70, 0x65, 0x6d])],
    ['a cut sequence', Buffer.from([0x61, 0xe6, 0x97, 0x62])],
    ['an encoded surrogate', Buffer.from([0xed, 0xb3, 0xa9])],
    ['an overlong slash', Buffer.from([0xc0, 0xaf])],
  ])('%s goes to a string and back to the same bytes', (_name, bytes) => {
    expect(pathBytes(pathFromBytes(bytes))).toEqual(bytes);
  });

  it('decodes valid UTF-8 as usual, and marks each invalid byte', () => {
    expect(pathFromBytes(Buffer.from('日本'))).toBe('日本');
    expect(pathFromBytes(Buffer.from([0x61, 0xe9]))).toBe('a\udce9');
  });
});
