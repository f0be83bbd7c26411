import { ALNUM, B64, HEX, fake, join } from './fake.js';
import { keyed, spellings, words } from './context.js';
import { ci } from './shape.js';
import type { RuleFamily } from './types.js';

const any = (...words: string[]): string => `(?:${words.map(ci).join('|')})`;
/**
 * Names that say "this value is a credential" (api_key, client_secret, authToken, DB_PASSWORD, X-API-Key, …), matched
 * on the end of the name the assignment reader reports; not names that say the value is public or a form's
 * anti-forgery token (publicToken, STRIPE_PUBLISHABLE_KEY, csrf-token). Case-insensitive by character classes rather
 * than the `i` flag, which makes V8 compile the whole regex several times slower.
 */
const NAME = `^(?!.*${any('public', 'publishable', 'csrf', 'xsrf')}).*(?:${any('secret', 'token', 'password', 'passwd', 'pwd', 'credential', 'credentials')}|${any(
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
)}[_.-]?${ci('key')})${ci('s')}?$`;
const VALUE_CHARS = 'A-Za-z0-9_\\-+/=.~!@#%^&*';
/** Not followed by more value, nor by `[` (`…[Redacted]`) or a non-ASCII character (`abc…`): a shortened value. */
const VALUE_END = `(?![${VALUE_CHARS}[\\u0080-\\uffff])`;

export const generic: RuleFamily = {
  family: 'generic',
  rules: [
    {
      id: 'generic-secret-assignment',
      provider: 'Unknown',
      description: 'High-entropy value assigned to a name like api_key, secret, token or password',
      keywords: ['secret', 'token', 'password', 'passwd', 'pwd', 'credential', 'key'],
      requireAssignment: true,
      regex: { name: new RegExp(NAME), value: new RegExp(`(?<secret>[${VALUE_CHARS}]{16,200})${VALUE_END}`) },
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
          '^pk_(?:live|test)_', // publishable keys: meant to be public
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
          // Values on another line or in a fallback (the assignment reader pairs them with their name).
          `- name: API_KEY\n  value: "${fake(ALNUM, 32, 'ge11')}"`,
          `{"key": "SERVICE_TOKEN", "value": "${fake(ALNUM, 32, 'ge12')}"}`,
          `    return os.getenv("API_KEY", "${fake(ALNUM, 32, 'ge13')}")`,
          `headers["X-Token"] = os.environ.get("SERVICE_TOKEN", "${fake(ALNUM, 32, 'ge14')}")`,
          `const apiKey = process.env.API_KEY || "${fake(ALNUM, 32, 'ge15')}";`,
          `@token = ENV.fetch("SERVICE_TOKEN", "${fake(ALNUM, 32, 'ge16')}")`,
          `psql "password=\${DB_PASSWORD:-${fake(ALNUM, 24, 'ge17')}}"`,
          `variable "db_password" {\n  type    = string\n  default = "${fake(ALNUM, 24, 'ge18')}"\n}`,
          `curl --api-key ${fake(ALNUM, 32, 'ge19')} https://api.service.io/v1`,
          `<add key="ApiKey" value="${fake(ALNUM, 32, 'ge21')}" />`,
          `<apiKey>${fake(ALNUM, 32, 'ge22')}</apiKey>`,
          // Secret-named hex and base64: JWT signing secrets, Flask's SECRET_KEY, a JS config object's apiKey.
          `JWT_SECRET=${fake(B64, 48, 'ge25')}`,
          `app.config['SECRET_KEY'] = '${fake(HEX, 48, 'ge26')}'`,
          `  apiKey: "${fake(HEX, 32, 'ge27')}",`,
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
          // Public by design, a form's anti-forgery token, a redacted or shortened value, a minified bundle.
          `publicToken = "${fake(ALNUM, 32, 'ge30')}"`,
          `STRIPE_PUBLISHABLE_KEY=${fake(ALNUM, 32, 'ge31')}`,
          `<meta name="csrf-token" content="x"> csrf-token=${fake(ALNUM, 40, 'ge32')}`,
          `"authToken": "${fake(ALNUM, 20, 'ge33')}[Redacted]"`,
          `api_key = "${fake(ALNUM, 20, 'ge34')}\u2026"`,
          `!function(){${'var a=function(e){return e};'.repeat(200)}var c={apiKey:"${fake(ALNUM, 32, 'ge35')}"}}();`,
          `stripe_key = "${join('pk_', 'live_', fake(ALNUM, 24, 'ge36'))}"`,
        ],
      }),
    },
    {
      id: 'rails-secret-key-base',
      provider: 'Ruby on Rails',
      description: 'Rails secret_key_base (128 hex characters): signs and encrypts sessions and cookies',
      keywords: spellings('secret', 'key', 'base'),
      regex: keyed(words('secret', 'key', 'base'), '[0-9a-f]{128}'),
      entropy: 3,
      remediation:
        'Generate a new one with `bin/rails secret`, keep it in credentials or an environment variable, and redeploy: every session signed with the old one stops working.',
      examples: () => ({
        match: [
          `SECRET_KEY_BASE=${fake(HEX, 128, 'rk1')}`,
          `production:\n  secret_key_base: ${fake(HEX, 128, 'rk2')}`,
          `- name: SECRET_KEY_BASE\n  value: "${fake(HEX, 128, 'rk3')}"`,
          `Rails.application.secret_key_base ||= ENV.fetch("SECRET_KEY_BASE", "${fake(HEX, 128, 'rk4')}")`,
        ],
        noMatch: [
          'SECRET_KEY_BASE=<%= ENV["SECRET_KEY_BASE"] %>',
          `SECRET_KEY_BASE=${'0'.repeat(128)}`,
          `secret_key_base_digest = "${fake(HEX, 64, 'rk5')}"`,
        ],
      }),
    },
    {
      id: 'django-secret-key',
      provider: 'Django',
      description:
        "Django SECRET_KEY (50 characters from get_random_secret_key's alphabet, or django-insecure- and 50)",
      keywords: spellings('secret', 'key'),
      regex: keyed(
        `(?:^|[.$])${words('secret', 'key')}$`,
        `(?:django-insecure-)?[a-z0-9!@#$%^&*(\\-_=+)]{50}`,
        '(?![a-z0-9!@#$%^&*(\\-_=+)])',
      ),
      entropy: 4,
      remediation:
        'Generate a new key (django.core.management.utils.get_random_secret_key()), read it from the environment, and redeploy: sessions and password-reset links signed with the old one stop working.',
      examples: () => {
        const key = (seed: string) => fake('abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)', 50, seed);
        return {
          match: [
            `SECRET_KEY=${join('django-', 'insecure-', key('dj1'))}`,
            `SECRET_KEY = "${key('dj2')}"`,
            `os.environ.setdefault("SECRET_KEY", "${key('dj3')}")`,
          ],
          noMatch: [
            "SECRET_KEY = os.environ['SECRET_KEY']",
            `SECRET_KEY = '${join('django-', 'insecure-', 'x'.repeat(50))}'`,
            `AWS_SECRET_KEY = "${key('dj4')}"`,
          ],
        };
      },
    },
  ],
};
