import { HEX, fake, join } from './fake.js';
import { base64Bytes } from './decode.js';
import type { Rule, RuleFamily } from './types.js';

const KEY_REVOKE =
  'Generate a new key pair, replace the public key wherever it is trusted (servers, deploy keys, certificates), and remove the old one.';
const PGP_REVOKE =
  'Publish a revocation certificate for the key (gpg --gen-revoke), generate a new key and re-sign what it protected.';

/** A line break in a block: a real newline, or an escaped "\n" inside a JSON or code string; then indentation. */
const BREAK = '(?:\\r?\\n|(?:\\\\r)?\\\\n)[ \\t]*';
/** Up to four armor headers (Proc-Type: 4,ENCRYPTED, DEK-Info, Comment…), then an optional blank line. */
const HEADERS = `(?:[A-Za-z0-9-]+: [^\\r\\n\\\\]*${BREAK}){0,4}(?:${BREAK})?`;
/** Base64 body lines: a real key has at least one long line. */
const BODY = `[A-Za-z0-9+/=]{40,}(?:${BREAK}[A-Za-z0-9+/=]{4,})*`;
/** How far past the BEGIN line the engine looks (an 8192-bit RSA key is about 6.5 KB). */
const SPAN = 8192;

/** The base64 body of a PEM/armored block: the lines after BEGIN that are not headers, joined. */
export function pemBody(block: string): string {
  const lines = block.split(/\r?\n|(?:\\r)?\\n/).map((l) => l.trim());
  return lines
    .slice(1)
    .filter((l) => l.length > 0 && !l.includes(': ') && !l.startsWith('-----'))
    .join('');
}

/**
 * A DER SEQUENCE whose declared length fits the data, and the tag of its first element
 * (0x02 INTEGER for PKCS#1/PKCS#8/SEC1 keys, 0x30 SEQUENCE for encrypted PKCS#8); undefined otherwise.
 */
export function derFirstTag(bytes: Buffer): number | undefined {
  if (bytes.length < 8 || bytes[0] !== 0x30) return undefined;
  let length = bytes[1]!;
  let offset = 2;
  if (length & 0x80) {
    const n = length & 0x7f;
    if (n < 1 || n > 3) return undefined;
    length = 0;
    for (let i = 0; i < n; i++) length = length * 256 + bytes[2 + i]!;
    offset = 2 + n;
  }
  const end = offset + length;
  if (end > bytes.length || bytes.length - end > 16) return undefined;
  return bytes[offset];
}

/** Validate a DER key body; blocks with Proc-Type: 4,ENCRYPTED hold ciphertext and are accepted as they are. */
function derKey(firstTag: number): (secret: string) => boolean {
  return (secret) => {
    if (/Proc-Type:\s*4,ENCRYPTED/.test(secret)) return base64Bytes(pemBody(secret)) !== undefined;
    const bytes = base64Bytes(pemBody(secret));
    return bytes !== undefined && derFirstTag(bytes) === firstTag;
  };
}

const OPENSSH_MAGIC = 'openssh-key-v1\0';
/** SSH Communications Security (Tectia) private key magic number. */
const SSH2_MAGIC = 0x3f6ff9eb;

/** OpenPGP armor checksum (CRC-24, RFC 4880 §6.1). */
function crc24(bytes: Buffer): number {
  let crc = 0xb704ce;
  for (const byte of bytes) {
    crc ^= byte << 16;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}

/** An armored OpenPGP block whose first packet is a secret key (tag 5) and whose checksum, if present, matches. */
function pgpSecretKey(secret: string): boolean {
  const body = pemBody(secret);
  const checksum = /=([A-Za-z0-9+/]{4})$/.exec(body);
  const data = base64Bytes(checksum ? body.slice(0, checksum.index) : body);
  if (!data || data.length < 8) return false;
  const first = data[0]!;
  const tag = first & 0x40 ? first & 0x3f : (first >> 2) & 0x0f;
  if (!(first & 0x80) || tag !== 5) return false;
  return !checksum || Buffer.from(checksum[1]!, 'base64').readUIntBE(0, 3) === crc24(data);
}

/** Fake key material with the structure its label promises, so that examples validate. */
function fakeBody(label: string, seed: string, size: number): Buffer {
  const random = Buffer.from(fake(HEX, size * 2, seed), 'hex');
  if (label.startsWith('OPENSSH')) return Buffer.concat([Buffer.from(OPENSSH_MAGIC, 'latin1'), random]);
  if (label.startsWith('PGP')) return Buffer.concat([Buffer.from([0xc5, 0xfd]), random]);
  const inner = Buffer.concat([Buffer.from(label.startsWith('ENCRYPTED') ? [0x30, 0x4d] : [0x02, 0x01, 0x00]), random]);
  return Buffer.concat([Buffer.from([0x30, 0x82, inner.length >> 8, inner.length & 0xff]), inner]);
}

/** Build a PEM (or PGP armor) block from parts, for examples: well-formed for its label unless `random`. */
export function pemBlock(label: string, seed: string, lines = 6, random = false): string {
  const bytes = random ? Buffer.from(fake(HEX, lines * 96, seed), 'hex') : fakeBody(label, seed, lines * 48);
  const text = bytes.toString('base64');
  const body: string[] = [];
  for (let i = 0; i < text.length; i += 64) body.push(text.slice(i, i + 64));
  if (label.startsWith('PGP')) {
    const crc = crc24(bytes);
    body.unshift('');
    body.push(`=${Buffer.from([crc >> 16, (crc >> 8) & 0xff, crc & 0xff]).toString('base64')}`);
  }
  return [join('-----BEGIN ', label, '-----'), ...body, join('-----END ', label, '-----')].join('\n');
}

/** A PEM block rule for one label pattern. */
function pemRule(
  id: string,
  description: string,
  label: string,
  validate: (s: string) => boolean,
  exampleLabel: string,
): Rule {
  return {
    id,
    provider: 'Private key',
    description,
    keywords: ['private key'],
    regex: new RegExp(`(?<secret>-----BEGIN ${label}-----[ \\t]*${BREAK}${HEADERS}${BODY})`),
    span: SPAN,
    validate,
    remediation: exampleLabel.startsWith('PGP') ? PGP_REVOKE : KEY_REVOKE,
    examples: () => ({
      match: [
        pemBlock(exampleLabel, `${id}1`),
        `"private_key": "${pemBlock(exampleLabel, `${id}2`).split('\n').join('\\n')}\\n"`,
        `key: |\n  ${pemBlock(exampleLabel, `${id}3`, 3).split('\n').join('\n  ')}`,
      ],
      noMatch: [
        `const header = "${join('-----BEGIN ', exampleLabel, '-----')}";`,
        `if (pem.startsWith('${join('-----BEGIN ', exampleLabel, '-----')}')) {`,
        [join('-----BEGIN ', exampleLabel, '-----'), 'MIIE...', join('-----END ', exampleLabel, '-----')].join('\n'),
        pemBlock('PUBLIC KEY', `${id}4`),
      ],
    }),
  };
}

const DER_SEQUENCE_INTEGER = derKey(0x02);

export const privateKeys: RuleFamily = {
  family: 'private-keys',
  rules: [
    pemRule(
      'rsa-private-key',
      'PEM RSA private key, PKCS#1 (BEGIN RSA PRIVATE KEY), also OpenSSL-encrypted',
      'RSA PRIVATE KEY',
      DER_SEQUENCE_INTEGER,
      'RSA PRIVATE KEY',
    ),
    pemRule(
      'ec-private-key',
      'PEM EC private key, SEC 1 (BEGIN EC PRIVATE KEY)',
      'EC PRIVATE KEY',
      DER_SEQUENCE_INTEGER,
      'EC PRIVATE KEY',
    ),
    pemRule(
      'dsa-private-key',
      'PEM DSA private key (BEGIN DSA PRIVATE KEY)',
      'DSA PRIVATE KEY',
      DER_SEQUENCE_INTEGER,
      'DSA PRIVATE KEY',
    ),
    pemRule(
      'pkcs8-private-key',
      'PEM PKCS#8 private key of any algorithm (BEGIN PRIVATE KEY)',
      'PRIVATE KEY',
      DER_SEQUENCE_INTEGER,
      'PRIVATE KEY',
    ),
    pemRule(
      'encrypted-private-key',
      'PEM encrypted PKCS#8 private key (BEGIN ENCRYPTED PRIVATE KEY); weak passphrases are brute-forced offline',
      'ENCRYPTED PRIVATE KEY',
      derKey(0x30),
      'ENCRYPTED PRIVATE KEY',
    ),
    pemRule(
      'openssh-private-key',
      'OpenSSH private key (BEGIN OPENSSH PRIVATE KEY), encrypted or not',
      'OPENSSH PRIVATE KEY',
      (secret) => base64Bytes(pemBody(secret))?.subarray(0, OPENSSH_MAGIC.length).toString('latin1') === OPENSSH_MAGIC,
      'OPENSSH PRIVATE KEY',
    ),
    pemRule(
      'pgp-private-key',
      'OpenPGP secret key block (BEGIN PGP PRIVATE KEY BLOCK)',
      'PGP PRIVATE KEY BLOCK',
      pgpSecretKey,
      'PGP PRIVATE KEY BLOCK',
    ),
    pemRule(
      'private-key',
      'PEM private key with another label (BEGIN … PRIVATE KEY: ED25519, X25519, DH, ANY…)',
      '(?!(?:RSA|EC|DSA|OPENSSH|ENCRYPTED|PGP|SSH2 ENCRYPTED) )[A-Z0-9]{1,16}(?: [A-Z0-9]{1,16}){0,2} PRIVATE KEY',
      (secret) => {
        const bytes = base64Bytes(pemBody(secret));
        return bytes !== undefined && derFirstTag(bytes) !== undefined;
      },
      'ED25519 PRIVATE KEY',
    ),
    {
      id: 'ssh2-private-key',
      provider: 'Private key',
      description: 'SSH.com / Tectia private key (---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----)',
      keywords: ['private key'],
      regex: new RegExp(
        `(?<secret>---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----[ \\t]*${BREAK}(?:[A-Za-z0-9-]+: [^\\r\\n]*${BREAK}){0,4}${BODY})`,
      ),
      span: SPAN,
      validate: (secret) =>
        base64Bytes(pemBody(secret.replace(/^-+ BEGIN[^\n]*/, '-----')))?.readUInt32BE(0) === SSH2_MAGIC,
      remediation: KEY_REVOKE,
      examples: () => {
        const bytes = Buffer.concat([
          Buffer.from([0x3f, 0x6f, 0xf9, 0xeb]),
          Buffer.from(fake(HEX, 380, 'ssh2'), 'hex'),
        ]);
        const text = bytes.toString('base64');
        const body = text.match(/.{1,70}/g) ?? [];
        return {
          match: [
            [
              '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----',
              'Comment: "rsa-key-20240101"',
              ...body,
              '---- END SSH2 ENCRYPTED PRIVATE KEY ----',
            ].join('\n'),
          ],
          noMatch: [
            '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----',
            '---- BEGIN SSH2 PUBLIC KEY ----\nAAAAB3NzaC1yc2EAAAADAQABAAABAQ',
          ],
        };
      },
    },
    {
      id: 'putty-private-key',
      provider: 'Private key',
      description: 'PuTTY private key file (PuTTY-User-Key-File-2/3), the Private-Lines section',
      keywords: ['putty-user-key-file-'],
      regex: new RegExp(
        `(?<secret>PuTTY-User-Key-File-[23]: [a-z0-9@.-]+[ \\t]*${BREAK}(?:[A-Za-z-]+: [^\\r\\n\\\\]*${BREAK}|[A-Za-z0-9+/=]{4,}${BREAK}){2,80}?` +
          `Private-Lines: \\d{1,3}[ \\t]*${BREAK}[A-Za-z0-9+/=]{16,}(?:${BREAK}(?![A-Za-z-]*:)[A-Za-z0-9+/=]{4,})*)`,
      ),
      span: SPAN,
      validate: (secret) => {
        const count = /Private-Lines: (\d+)[^]*$/.exec(secret);
        if (!count) return false;
        const rest = secret
          .slice(secret.lastIndexOf('Private-Lines:'))
          .split(/\r?\n|(?:\\r)?\\n/)
          .slice(1)
          .filter((l) => l.trim());
        return rest.length === Number(count[1]) && base64Bytes(rest.map((l) => l.trim()).join('')) !== undefined;
      },
      remediation: KEY_REVOKE,
      examples: () => {
        const lines = (seed: string, n: number): string[] =>
          Array.from({ length: n }, (_v, i) => Buffer.from(fake(HEX, 96, `${seed}${i}`), 'hex').toString('base64'));
        const file = (seed: string): string =>
          [
            join('PuTTY-User-', 'Key-File-3: ssh-ed25519'),
            'Encryption: none',
            'Comment: deploy@ci',
            'Public-Lines: 2',
            ...lines(`${seed}pub`, 2),
            'Private-Lines: 3',
            ...lines(`${seed}priv`, 3),
            `Private-MAC: ${fake(HEX, 64, `${seed}mac`)}`,
          ].join('\n');
        return {
          match: [file('pt1'), file('pt2').replace(/\n/g, '\r\n')],
          noMatch: [
            'if (line.startsWith("PuTTY-User-Key-File-")) {',
            join('PuTTY-User-', 'Key-File-3: ssh-ed25519\nEncryption: none\nComment: x\nPublic-Lines: 2'),
          ],
        };
      },
    },
    {
      id: 'age-secret-key',
      provider: 'age',
      description: 'age encryption identity (AGE-SECRET-KEY-1 + bech32)',
      keywords: ['age-secret-key-1'],
      regex: /(?<![A-Za-z0-9-])(?<secret>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Za-z0-9])/,
      entropy: 3.5,
      validate: (secret) => bech32Valid(secret.toLowerCase()),
      remediation:
        'Generate a new identity (age-keygen), re-encrypt the files for the new recipient, and remove the old recipient everywhere.',
      examples: () => ({
        match: [`SOPS_AGE_KEY=${ageKey('ag1')}`, `# secret key\n${ageKey('ag2')}`],
        noMatch: [join('AGE-SECRET', '-KEY-1', 'Q'.repeat(58)), join('AGE-SECRET', '-KEY-1', '...')],
      }),
    },
  ],
};

/* bech32 (BIP 173), used by age identities: checksum check offline, and an encoder for examples. */
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >> i) & 1) chk ^= GEN[i]!;
  }
  return chk;
}

function hrpExpand(hrp: string): number[] {
  return [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31)];
}

function bech32Valid(text: string): boolean {
  const sep = text.lastIndexOf('1');
  const data = [...text.slice(sep + 1)].map((c) => BECH32.indexOf(c));
  return !data.includes(-1) && polymod([...hrpExpand(text.slice(0, sep)), ...data]) === 1;
}

/** A fake age identity with a valid checksum, built at run time. */
function ageKey(seed: string): string {
  const hrp = join('age-secret', '-key-');
  const data = [...fake(BECH32, 52, seed)].map((c) => BECH32.indexOf(c));
  const mod = polymod([...hrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const checksum = Array.from({ length: 6 }, (_v, i) => (mod >> (5 * (5 - i))) & 31);
  return `${hrp}1${[...data, ...checksum].map((d) => BECH32[d]).join('')}`.toUpperCase();
}
