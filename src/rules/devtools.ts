/**
 * Developer platforms, CI/CD, testing grids, security and secrets tools, collaboration: tokens with a prefix of their
 * own first, then the ones recognised by the name they are assigned to.
 */
import { ALNUM, B64, B64URL, HEX, LOWER_ALNUM, UPPER_ALNUM, fake, fakeUuid, join } from './fake.js';
import { UUID, credentialName, either, keyed, nameWith, spellings, words } from './context.js';
import { b64json, jsonObject } from './decode.js';
import { fakeJwt } from './named.js';
import { END, ci, prefixed, token } from './shape.js';
import type { Rule, RuleFamily } from './types.js';

const hex = (n: number, seed: string): string => fake(HEX, n, seed);
const alnum = (n: number, seed: string): string => fake(ALNUM, n, seed);
/** A signed JWT's shape, bounded (provider rules keyed on a name; the generic jwt rule yields to them). */
const JWT = 'eyJ[A-Za-z0-9_-]{10,2000}\\.eyJ[A-Za-z0-9_-]{10,4000}\\.[A-Za-z0-9_-]{20,1000}';
/** A name that starts a line or follows a non-identifier character (LT_ACCESS_KEY, not DEFAULT_ACCESS_KEY). */
const bounded = (name: string): string => `(?<![A-Za-z0-9])${name}`;

const TAILSCALE_KEYS = 'https://login.tailscale.com/admin/settings/keys';
const HARNESS_REVOKE =
  'Delete the token in Harness (your profile → My API Keys, or Account Settings → Access Control → Service Accounts → the account → API Keys) and generate a new one.';
const ONEPASSWORD_REVOKE =
  'Revoke it at https://my.1password.com/developer-tools (Developer → Service Accounts / Connect servers) and create a new one.';
const ATLASSIAN_REVOKE =
  'Revoke it at https://id.atlassian.com/manage-profile/security/api-tokens (Data Center: your profile → Personal access tokens) and create a new one.';

/** Tailscale keys: tskey-<kind>-<key id>-<secret>. */
function tailscale(kind: string, id: string, what: string, remediation: string, name: string): Rule {
  const prefix = `tskey-${kind}-`;
  return {
    id,
    provider: 'Tailscale',
    description: `Tailscale ${what} (${prefix})`,
    keywords: [prefix],
    regex: prefixed(prefix, '[A-Za-z0-9]{6,24}-[A-Za-z0-9]{24,64}'),
    entropy: 3.5,
    remediation,
    examples: () => ({
      match: [
        `${name}=${join('tsk', 'ey-', kind, '-', 'k', alnum(11, `${id}1`), 'CNTRL-', alnum(33, `${id}2`))}`,
        `  "${name.toLowerCase()}": "${join('tsk', 'ey-', kind, '-', 'k', alnum(9, `${id}3`), 'CNTRL-', alnum(30, `${id}4`))}",`,
      ],
      noMatch: [
        `${name}=${join('tsk', 'ey-', kind, '-XXXXXX')}`,
        `${name}=${join('tsk', 'ey-', kind, '-abcDEF1CNTRL-091234567890ABCDEF')}`,
      ],
    }),
  };
}

const prefixedTokens: Rule[] = [
  {
    id: 'harness-personal-access-token',
    provider: 'Harness',
    description: 'Harness personal access token (pat.<account id>.<token id>.<secret>)',
    keywords: ['pat.'],
    regex: prefixed('pat.', '[A-Za-z0-9_-]{20,24}\\.[a-f0-9]{24}\\.[A-Za-z0-9]{20}'),
    entropy: 3.5,
    remediation: HARNESS_REVOKE,
    examples: () => ({
      match: [
        `HARNESS_API_KEY=${join('pa', 't.', fake(B64URL, 22, 'hn1'), '.', hex(24, 'hn2'), '.', alnum(20, 'hn3'))}`,
        `curl -H 'x-api-key: ${join('pa', 't.', fake(B64URL, 22, 'hn4'), '.', hex(24, 'hn5'), '.', alnum(20, 'hn6'))}' https://app.harness.io/gateway/ng/api/user/currentUser`,
      ],
      noMatch: [
        'HARNESS_API_KEY=pat.<account id>.<token id>.<secret>',
        `const pat = user.pat.${alnum(22, 'hn7')};`,
        `HARNESS_API_KEY=${join('pa', 't.', fake(B64URL, 22, 'hn8'), '.', hex(24, 'hn9'))}`,
      ],
    }),
  },
  {
    id: 'harness-service-account-token',
    provider: 'Harness',
    description: 'Harness service account token (sat.<account id>.<token id>.<secret>)',
    keywords: ['sat.'],
    regex: prefixed('sat.', '[A-Za-z0-9_-]{20,24}\\.[a-f0-9]{24}\\.[A-Za-z0-9]{20}'),
    entropy: 3.5,
    remediation: HARNESS_REVOKE,
    examples: () => ({
      match: [
        `HARNESS_PLATFORM_API_KEY=${join('sa', 't.', fake(B64URL, 22, 'hs1'), '.', hex(24, 'hs2'), '.', alnum(20, 'hs3'))}`,
      ],
      noMatch: [
        'HARNESS_PLATFORM_API_KEY=sat.xxxxxxxx.xxxxxxxx.xxxxxxxx',
        `image = sat.${alnum(22, 'hs4')}.${hex(24, 'hs5')}.png`,
      ],
    }),
  },
  {
    id: 'octopus-deploy-api-key',
    provider: 'Octopus Deploy',
    description: 'Octopus Deploy API key (API- + 25 to 32 upper-case letters and digits)',
    keywords: ['api-'],
    regex: prefixed('API-', '[A-Z0-9]{25,32}'),
    entropy: 3.5,
    remediation:
      'Revoke it in the Octopus web portal (your profile → My API Keys, or the service account → API keys) and create a new key.',
    examples: () => ({
      match: [
        `OCTOPUS_API_KEY=${join('AP', 'I-', fake(UPPER_ALNUM, 26, 'oc1'))}`,
        `octo push --package app.1.0.zip --server https://acme.octopus.app --apiKey ${join('AP', 'I-', fake(UPPER_ALNUM, 30, 'oc2'))}`,
      ],
      noMatch: [
        `OCTOPUS_API_KEY=API-${'X'.repeat(26)}`,
        'OCTOPUS_API_KEY=API-YOURAPIKEYGOESHEREXXXXXXX',
        `X-API-VERSION: ${fake(UPPER_ALNUM, 26, 'oc3').toLowerCase()}`,
      ],
    }),
  },
  {
    id: 'onepassword-service-account-token',
    provider: '1Password',
    description: '1Password service account token (ops_ + base64 JSON)',
    keywords: ['ops_'],
    regex: prefixed('ops_', 'eyJ[A-Za-z0-9+/_-]{40,3000}={0,2}', '(?![A-Za-z0-9+/=_-])'),
    entropy: 4,
    validate: (secret) => jsonObject(secret.slice('ops_'.length)) !== undefined,
    remediation: ONEPASSWORD_REVOKE,
    examples: () => {
      const body = (seed: string): string =>
        b64json({
          signInAddress: 'acme.1password.com',
          userAuth: {
            method: 'SRPg-4096',
            alg: 'PBES2g-HS256',
            iterations: 650000,
            salt: fake(B64URL, 22, `${seed}s`),
          },
          email: `${fake(LOWER_ALNUM, 13, `${seed}e`)}@1passwordserviceaccounts.com`,
          srpX: hex(64, `${seed}x`),
          muk: { alg: 'A256GCM', ext: false, k: fake(B64URL, 43, `${seed}k`), kty: 'oct', kid: 'mp' },
          deviceUuid: fake(LOWER_ALNUM, 26, `${seed}d`),
        });
      return {
        match: [`OP_SERVICE_ACCOUNT_TOKEN=${join('op', 's_', body('op1'))}`, `token: ops_${body('op2')}`],
        noMatch: [
          'OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ...',
          `OP_SERVICE_ACCOUNT_TOKEN=${join('op', 's_', 'eyJ', alnum(20, 'op3'))}`,
        ],
      };
    },
  },
  {
    id: 'onepassword-secret-key',
    provider: '1Password',
    description: '1Password account Secret Key (A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX)',
    keywords: ['a3-'],
    regex: prefixed('A3-', '[A-Z0-9]{6}-[A-Z0-9]{6,7}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}'),
    entropy: 3.5,
    remediation:
      'Regenerate it at https://my.1password.com/profile (Profile → Security → Regenerate Secret Key) and change the account password.',
    examples: () => {
      const key = (seed: string): string =>
        join('A', '3-', [6, 6, 5, 5, 5, 5].map((n, i) => fake(UPPER_ALNUM, n, `${seed}${i}`)).join('-'));
      return {
        match: [`OP_SECRET_KEY=${key('ok1')}`, `secret_key: "${key('ok2')}"`],
        noMatch: [
          'OP_SECRET_KEY=A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX',
          `part = "A3-${fake(UPPER_ALNUM, 6, 'ok3')}"`,
        ],
      };
    },
  },
  {
    id: 'databricks-token',
    provider: 'Databricks',
    description: 'Databricks personal access token (dapi + 32 hex)',
    keywords: ['dapi'],
    regex: prefixed('dapi', '[a-f0-9]{32}(?:-[0-9])?'),
    entropy: 3,
    remediation:
      'Revoke it in the workspace (Settings → Developer → Access tokens, or the token management API) and create a new token.',
    examples: () => ({
      match: [
        `DATABRICKS_TOKEN=${join('da', 'pi', hex(32, 'db1'))}`,
        `token = ${join('da', 'pi', hex(32, 'db2'), '-2')}`,
      ],
      noMatch: [
        'DATABRICKS_TOKEN=dapiXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
        `DATABRICKS_TOKEN=${join('da', 'pi', hex(20, 'db3'))}`,
      ],
    }),
  },
  {
    id: 'databricks-oauth-secret',
    provider: 'Databricks',
    description: 'Databricks service principal OAuth secret (dose + hex)',
    keywords: ['dose'],
    regex: prefixed('dose', '[a-f0-9]{32,64}'),
    entropy: 3,
    remediation:
      "Delete the secret on the service principal's Secrets tab (account console or workspace admin settings) and generate a new one.",
    examples: () => ({
      match: [`DATABRICKS_CLIENT_SECRET=${join('do', 'se', hex(32, 'dbs1'))}`],
      noMatch: ['DATABRICKS_CLIENT_SECRET=dose<secret>', `dosage = "dose${'0'.repeat(32)}"`],
    }),
  },
  {
    id: 'maxmind-license-key',
    provider: 'MaxMind',
    description: 'MaxMind license key (6 + 29 characters, ending in _mmk)',
    keywords: ['_mmk'],
    regex: token('[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk'),
    entropy: 3.5,
    remediation:
      'Deactivate it at https://www.maxmind.com/en/accounts/current/license-key and generate a new license key.',
    examples: () => ({
      match: [
        `MAXMIND_LICENSE_KEY=${join(alnum(6, 'mm1'), '_', alnum(29, 'mm2'), '_m', 'mk')}`,
        `LicenseKey ${join(alnum(6, 'mm3'), '_', alnum(29, 'mm4'), '_m', 'mk')}`,
      ],
      noMatch: [
        'MAXMIND_LICENSE_KEY=YOUR_LICENSE_KEY_mmk',
        `MAXMIND_LICENSE_KEY=${join(alnum(6, 'mm5'), '_', alnum(20, 'mm6'), '_mmk')}`,
      ],
    }),
  },
  {
    id: 'prefect-api-key',
    provider: 'Prefect',
    description: 'Prefect Cloud API key (pnu_)',
    keywords: ['pnu_'],
    regex: prefixed('pnu_', '[A-Za-z0-9]{36}'),
    entropy: 3.5,
    remediation: 'Delete it at https://app.prefect.cloud/my/api-keys and create a new key.',
    examples: () => ({
      match: [`PREFECT_API_KEY=${join('pn', 'u_', alnum(36, 'pf1'))}`],
      noMatch: [
        'PREFECT_API_KEY=pnu_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
        `PREFECT_API_KEY=${join('pn', 'u_', alnum(20, 'pf2'))}`,
      ],
    }),
  },
  {
    id: 'infracost-api-key',
    provider: 'Infracost',
    description: 'Infracost API key (ico-)',
    keywords: ['ico-'],
    regex: prefixed('ico-', '[A-Za-z0-9]{32}'),
    entropy: 3.5,
    remediation: 'Rotate it at https://dashboard.infracost.io (Org settings → API key) and update INFRACOST_API_KEY.',
    examples: () => ({
      match: [`INFRACOST_API_KEY=${join('ic', 'o-', alnum(32, 'ic1'))}`],
      noMatch: ['INFRACOST_API_KEY=ico-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `favicon = "favico-${alnum(32, 'ic2')}"`],
    }),
  },
  {
    id: 'readme-api-key',
    provider: 'ReadMe',
    description: 'ReadMe API key (rdme_)',
    keywords: ['rdme_'],
    regex: prefixed('rdme_', '[a-z0-9]{70}'),
    entropy: 3.5,
    remediation: 'Revoke it at https://dash.readme.com (project → Configuration → API Keys) and create a new key.',
    examples: () => ({
      match: [`README_API_KEY=${join('rd', 'me_', fake(LOWER_ALNUM, 70, 'rd1'))}`],
      noMatch: ['README_API_KEY=rdme_xxx', `README_API_KEY=${join('rd', 'me_', fake(LOWER_ALNUM, 40, 'rd2'))}`],
    }),
  },
  {
    id: 'defined-networking-api-key',
    provider: 'Defined Networking',
    description: 'Defined Networking (managed Nebula) API key (dnkey-)',
    keywords: ['dnkey-'],
    regex: prefixed('dnkey-', '[A-Za-z0-9_=-]{26}-[A-Za-z0-9_=-]{52}'),
    entropy: 3.5,
    remediation: 'Delete it at https://admin.defined.net/settings/api-keys and create a new key.',
    examples: () => ({
      match: [`DN_API_KEY=${join('dnk', 'ey-', fake(LOWER_ALNUM, 26, 'dn1'), '-', fake(UPPER_ALNUM, 52, 'dn2'))}`],
      noMatch: [
        'DN_API_KEY=dnkey-XXXXXXXXXX-XXXXXXXXXX',
        `DN_API_KEY=${join('dnk', 'ey-', fake(UPPER_ALNUM, 26, 'dn3'))}`,
      ],
    }),
  },
  {
    id: 'teamcity-access-token',
    provider: 'JetBrains TeamCity',
    description: 'TeamCity access token (base64 of {"typ": "TCV2"}, then two segments)',
    keywords: ['eyj0exaioiaivenwmij9'],
    regex: prefixed('eyJ0eXAiOiAiVENWMiJ9', '\\.[A-Za-z0-9_-]{20,80}\\.[A-Za-z0-9_-]{20,120}'),
    entropy: 4,
    remediation: 'Delete it in TeamCity (your profile → Access Tokens) and create a new token.',
    examples: () => {
      const head = Buffer.from('{"typ": "TCV2"}').toString('base64url');
      return {
        match: [
          `TEAMCITY_TOKEN=${join(head, '.', fake(B64URL, 36, 'tc1'), '.', fake(B64URL, 48, 'tc2'))}`,
          `Authorization: Bearer ${join(head, '.', fake(B64URL, 40, 'tc3'), '.', fake(B64URL, 52, 'tc4'))}`,
        ],
        noMatch: [`TEAMCITY_TOKEN=${head}.<token>`, `const header = "${head}";`],
      };
    },
  },
  {
    id: 'youtrack-permanent-token',
    provider: 'JetBrains YouTrack / Hub',
    description: 'YouTrack or JetBrains Hub permanent token (perm:<base64 user>.<base64 id>.<secret>)',
    keywords: ['perm:', 'perm-'],
    regex: prefixed('perm', '[:-][A-Za-z0-9+/_=-]{4,80}\\.[A-Za-z0-9+/_=-]{4,80}\\.[A-Za-z0-9]{30}'),
    entropy: 3.5,
    remediation:
      'Revoke it in YouTrack or Hub (your profile → Account Security → Tokens) and create a new permanent token.',
    examples: () => ({
      match: [
        `YOUTRACK_TOKEN=${join('pe', 'rm:', Buffer.from('jdoe').toString('base64'), '.', Buffer.from('44-7').toString('base64'), '.', alnum(30, 'yt1'))}`,
        `Authorization: Bearer ${join('pe', 'rm:', Buffer.from('ci-bot').toString('base64'), '.', Buffer.from('51-12').toString('base64'), '.', alnum(30, 'yt2'))}`,
      ],
      noMatch: ['YOUTRACK_TOKEN=perm:xxx.yyy.zzz', `chmod perm:${alnum(8, 'yt3')}`],
    }),
  },
  {
    id: 'bitwarden-access-token',
    provider: 'Bitwarden',
    description:
      'Bitwarden Secrets Manager access token (0.<uuid>.<client secret>:<encryption key>) next to a bws/bitwarden name',
    keywords: ['bws', 'bitwarden'],
    regex: token(`0\\.${UUID}\\.[A-Za-z0-9]{30}:[A-Za-z0-9+/]{22}==`),
    entropy: 4,
    remediation:
      'Revoke it in Bitwarden Secrets Manager (Machine accounts → the account → Access tokens) and create a new token.',
    examples: () => ({
      match: [
        `BWS_ACCESS_TOKEN=${join('0.', fakeUuid('bw1'), '.', alnum(30, 'bw2'), ':', fake(B64, 22, 'bw3'), '==')}`,
        `bitwarden_token: "${join('0.', fakeUuid('bw4'), '.', alnum(30, 'bw5'), ':', fake(B64, 22, 'bw6'), '==')}"`,
      ],
      noMatch: ['BWS_ACCESS_TOKEN="0.your-access-token..."', `BWS_ACCESS_TOKEN=${join('0.', fakeUuid('bw7'))}`],
    }),
  },
  {
    id: 'rancher-api-token',
    provider: 'Rancher',
    description: 'Rancher API bearer token (token-<5>:<54 characters>)',
    keywords: ['token-'],
    regex: prefixed('token-', '[a-z0-9]{5}:[a-z0-9]{54}'),
    entropy: 3.5,
    remediation: 'Delete the API key in Rancher (your avatar → Account & API Keys) and create a new one.',
    examples: () => ({
      match: [
        `RANCHER_TOKEN=${join('tok', 'en-', fake(LOWER_ALNUM, 5, 'rc1'), ':', fake(LOWER_ALNUM, 54, 'rc2'))}`,
        `curl -H "Authorization: Bearer ${join('tok', 'en-', fake(LOWER_ALNUM, 5, 'rc3'), ':', fake(LOWER_ALNUM, 54, 'rc4'))}" https://rancher.acme.io/v3`,
      ],
      noMatch: [
        'RANCHER_TOKEN=token-xxxxx:<secret>',
        `RANCHER_ACCESS_KEY=${join('tok', 'en-', fake(LOWER_ALNUM, 5, 'rc5'))}`,
      ],
    }),
  },
  {
    id: 'portainer-access-token',
    provider: 'Portainer',
    description: 'Portainer API access token (ptr_ + base64)',
    keywords: ['ptr_'],
    regex: prefixed('ptr_', '[A-Za-z0-9+/]{40,48}={0,2}', '(?![A-Za-z0-9+/=])'),
    entropy: 4,
    remediation: 'Remove it in Portainer (My account → Access tokens) and create a new token.',
    examples: () => ({
      match: [`PORTAINER_API_KEY=${join('pt', 'r_', fake(B64, 43, 'pr1'), '=')}`],
      noMatch: ['PORTAINER_API_KEY=ptr_<token>', 'const ptr_to_first_element_of_the_buffer_array_x = 0;'],
    }),
  },
  {
    id: 'appwrite-api-key',
    provider: 'Appwrite',
    description: 'Appwrite API key (standard_ + hex)',
    keywords: ['standard_'],
    regex: prefixed('standard_', '[a-f0-9]{128,512}'),
    entropy: 3,
    remediation:
      'Delete it in the Appwrite console (the project → Overview → Integrations → API keys) and create a new key.',
    examples: () => ({
      match: [`APPWRITE_API_KEY=${join('stan', 'dard_', hex(256, 'aw1'))}`],
      noMatch: ['APPWRITE_API_KEY=standard_<key>', `const standard_${hex(8, 'aw2')} = 1;`],
    }),
  },
];

const tailscaleKeys: Rule[] = [
  tailscale(
    'auth',
    'tailscale-auth-key',
    'pre-authentication key',
    `Revoke it at ${TAILSCALE_KEYS} and create a new auth key.`,
    'TS_AUTHKEY',
  ),
  tailscale(
    'api',
    'tailscale-api-access-token',
    'API access token',
    `Revoke it at ${TAILSCALE_KEYS} and create a new access token.`,
    'TAILSCALE_API_KEY',
  ),
  tailscale(
    'client',
    'tailscale-oauth-client-secret',
    'OAuth client secret',
    'Revoke the client at https://login.tailscale.com/admin/settings/oauth and create a new one.',
    'TS_OAUTH_CLIENT_SECRET',
  ),
  tailscale(
    'scim',
    'tailscale-scim-key',
    'SCIM API key',
    'Rotate it in the admin console (https://login.tailscale.com/admin/settings/user-management → SCIM) and update the identity provider.',
    'TAILSCALE_SCIM_TOKEN',
  ),
  tailscale(
    'webhook',
    'tailscale-webhook-secret',
    'webhook signing secret',
    'Rotate the secret at https://login.tailscale.com/admin/settings/webhooks and update the receiving endpoint.',
    'TS_WEBHOOK_SECRET',
  ),
];

const NGROK_TOKEN = '[0-9][A-Za-z0-9]{20,27}_[0-9][A-Za-z0-9]{18,22}';
const ngrokToken = (seed: string): string => join('2', alnum(26, `${seed}a`), '_', '4', alnum(20, `${seed}b`));

const keyedTokens: Rule[] = [
  {
    id: 'ngrok-authtoken',
    provider: 'ngrok',
    description: 'ngrok agent authtoken (NGROK_AUTHTOKEN, `ngrok config add-authtoken …`)',
    keywords: ['ngrok'],
    regex: keyed(
      nameWith(ci('ngrok'), ci('auth')),
      NGROK_TOKEN,
      END,
      // the agent's own commands, where no name holds the token
      new RegExp(
        `${ci('ngrok')}[ \\t]{1,4}(?:${ci('config')}[ \\t]{1,4}${ci('add-authtoken')}|${ci('authtoken')})[ \\t]{1,4}(?<secret>${NGROK_TOKEN})${END}`,
      ),
    ),
    entropy: 3.5,
    remediation:
      'Reset it at https://dashboard.ngrok.com/get-started/your-authtoken (or delete the credential under Tunnels → Authtokens) and run `ngrok config add-authtoken` with the new one.',
    examples: () => ({
      match: [
        `NGROK_AUTHTOKEN=${ngrokToken('ng1')}`,
        `ngrok config add-authtoken ${ngrokToken('ng2')}`,
        `./ngrok authtoken ${ngrokToken('ng3')}`,
      ],
      noMatch: [
        'NGROK_AUTHTOKEN=<YOUR_AUTHTOKEN>',
        'ngrok config add-authtoken $NGROK_AUTHTOKEN',
        `NGROK_REGION=${ngrokToken('ng4')}`,
      ],
    }),
  },
  {
    id: 'ngrok-api-key',
    provider: 'ngrok',
    description: 'ngrok API key (next to an ngrok…api name)',
    keywords: ['ngrok'],
    regex: keyed(nameWith(ci('ngrok'), ci('api')), NGROK_TOKEN),
    entropy: 3.5,
    remediation: 'Delete it at https://dashboard.ngrok.com/api-keys and create a new API key.',
    examples: () => ({
      match: [`NGROK_API_KEY=${ngrokToken('na1')}`],
      noMatch: [
        'NGROK_API_KEY=${{ secrets.NGROK_API_KEY }}',
        `NGROK_API_URL=https://api.ngrok.com/${alnum(10, 'na2')}`,
      ],
    }),
  },
  {
    id: 'snyk-api-token',
    provider: 'Snyk',
    description: 'Snyk API or service account token (a UUID next to a snyk token/key name)',
    keywords: ['snyk'],
    regex: keyed(credentialName(ci('snyk')), UUID),
    entropy: 3,
    remediation:
      'Revoke it at https://app.snyk.io/account (Auth Token → Revoke & Regenerate) or, for a service account, in the organization settings → Service accounts.',
    examples: () => ({
      match: [`SNYK_TOKEN=${fakeUuid('sn1')}`, `snyk_auth_token: ${fakeUuid('sn2')}`],
      noMatch: [
        'SNYK_TOKEN=${{ secrets.SNYK_TOKEN }}',
        `SNYK_ORG_ID=${fakeUuid('sn3')}`,
        'SNYK_TOKEN=00000000-0000-0000-0000-000000000000',
      ],
    }),
  },
  {
    id: 'drone-ci-token',
    provider: 'Drone',
    description: 'Drone CI personal token (32 characters next to a drone token name)',
    keywords: ['drone'],
    regex: keyed(credentialName(ci('drone')), '[A-Za-z0-9]{32}'),
    entropy: 3.5,
    remediation:
      'Reset it in Drone (https://<your-drone-server>/account → Token) and update DRONE_TOKEN where it is used.',
    examples: () => ({
      match: [`DRONE_TOKEN=${alnum(32, 'dr1')}`],
      noMatch: ['DRONE_TOKEN=<your drone token>', `DRONE_SERVER=https://drone.acme.io/${alnum(32, 'dr2')}`],
    }),
  },
  {
    id: 'browserstack-access-key',
    provider: 'BrowserStack',
    description: 'BrowserStack access key (20 characters next to a browserstack key name)',
    keywords: ['browserstack'],
    regex: keyed(credentialName(ci('browserstack')), '[A-Za-z0-9]{20}'),
    entropy: 3.5,
    remediation: 'Regenerate it at https://www.browserstack.com/accounts/settings (Access key → Regenerate).',
    examples: () => ({
      match: [`BROWSERSTACK_ACCESS_KEY=${alnum(20, 'bs1')}`, `browserstack.key = ${alnum(20, 'bs2')}`],
      noMatch: ['BROWSERSTACK_ACCESS_KEY=${BROWSERSTACK_ACCESS_KEY}', `BROWSERSTACK_USERNAME=jdoe_${alnum(8, 'bs3')}`],
    }),
  },
  {
    id: 'sauce-labs-access-key',
    provider: 'Sauce Labs',
    description: 'Sauce Labs access key (a UUID next to a sauce key name)',
    keywords: ['sauce'],
    regex: keyed(credentialName(ci('sauce')), UUID),
    entropy: 3,
    remediation: 'Regenerate it at https://app.saucelabs.com/user-settings (Access Key → Regenerate).',
    examples: () => ({
      match: [`SAUCE_ACCESS_KEY=${fakeUuid('sl1')}`],
      noMatch: ['SAUCE_ACCESS_KEY=your-access-key', `SAUCE_TUNNEL_ID=${fakeUuid('sl2')}`],
    }),
  },
  {
    id: 'sidekiq-gem-credentials',
    provider: 'Sidekiq (Contribsys)',
    description: 'Sidekiq Pro / Enterprise gem server credentials (user:password for gems/enterprise.contribsys.com)',
    keywords: ['contribsys'],
    regex: keyed(
      ci('contribsys'),
      '[0-9a-f]{8}:[0-9a-f]{8}',
      END,
      // `bundle config gems.contribsys.com user:password`
      new RegExp(`${ci('contribsys')}\\.${ci('com')}[ \\t]{1,4}(?<secret>[0-9a-f]{8}:[0-9a-f]{8})${END}`),
    ),
    entropy: 3,
    remediation:
      'Ask Contribsys (support@contribsys.com) to rotate the credentials, and keep them in BUNDLE_ENTERPRISE__CONTRIBSYS__COM or BUNDLE_GEMS__CONTRIBSYS__COM in the CI environment.',
    examples: () => ({
      match: [
        `BUNDLE_ENTERPRISE__CONTRIBSYS__COM=${join(hex(8, 'sq1'), ':', hex(8, 'sq2'))}`,
        `bundle config --local gems.contribsys.com ${join(hex(8, 'sq3'), ':', hex(8, 'sq4'))}`,
      ],
      noMatch: [
        'BUNDLE_GEMS__CONTRIBSYS__COM=${SIDEKIQ_CREDENTIALS}',
        'BUNDLE_ENTERPRISE__CONTRIBSYS__COM=xxxxxxxx:xxxxxxxx',
        `BUNDLE_GEMS__CONTRIBSYS__COM=${hex(8, 'sq5')}`,
      ],
    }),
  },
  {
    id: 'onepassword-connect-token',
    provider: '1Password',
    description: '1Password Connect server access token (a JWT next to an OP_CONNECT_TOKEN name)',
    keywords: spellings('op', 'connect'),
    regex: keyed(nameWith(words('op', 'connect'), ci('token')), JWT),
    remediation: ONEPASSWORD_REVOKE,
    examples: () => ({
      match: [
        `OP_CONNECT_TOKEN=${fakeJwt({ aud: ['com.1password.connect'], iss: 'com.1password.b5', sub: fake(UPPER_ALNUM, 26, 'oc1'), iat: 1767225600, jti: fake(LOWER_ALNUM, 26, 'oc2') }, 'oc3')}`,
      ],
      noMatch: ['OP_CONNECT_TOKEN=${OP_CONNECT_TOKEN}', 'OP_CONNECT_HOST=http://localhost:8080'],
    }),
  },
  {
    id: 'confluent-api-secret',
    provider: 'Confluent',
    description: 'Confluent Cloud API secret (64 characters next to a confluent…secret name)',
    keywords: ['confluent'],
    regex: keyed(nameWith(ci('confluent'), ci('secret')), '[A-Za-z0-9+/]{64}'),
    entropy: 4,
    remediation:
      'Delete the API key at https://confluent.cloud/settings/api-keys (or `confluent api-key delete`) and create a new key and secret.',
    examples: () => ({
      match: [`CONFLUENT_CLOUD_API_SECRET=${fake(B64, 64, 'cf1')}`, `confluent.api.secret: ${alnum(64, 'cf2')}`],
      noMatch: ['CONFLUENT_CLOUD_API_SECRET=<api-secret>', `CONFLUENT_CLOUD_API_KEY=${fake(UPPER_ALNUM, 16, 'cf3')}`],
    }),
  },
  {
    id: 'atlassian-legacy-api-token',
    provider: 'Atlassian',
    description:
      'Atlassian (Jira, Confluence) API token without prefix (24 characters next to a jira/confluence/atlassian token name)',
    keywords: ['jira', 'confluence', 'atlassian'],
    regex: keyed(credentialName(either(ci('jira'), ci('confluence'), ci('atlassian'))), '[A-Za-z0-9]{24}'),
    entropy: 3.5,
    remediation: ATLASSIAN_REVOKE,
    examples: () => ({
      match: [`JIRA_API_TOKEN=${alnum(24, 'at1')}`, `confluence_token: "${alnum(24, 'at2')}"`],
      noMatch: ['JIRA_API_TOKEN=your_api_token_goes_here', `JIRA_PROJECT_ID=${alnum(24, 'at3')}`],
    }),
  },
  {
    id: 'atlassian-data-center-pat',
    provider: 'Atlassian',
    description:
      'Jira or Confluence Data Center personal access token (44 base64 characters next to a jira/confluence token name)',
    keywords: ['jira', 'confluence'],
    regex: keyed(credentialName(either(ci('jira'), ci('confluence'))), '[A-Za-z0-9+/]{44}'),
    entropy: 4,
    remediation: ATLASSIAN_REVOKE,
    examples: () => ({
      match: [`JIRA_TOKEN=${join('N', fake(B64, 43, 'ad1'))}`],
      noMatch: ['JIRA_TOKEN=${JIRA_TOKEN}', `JIRA_BASE_URL=https://jira.acme.io/${alnum(44, 'ad2')}`],
    }),
  },
  {
    id: 'duo-secret-key',
    provider: 'Cisco Duo',
    description: 'Duo application secret key (40 characters next to a duo secret/skey name)',
    keywords: ['duo'],
    regex: keyed(credentialName(ci('duo')), '[A-Za-z0-9]{40}'),
    entropy: 3.5,
    remediation:
      'Rotate the secret key in the Duo Admin Panel (https://admin.duosecurity.com → Applications → the application → Reset Secret Key).',
    examples: () => ({
      match: [`DUO_SECRET_KEY=${alnum(40, 'du1')}`, `duo_skey = "${alnum(40, 'du2')}"`],
      noMatch: ['DUO_SECRET_KEY=<your secret key>', `DUO_INTEGRATION_ID=DI${fake(UPPER_ALNUM, 18, 'du3')}`],
    }),
  },
  {
    id: 'maxmind-legacy-license-key',
    provider: 'MaxMind',
    description: 'MaxMind legacy license key (16 characters next to a maxmind/geoip license key name)',
    keywords: ['maxmind', 'geoip'],
    regex: keyed(credentialName(either(ci('maxmind'), ci('geoip'))), '[A-Za-z0-9]{16}'),
    entropy: 3.5,
    remediation:
      'Deactivate it at https://www.maxmind.com/en/accounts/current/license-key and generate a new license key.',
    examples: () => ({
      match: [`GEOIPUPDATE_LICENSE_KEY=${alnum(16, 'ml1')}`, `maxmind_license_key: ${alnum(16, 'ml2')}`],
      noMatch: ['GEOIPUPDATE_LICENSE_KEY=YOUR_LICENSE_KEY', `GEOIPUPDATE_ACCOUNT_ID=${fake('0123456789', 16, 'ml3')}`],
    }),
  },
  {
    id: 'jenkins-api-token',
    provider: 'Jenkins',
    description: 'Jenkins user API token (11 + 32 hex characters next to a jenkins token name)',
    keywords: ['jenkins'],
    regex: keyed(credentialName(ci('jenkins')), '11[0-9a-f]{32}'),
    entropy: 3,
    remediation: 'Revoke it in Jenkins (your user → Security → API Token → Revoke) and generate a new one.',
    examples: () => ({
      match: [`JENKINS_API_TOKEN=${join('11', hex(32, 'jk1'))}`],
      noMatch: ['JENKINS_API_TOKEN=${JENKINS_API_TOKEN}', `JENKINS_CRUMB=${hex(34, 'jk2')}`],
    }),
  },
  {
    id: 'infisical-token',
    provider: 'Infisical',
    description: 'Infisical service token (st.…) or universal-auth client secret (64 hex) next to an infisical name',
    keywords: ['infisical'],
    regex: keyed(
      credentialName(ci('infisical')),
      '(?:st\\.[A-Za-z0-9]{8,64}\\.[A-Za-z0-9]{8,64}\\.[A-Za-z0-9]{8,64}|[0-9a-f]{64})',
    ),
    entropy: 3,
    remediation:
      'Revoke it in Infisical (the project → Access Control → Service Tokens, or the machine identity → Universal Auth → client secrets) and create a new one.',
    examples: () => ({
      match: [
        `INFISICAL_TOKEN=${join('st.', hex(24, 'if1'), '.', hex(32, 'if2'), '.', hex(32, 'if3'))}`,
        `infisical_client_secret: ${hex(64, 'if4')}`,
      ],
      noMatch: ['INFISICAL_TOKEN=st.xxxx', `INFISICAL_CLIENT_ID=${fakeUuid('if5')}`],
    }),
  },
  {
    id: 'coveralls-repo-token',
    provider: 'Coveralls',
    description: 'Coveralls repository token (next to a coveralls token name)',
    keywords: ['coveralls'],
    regex: keyed(credentialName(ci('coveralls')), '[A-Za-z0-9]{32,40}'),
    entropy: 3.5,
    remediation: 'Regenerate it on the repository page at https://coveralls.io (Settings → Repo token → Regenerate).',
    examples: () => ({
      match: [`COVERALLS_REPO_TOKEN=${alnum(37, 'cv1')}`, `coveralls_repo_token: ${alnum(33, 'cv2')}`],
      noMatch: [
        'COVERALLS_REPO_TOKEN=${{ secrets.COVERALLS_REPO_TOKEN }}',
        `COVERALLS_SERVICE_NAME=${alnum(32, 'cv3')}`,
      ],
    }),
  },
  {
    id: 'codacy-api-token',
    provider: 'Codacy',
    description: 'Codacy project or account API token (next to a codacy token name)',
    keywords: ['codacy'],
    regex: keyed(credentialName(ci('codacy')), '[A-Za-z0-9]{20,40}'),
    entropy: 3.5,
    remediation:
      'Revoke it in Codacy (the repository → Settings → Integrations → Project API, or your account → Access management) and create a new token.',
    examples: () => ({
      match: [`CODACY_PROJECT_TOKEN=${alnum(32, 'cd1')}`],
      noMatch: ['CODACY_PROJECT_TOKEN=<project token>', `CODACY_ORGANIZATION_PROVIDER=${alnum(32, 'cd2')}`],
    }),
  },
  {
    id: 'percy-token',
    provider: 'Percy (BrowserStack)',
    description: 'Percy project token (web_, auto_ or app_ + 64 hex, or 64 hex) next to a percy token name',
    keywords: ['percy'],
    regex: keyed(credentialName(ci('percy')), '(?:(?:web|auto|app|ss|vmw)_)?[0-9a-f]{64}'),
    entropy: 3,
    remediation:
      'Reset it in the Percy project settings (https://percy.io → the project → Project settings → Project token).',
    examples: () => ({
      match: [`PERCY_TOKEN=${join('web', '_', hex(64, 'pc1'))}`, `percy_token: ${hex(64, 'pc2')}`],
      noMatch: ['PERCY_TOKEN=web_<token_sha>', `PERCY_BUILD_ID=${hex(64, 'pc3')}`],
    }),
  },
  {
    id: 'cypress-record-key',
    provider: 'Cypress Cloud',
    description: 'Cypress Cloud record key (a UUID next to a cypress…record name)',
    keywords: ['cypress'],
    regex: keyed(nameWith(ci('cypress'), ci('record')), UUID),
    entropy: 3,
    remediation:
      'Delete it in Cypress Cloud (the project → Project settings → Record Keys) and create a new record key.',
    examples: () => ({
      match: [`CYPRESS_RECORD_KEY=${fakeUuid('cy1')}`],
      noMatch: ['CYPRESS_RECORD_KEY=${{ secrets.CYPRESS_RECORD_KEY }}', `CYPRESS_PROJECT_ID=${fakeUuid('cy2')}`],
    }),
  },
  {
    id: 'lambdatest-access-key',
    provider: 'LambdaTest',
    description: 'LambdaTest access key (next to a lambdatest or LT_ACCESS_KEY name)',
    keywords: ['lambdatest', ...spellings('lt', 'access')],
    regex: keyed(credentialName(either(ci('lambdatest'), bounded(words('lt', 'access')))), '[A-Za-z0-9]{30,60}'),
    entropy: 3.5,
    remediation: 'Regenerate it at https://accounts.lambdatest.com/security (Access Key → Regenerate).',
    examples: () => ({
      match: [`LT_ACCESS_KEY=${alnum(50, 'lt1')}`, `lambdatest_key: "${alnum(50, 'lt2')}"`],
      noMatch: ['LT_ACCESS_KEY=<your access key>', `DEFAULT_ACCESS_KEY=${alnum(50, 'lt3')}`],
    }),
  },
  {
    id: 'zerotier-api-token',
    provider: 'ZeroTier',
    description: 'ZeroTier Central API token (32 characters next to a zerotier token name)',
    keywords: ['zerotier'],
    regex: keyed(credentialName(ci('zerotier')), '[A-Za-z0-9]{32}'),
    entropy: 3.5,
    remediation: 'Delete it at https://my.zerotier.com/account (API Access Tokens) and create a new token.',
    examples: () => ({
      match: [`ZEROTIER_CENTRAL_TOKEN=${alnum(32, 'zt1')}`],
      noMatch: ['ZEROTIER_CENTRAL_TOKEN=<token>', `ZEROTIER_NETWORK_ID=${hex(16, 'zt2')}`],
    }),
  },
  {
    id: 'keycloak-client-secret',
    provider: 'Keycloak',
    description: 'Keycloak client secret (32 characters next to a keycloak…secret name)',
    keywords: ['keycloak'],
    regex: keyed(nameWith(ci('keycloak'), ci('secret')), '[A-Za-z0-9]{32}'),
    entropy: 3.5,
    remediation:
      'Regenerate it in the Keycloak admin console (the realm → Clients → the client → Credentials → Regenerate).',
    examples: () => ({
      match: [`KEYCLOAK_CLIENT_SECRET=${alnum(32, 'kc1')}`],
      noMatch: ['KEYCLOAK_CLIENT_SECRET=**********', `KEYCLOAK_REALM=${alnum(32, 'kc2')}`],
    }),
  },
  {
    id: 'okta-client-secret',
    provider: 'Okta',
    description: 'Okta application client secret (40 or 64 characters next to an okta…secret name)',
    keywords: ['okta'],
    regex: keyed(nameWith(ci('okta'), ci('secret')), '[A-Za-z0-9_-]{40}(?:[A-Za-z0-9_-]{24})?'),
    entropy: 3.5,
    remediation:
      'Generate a new secret in the Okta admin console (Applications → the application → General → Client Credentials) and deactivate the old one.',
    examples: () => ({
      match: [`OKTA_CLIENT_SECRET=${fake(B64URL, 40, 'oc1')}`, `okta.oauth2.client-secret: ${fake(B64URL, 64, 'oc2')}`],
      noMatch: ['OKTA_CLIENT_SECRET={clientSecret}', `OKTA_CLIENT_ID=0oa${alnum(17, 'oc3')}`],
    }),
  },
  {
    id: 'auth0-management-api-token',
    provider: 'Auth0',
    description: 'Auth0 Management API token (a JWT next to an auth0…token name)',
    keywords: ['auth0'],
    regex: keyed(nameWith(ci('auth0'), ci('token')), JWT),
    remediation:
      'Revoke it in the Auth0 dashboard (Applications → APIs → Auth0 Management API → API Explorer) or let it expire, and rotate the signing key if it was long-lived.',
    examples: () => ({
      match: [
        `AUTH0_MANAGEMENT_API_TOKEN=${fakeJwt({ iss: 'https://acme.eu.auth0.com/', sub: `${alnum(32, 'am1')}@clients`, aud: 'https://acme.eu.auth0.com/api/v2/', exp: 4102444800, scope: 'read:users' }, 'am2')}`,
      ],
      noMatch: ['AUTH0_MANAGEMENT_API_TOKEN=<token>', `AUTH0_DOMAIN=acme.eu.auth0.com`],
    }),
  },
  {
    id: 'argocd-auth-token',
    provider: 'Argo CD',
    description: 'Argo CD account or project token (a JWT next to an argocd token name)',
    keywords: ['argocd'],
    regex: keyed(credentialName(ci('argocd')), JWT),
    remediation:
      'Delete it with `argocd account delete-token <id>` (project roles: `argocd proj role delete-token`) and generate a new one.',
    examples: () => ({
      match: [
        `ARGOCD_AUTH_TOKEN=${fakeJwt({ iss: 'argocd', sub: 'ci:apiKey', nbf: 1767225600, iat: 1767225600, jti: fakeUuid('ar1') }, 'ar2')}`,
      ],
      noMatch: ['ARGOCD_AUTH_TOKEN=${ARGOCD_AUTH_TOKEN}', 'ARGOCD_SERVER=argocd.acme.io'],
    }),
  },
  {
    id: 'swaggerhub-api-key',
    provider: 'SwaggerHub',
    description: 'SwaggerHub API key (a UUID next to a swaggerhub key name)',
    keywords: ['swaggerhub'],
    regex: keyed(credentialName(ci('swaggerhub')), UUID),
    entropy: 3,
    remediation: 'Regenerate it at https://app.swaggerhub.com/settings/apiKey.',
    examples: () => ({
      match: [`SWAGGERHUB_API_KEY=${fakeUuid('sw1')}`],
      noMatch: ['SWAGGERHUB_API_KEY=<api key>', `SWAGGERHUB_ORG_ID=${fakeUuid('sw2')}`],
    }),
  },
  {
    id: 'convex-deploy-key',
    provider: 'Convex',
    description: 'Convex deploy key (prod:|dev:|preview:<deployment>|<secret>) next to a convex key name',
    keywords: ['convex'],
    regex: keyed(
      credentialName(ci('convex')),
      '(?:prod|dev|preview|project):[a-z0-9-]{3,64}\\|[A-Za-z0-9+/=_-]{40,400}',
    ),
    entropy: 4,
    remediation:
      'Regenerate it in the Convex dashboard (the deployment → Settings → Deploy keys) and update CONVEX_DEPLOY_KEY.',
    examples: () => ({
      match: [`CONVEX_DEPLOY_KEY=${join('prod:', 'happy-otter-123', '|', 'eyJ2MiI6', fake(B64, 80, 'cx1'))}`],
      noMatch: ['CONVEX_DEPLOY_KEY=prod:<deployment>|<key>', 'CONVEX_URL=https://happy-otter-123.convex.cloud'],
    }),
  },
];

export const devtools: RuleFamily = {
  family: 'devtools',
  rules: [...prefixedTokens, ...tailscaleKeys, ...keyedTokens],
};
