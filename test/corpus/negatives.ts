import { B64, HEX, LOWER, LOWER_ALNUM, fake, join } from '../../src/rules/fake.js';
import type { Rule } from '../../src/rules/types.js';
import { minifiedCode } from './minified.js';
import { camel, dotted, lower, type Sample } from './names.js';

/** A file that must not produce any finding. `kind` groups the report. */
export interface Negative {
  kind: string;
  file: string;
  content: string;
}

const uuid = (seed: string) =>
  [
    fake(HEX, 8, `${seed}1`),
    fake(HEX, 4, `${seed}2`),
    `4${fake(HEX, 3, `${seed}3`)}`,
    `a${fake(HEX, 3, `${seed}4`)}`,
    fake(HEX, 12, `${seed}5`),
  ].join('-');
const sri = (seed: string, bits = 512) =>
  `sha${bits}-${fake(B64, bits === 512 ? 86 : 64, seed)}${bits === 512 ? '==' : ''}`;
const pkg = (i: number) =>
  ['react', 'lodash', 'chalk', 'zod', 'vite', 'esbuild', 'tokenizer', 'secret-handshake'][i % 8]!;

/** Lockfiles: full of hashes and tokens-by-name, never scanned. */
function lockfiles(i: number): Negative[] {
  const s = `lock${i}`;
  const name = pkg(i);
  return [
    {
      kind: 'lockfile',
      file: 'package-lock.json',
      content: JSON.stringify(
        {
          name: 'app',
          lockfileVersion: 3,
          packages: {
            [`node_modules/${name}`]: {
              version: '1.2.3',
              resolved: `https://registry.npmjs.org/${name}/-/${name}-1.2.3.tgz`,
              integrity: sri(s),
            },
          },
        },
        null,
        2,
      ),
    },
    {
      kind: 'lockfile',
      file: 'yarn.lock',
      content: `${name}@^1.2.0:\n  version "1.2.3"\n  resolved "https://registry.yarnpkg.com/${name}/-/${name}-1.2.3.tgz#${fake(HEX, 40, s)}"\n  integrity ${sri(s)}\n`,
    },
    {
      kind: 'lockfile',
      file: 'pnpm-lock.yaml',
      content: `packages:\n  /${name}@1.2.3:\n    resolution: {integrity: ${sri(s)}}\n`,
    },
    {
      kind: 'lockfile',
      file: 'go.sum',
      content: `github.com/acme/${name} v1.2.3 h1:${fake(B64, 43, s)}=\ngithub.com/acme/${name} v1.2.3/go.mod h1:${fake(B64, 43, `${s}m`)}=\n`,
    },
    {
      kind: 'lockfile',
      file: 'Cargo.lock',
      content: `[[package]]\nname = "${name}"\nversion = "1.2.3"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${fake(HEX, 64, s)}"\n`,
    },
    {
      kind: 'lockfile',
      file: 'poetry.lock',
      content: `[[package]]\nname = "${name}"\nfiles = [\n    {file = "${name}-1.2.3.tar.gz", hash = "sha256:${fake(HEX, 64, s)}"},\n]\n`,
    },
    {
      kind: 'lockfile',
      file: 'Pipfile.lock',
      content: JSON.stringify(
        { default: { [name]: { hashes: [`sha256:${fake(HEX, 64, s)}`], version: '==1.2.3' } } },
        null,
        4,
      ),
    },
    {
      kind: 'lockfile',
      file: 'composer.lock',
      content: JSON.stringify(
        {
          'content-hash': fake(HEX, 32, s),
          packages: [{ name: `acme/${name}`, dist: { reference: fake(HEX, 40, s), shasum: '' } }],
        },
        null,
        4,
      ),
    },
    {
      kind: 'lockfile',
      file: 'Gemfile.lock',
      content: `GEM\n  remote: https://rubygems.org/\n  specs:\n    ${name} (1.2.3)\nCHECKSUMS\n  ${name} (1.2.3) sha256=${fake(HEX, 64, s)}\n`,
    },
    {
      kind: 'lockfile',
      file: 'bun.lock',
      content: `{\n  "packages": {\n    "${name}": ["${name}@1.2.3", "", {}, "${sri(s)}"],\n  }\n}\n`,
    },
  ];
}

/** Hashes, ids and encoded blobs in ordinary source files, next to credential-sounding names. */
function lookalikes(i: number): Negative[] {
  const s = `la${i}`;
  return [
    {
      kind: 'sri',
      file: 'index.html',
      content: `<script src="https://cdn.example.com/app.js" integrity="${sri(s, 384)}" crossorigin="anonymous"></script>\n`,
    },
    {
      kind: 'sri',
      file: 'manifest.json',
      content: `{"files":{"main.js":{"integrity":"${sri(s)}","token":"${sri(`${s}t`, 256)}"}}}\n`,
    },
    { kind: 'uuid', file: 'fixtures.py', content: `session_token = "${uuid(s)}"\nrequest_id = '${uuid(`${s}r`)}'\n` },
    {
      kind: 'uuid',
      file: 'ids.ts',
      content: `export const secretId = "${uuid(s)}";\nexport const clientKey = '${uuid(`${s}c`)}';\n`,
    },
    {
      kind: 'git-sha',
      file: 'deploy.yml',
      content: `image_tag: ${fake(HEX, 40, s)}\ndeploy_token_ref: "${fake(HEX, 40, `${s}d`)}"\n`,
    },
    {
      kind: 'git-sha',
      file: 'versions.json',
      content: `{"gitHead": "${fake(HEX, 40, s)}", "secretsCommit": "${fake(HEX, 40, `${s}x`)}"}\n`,
    },
    {
      kind: 'data-uri',
      file: 'styles.css',
      content: `.icon-key { background: url(data:image/png;base64,${fake(B64, 600 + i, s)}=); }\n`,
    },
    {
      kind: 'data-uri',
      file: 'icons.js',
      content: `export const passwordIcon = "data:image/svg+xml;base64,${fake(B64, 400 + i, s)}";\nconst token = 'data:font/woff2;base64,${fake(B64, 300, `${s}f`)}';\n`,
    },
    { kind: 'data-uri', file: 'page.md', content: `![key](data:image/png;base64,${fake(B64, 500, s)})\n` },
    {
      kind: 'css',
      file: 'theme.css',
      content: `:root {\n  --token-color-primary: #${fake(HEX, 6, s)};\n  --secret-banner-bg: #${fake(HEX, 8, `${s}b`)};\n}\n.key-${i} { color: rgb(${i % 255}, 12, 200); }\n`,
    },
    {
      kind: 'css',
      file: 'tokens.scss',
      content: `$token-spacing-${i}: ${i}px;\n$password-strength-weak: #${fake(HEX, 6, s)};\n`,
    },
    {
      kind: 'i18n',
      file: 'en.json',
      content: `{\n  "auth.token.expired": "Your session has expired, please sign in again.",\n  "password.reset.success${i}": "Password updated",\n  "apiKey.label": "API key",\n  "secret": "settings.secret_${i}.label"\n}\n`,
    },
    {
      kind: 'i18n',
      file: 'fr.yml',
      content: `fr:\n  auth:\n    token_expired: "Votre session a expiré"\n    password_hint_v${i}: "Au moins 12 caractères"\n`,
    },
    {
      kind: 'identifier',
      file: 'model.py',
      content: `tokenizer = AutoTokenizer.from_pretrained("bert-base-uncased-v${i}")\npassword_hash = hash_password_v2(raw_password)\nsecret_key = os.environ.get("SECRET_KEY_V${i}")\n`,
    },
    {
      kind: 'identifier',
      file: 'auth.ts',
      content: `const passwordResetTokenExpiry = ${3600 + i};\nconst authToken = useAuthTokenStore${i}();\nconst apiKey = config.get("apiKeyV${i}");\nexport const REFRESH_TOKEN_KEY = "refresh_token_storage_v${i}";\n`,
    },
    {
      kind: 'identifier',
      file: 'Auth.java',
      content: `private static final String TOKEN_HEADER_NAME${i} = "X-Auth-Token-V2";\nString secretKeyRef = secretManagerClient2.accessSecretVersion(name).getPayload();\n`,
    },
    {
      kind: 'identifier',
      file: 'auth.go',
      content: `tokenSource := oauth2.StaticTokenSource(tok${i})\npasswordValidator := NewPasswordValidatorV2(cfg)\n`,
    },
    {
      kind: 'placeholder',
      file: '.env.example',
      content: `API_KEY=<your-api-key>\nSECRET_TOKEN=your_secret_token_here_${i}\nDB_PASSWORD=changeme\nAUTH_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n`,
    },
    {
      kind: 'placeholder',
      file: 'docs.md',
      content: `Set \`api_key: \${{ secrets.API_KEY_${i} }}\` and \`token: {{ .Values.token }}\`, or \`password = %(DB_PASSWORD)s\`.\n`,
    },
    {
      kind: 'minified',
      file: `vendor.${fake(LOWER_ALNUM, 8, s)}.min.js`,
      content: `${minifiedCode(`neg${i}`, 8000)}\n`,
    },
    {
      kind: 'random-id',
      file: 'data.csv',
      content: `id,name,hash\n${i},${fake(LOWER, 6, s)},${fake(HEX, 32, s)}\n${i + 1},${fake(LOWER, 6, `${s}n`)},${fake(HEX, 32, `${s}h`)}\n`,
    },
  ];
}

/** The documentation keys every provider publishes: never a real credential. */
function documentationKeys(): Negative[] {
  const aws = [join('AKIA', 'IOSFODNN7', 'EXAMPLE'), join('wJalrXUtnFEMI/K7MDENG/', 'bPxRfiCYEXAMPLEKEY')];
  return [
    { kind: 'docs-key', file: 'aws.md', content: `aws_access_key_id = ${aws[0]}\naws_secret_access_key = ${aws[1]}\n` },
    {
      kind: 'docs-key',
      file: 'credentials',
      content: `[default]\nAWS_ACCESS_KEY_ID=${aws[0]}\nAWS_SECRET_ACCESS_KEY=${aws[1]}\n`,
    },
    {
      kind: 'docs-key',
      file: 'stripe.md',
      content: `Stripe.api_key = '${join('sk_', 'test_', '4eC39HqLyjWDarjtT1zdp7dc')}'\nconst stripe = Stripe('${join('pk_', 'test_', 'TYooMQauvdEDq54NiTphI7jx')}');\n`,
    },
    {
      kind: 'docs-key',
      file: 'github.md',
      content: `curl -H "Authorization: Bearer ${join('gh', 'p_', '16C7e42F292c6912E7710c838347Ae178B4a')}" https://api.github.com/user\n`,
    },
    {
      kind: 'docs-key',
      file: 'jwt.md',
      content: `token = "${join('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9', '.', 'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ', '.', 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c')}"\n`,
    },
  ];
}

/** Per rule: its variable name with no secret in it (env references, templates, placeholders of its own shape). */
export function ruleNegatives(rule: Rule, sample: Sample): Negative[] {
  const n = sample.name;
  const s = sample.secret;
  const head = s.slice(0, Math.min(8, Math.floor(s.length / 4)));
  const body = s.length - head.length;
  const shaped = [
    head + 'x'.repeat(body),
    head + 'X'.repeat(body),
    head + '0'.repeat(body),
    head + 'YOUR_KEY_HERE'.padEnd(body, '_').slice(0, Math.max(body, 13)),
    `${head}...`,
    `${head}<redacted>`,
  ];
  const kind = `placeholder:${rule.id}`;
  const refs: Negative[] = [
    {
      kind: `env-ref:${rule.id}`,
      file: 'settings.py',
      content: `${n} = os.environ["${n}"]\n${lower(n)} = os.getenv("${n}", "")\n`,
    },
    {
      kind: `env-ref:${rule.id}`,
      file: 'config.ts',
      content: `const ${camel(n)} = process.env.${n} ?? "";\nexport const ${camel(n)}2 = import.meta.env.VITE_${n};\n`,
    },
    {
      kind: `env-ref:${rule.id}`,
      file: 'ci.yml',
      content: `env:\n  ${n}: \${{ secrets.${n} }}\n  ${lower(n)}: "{{ vault_${lower(n)} }}"\n`,
    },
    { kind: `env-ref:${rule.id}`, file: 'application.properties', content: `${dotted(n)}=\${${n}}\n` },
    {
      kind: `env-ref:${rule.id}`,
      file: 'i18n.json',
      content: `{"${dotted(n)}.label": "${n.replace(/_/g, ' ').toLowerCase()}", "${dotted(n)}.missing": "Set ${n} first"}\n`,
    },
  ];
  if (s.includes('\n')) return refs;
  return [
    ...refs,
    ...shaped.map((p, i) => ({ kind, file: i % 2 ? '.env.example' : 'README.md', content: `${n}=${p}\n` })),
  ];
}

/** Static hard negatives, `rounds` variants of each kind. */
export function staticNegatives(rounds: number): Negative[] {
  const out: Negative[] = [...documentationKeys()];
  for (let i = 0; i < rounds; i++) out.push(...lockfiles(i), ...lookalikes(i));
  return out;
}
