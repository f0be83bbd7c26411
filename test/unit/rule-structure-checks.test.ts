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
