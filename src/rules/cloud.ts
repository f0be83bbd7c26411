import { ALNUM, B64, UPPER, fake, join } from './fake.js';
import { ASSIGN, END, START, ci, prefixed } from './shape.js';
import type { RuleFamily } from './types.js';

const AWS_REVOKE =
  'Deactivate and delete it in IAM (https://console.aws.amazon.com/iam/home#/security_credentials), then create a new key.';
const BASE32 = UPPER + '234567';

export const cloud: RuleFamily = {
  family: 'cloud',
  rules: [
    {
      id: 'aws-access-key-id',
      provider: 'AWS',
      description: 'AWS access key ID (AKIA…, ASIA…)',
      keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
      regex: new RegExp(`${START}(?<secret>(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16})${END}`),
      entropy: 3,
      remediation: AWS_REVOKE,
      examples: () => ({
        match: [
          `AWS_ACCESS_KEY_ID=${join('AK', 'IA', fake(BASE32, 16, 'ak1'))}`,
          `aws_access_key_id = ${join('AS', 'IA', fake(BASE32, 16, 'ak2'))}`,
        ],
        noMatch: [`AWS_ACCESS_KEY_ID=${join('AKIA', 'IOSFODNN7', 'EXAMPLE')}`, `id = "${join('AK', 'IA', 'AAAAAAAAAAAAAAAA')}"`],
      }),
    },
    {
      id: 'aws-secret-access-key',
      provider: 'AWS',
      description: 'AWS secret access key (40 characters next to an aws/secret_access_key name)',
      keywords: ['secret_access', 'secretaccess', 'secret-access', 'aws_secret', 'aws-secret', 'awssecret'],
      regex: new RegExp(
        `(?:${ci('secret')}[_.-]?${ci('access')}[_.-]?${ci('key')}|${ci('aws')}[_.-]?${ci('secret')}(?:[_.-]?${ci('key')})?)` +
          `${ASSIGN}(?<secret>[A-Za-z0-9/+]{40})${END}`,
      ),
      entropy: 4,
      remediation: AWS_REVOKE,
      examples: () => ({
        match: [
          `AWS_SECRET_ACCESS_KEY=${fake(B64, 40, 'as1')}`,
          `aws_secret_access_key = ${fake(B64, 40, 'as2')}`,
          `"SecretAccessKey": "${fake(B64, 40, 'as3')}"`,
        ],
        noMatch: [
          `AWS_SECRET_ACCESS_KEY=${join('wJalrXUtnFEMI/K7MDENG/', 'bPxRfiCYEXAMPLEKEY')}`,
          'AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}',
          `aws_secret_access_key = ${fake(ALNUM, 20, 'as4')}`,
        ],
      }),
    },
  ],
};
