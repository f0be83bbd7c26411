import { ALNUM, B64, HEX, fake } from './fake.js';
import { QUOTE, TYPE, ci } from './shape.js';
import type { RuleFamily } from './types.js';

const any = (...words: string[]): string => `(?:${words.map(ci).join('|')})`;
/**
 * Names that say "this value is a credential": api_key, client_secret, authToken, DB_PASSWORD, … Case-insensitive
 * by character classes rather than the `i` flag, which makes V8 compile the whole regex several times slower.
 */
const NAME = `[A-Za-z0-9_.-]{0,40}?(?:${any('secret', 'token', 'password', 'passwd', 'pwd', 'credential', 'credentials')}|${any(
  'api',
  'access',
  'auth',
  'private',
  'secret',
  'client',
  'app',
  'master',
  'signing',
  'encryption',
  'session',
  'license',
)}[_.-]?${ci('key')})${ci('s')}?`;
/** A strict assignment: quote, closing bracket, type annotation, `=`, `:`, `:=` or `=>`, quote. */
const ASSIGN = `${QUOTE}\\]?[ \\t]{0,4}${TYPE}(?:=|:=|:|=>|\\?\\?=|\\|\\|=)[ \\t]{0,4}${QUOTE}`;
const VALUE = '[A-Za-z0-9_\\-+/=.~!@#%^&*]{16,200}';

export const generic: RuleFamily = {
  family: 'generic',
  rules: [
    {
      id: 'generic-secret-assignment',
      provider: 'Unknown',
      description: 'High-entropy value assigned to a name like api_key, secret, token or password',
      keywords: ['secret', 'token', 'password', 'passwd', 'pwd', 'credential', 'key'],
      requireAssignment: true,
      regex: new RegExp(`(?<![A-Za-z0-9])${NAME}${ASSIGN}(?<secret>${VALUE})(?![A-Za-z0-9_\\-+/=.~!@#%^&*])`),
      entropy: 3.5,
      generic: true,
      // Case-insensitive by hand, like NAME: the `i` flag would make this costly to compile on every blocked commit.
      reject: new RegExp(
        [
          '^[^0-9]*$', // no digit: words, identifiers, placeholders
          '^[0-9._-]*$', // numbers, versions
          '^eyJ[\\w-]*\\.eyJ', // JWTs: the jwt rule judges them
          '^[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)+$', // dotted code references: process.env.X, config.api.key
          '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$', // UUID
          '^[0-9a-fA-F]{40}$', // git SHA-1
          `^${any('sha1', 'sha256', 'sha384', 'sha512', 'md5')}[-:]`, // integrity hashes
          `^[\\w.-]+\\.${any(...'js mjs cjs ts json py rb go html css png jpg jpeg svg gif txt md yml yaml pem key crt'.split(' '))}$`, // file names
        ].join('|'),
      ),
      remediation:
        'Move the value to an environment variable or an ignored .env file; if it was ever pushed, rotate it with whoever issued it.',
      examples: () => ({
        match: [
          `api_key = "${fake(ALNUM, 32, 'ge1')}"`,
          `CLIENT_SECRET=${fake(B64, 40, 'ge2')}`,
          `  "authToken": "${fake(HEX, 48, 'ge3')}",`,
          `DB_PASSWORD: ${fake(ALNUM, 12, 'ge4')}#${fake(ALNUM, 8, 'ge5')}`,
          `const sessionSecret: string = '${fake(ALNUM, 24, 'ge8')}';`,
          `    "SERVICE_TOKEN = \\"${fake(B64, 32, 'ge9')}\\"\\n",`,
        ],
        noMatch: [
          'api_key = os.getenv("API_KEY")',
          'const token = process.env.GITHUB_TOKEN;',
          'secret: ${{ secrets.DEPLOY_SECRET }}',
          'password = "changeme"',
          'api_key = "<your-api-key>"',
          `session_token = "${'123e4567-e89b-12d3-a456-426614174000'}"`,
          `deploy_token = "${fake(HEX, 40, 'ge6')}"`,
          'tokenizer = AutoTokenizer.from_pretrained("bert-base-uncased")',
          'api_key: xxxxxxxxxxxxxxxxxxxxxxxxxxxx',
          `password_hash = "${fake(ALNUM, 32, 'ge7')}"`,
          'const authToken = useAuthTokenStore2();',
          'export const REFRESH_TOKEN_KEY = "refresh_token_storage_v2";',
          `token: "data:image/png;base64,${fake(B64, 120, 'ge10')}"`,
        ],
      }),
    },
  ],
};
