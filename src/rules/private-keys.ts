import { B64, fake, join } from './fake.js';
import type { RuleFamily } from './types.js';

const KEY_REVOKE =
  'Generate a new key pair, replace the public key wherever it is trusted (servers, deploy keys, certificates), and remove the old one.';

/** A PEM body line break: a real newline, or an escaped "\n" inside a JSON or code string. */
const BREAK = '(?:\\r?\\n|(?:\\\\r)?\\\\n)';

/** Build a PEM block from parts, for examples. */
export function pemBlock(label: string, seed: string, lines = 6): string {
  const body: string[] = [];
  for (let i = 0; i < lines; i++) body.push(fake(B64, 64, `${seed}${i}`));
  return [join('-----BEGIN ', label, '-----'), ...body, join('-----END ', label, '-----')].join('\n');
}

export const privateKeys: RuleFamily = {
  family: 'private-keys',
  rules: [
    {
      id: 'private-key',
      provider: 'Private key',
      description: 'PEM or OpenSSH private key block (RSA, EC, DSA, OpenSSH, PKCS#8, encrypted, PGP)',
      keywords: ['private key'],
      regex: new RegExp(
        `(?<secret>-----BEGIN[ A-Z0-9]{0,24}PRIVATE KEY(?: BLOCK)?-----[ \\t]*${BREAK}` +
          `(?:[A-Za-z0-9-]+: [^\\r\\n\\\\]*${BREAK}){0,4}(?:${BREAK})?` +
          `[A-Za-z0-9+/=]{40,}(?:${BREAK}[A-Za-z0-9+/=]{4,})*)`,
      ),
      span: 8192,
      remediation: KEY_REVOKE,
      examples: () => ({
        match: [
          pemBlock('RSA PRIVATE KEY', 'pk1'),
          pemBlock('OPENSSH PRIVATE KEY', 'pk2'),
          pemBlock('PRIVATE KEY', 'pk3'),
          `"private_key": "${pemBlock('PRIVATE KEY', 'pk4').split('\n').join('\\n')}\\n"`,
        ],
        noMatch: [
          `const header = "${join('-----BEGIN ', 'PRIVATE KEY', '-----')}";`,
          `if (pem.startsWith('${join('-----BEGIN ', 'RSA PRIVATE KEY', '-----')}')) {`,
          pemBlock('PUBLIC KEY', 'pk5'),
        ],
      }),
    },
  ],
};
