import { describe, expect, it } from 'vitest';
import { b64json } from '../../src/rules/decode.js';
import { derFirstTag } from '../../src/rules/private-keys.js';
import { isCredentialJwt } from '../../src/rules/tokens.js';

describe('structure checks', () => {
  it('accepts a signed, unexpired JWT about someone and marks the others low confidence', () => {
    const sig = 'x'.repeat(10) + 'Yz0-_'.repeat(6);
    const token = (header: object, payload: object): string => [b64json(header), b64json(payload), sig].join('.');
    expect(isCredentialJwt(token({ alg: 'HS256' }, { sub: 'u1', exp: 4102444800 }))).toBe(true);
    expect(isCredentialJwt(token({ alg: 'HS256' }, { sub: 'u1', exp: 1500000000 }))).toBe(false);
    expect(isCredentialJwt(token({ alg: 'none' }, { sub: 'u1' }))).toBe(false);
    expect(isCredentialJwt(token({ typ: 'JWT' }, { sub: 'u1' }))).toBe(false);
    expect(isCredentialJwt(token({ alg: 'HS256' }, { some: 'payload' }))).toBe(false);
    expect(isCredentialJwt(`${b64json({ alg: 'HS256' })}.eyJub3QganNvbg.${sig}`)).toBe(false);
  });

  it('checks DER structure: a SEQUENCE whose length fits, and the tag of its first element', () => {
    expect(derFirstTag(Buffer.from([0x30, 0x06, 0x02, 0x01, 0x00, 0x02, 0x01, 0x05]))).toBe(0x02);
    expect(derFirstTag(Buffer.from([0x30, 0x82, 0x00, 0x06, 0x30, 0x01, 0x00, 0x02, 0x01, 0x05]))).toBe(0x30);
    expect(derFirstTag(Buffer.from([0x30, 0x82, 0x01, 0x00, 0x02, 0x01, 0x00, 0x02]))).toBeUndefined();
    expect(derFirstTag(Buffer.from([0x04, 0x06, 0x02, 0x01, 0x00, 0x02, 0x01, 0x05]))).toBeUndefined();
  });
});

describe('OpenSSH private keys with the usual unencrypted header', () => {
  // "openssh-key-v1\0", cipher "none", kdf "none", empty kdf options, one key: the zero-length fields encode as
  // long runs of "A": multi-line blocks get only the block placeholder check (elisions, template markers), never
  // the repeated-character one.
  it('is reported', async () => {
    const { compileDetector } = await import('../../src/detect/compile.js');
    const { scanText } = await import('../../src/detect/engine.js');
    const { privateKeys } = await import('../../src/rules/private-keys.js');
    const { fake, HEX } = await import('../../src/rules/fake.js');
    const u32 = (n: number): Buffer => Buffer.from([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);
    const str = (s: string): Buffer => Buffer.concat([u32(s.length), Buffer.from(s, 'latin1')]);
    const bytes = Buffer.concat([
      Buffer.from('openssh-key-v1\0', 'latin1'),
      str('none'),
      str('none'),
      u32(0),
      u32(1),
      Buffer.from(fake(HEX, 400, 'ossh'), 'hex'),
    ]);
    const body = bytes.toString('base64').match(/.{1,70}/g) ?? [];
    const label = ['OPENSSH', 'PRIVATE', 'KEY'].join(' ');
    const block = [`-----BEGIN ${label}-----`, ...body, `-----END ${label}-----`].join('\n');
    const rule = privateKeys.rules.find((r) => r.id === 'openssh-private-key')!;
    expect(scanText(block, compileDetector([rule])).length).toBe(1);
  });
});
