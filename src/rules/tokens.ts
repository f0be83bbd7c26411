import { ALNUM, B64URL, DIGITS, HEX, LOWER_ALNUM, UPPER_ALNUM, fake, join } from './fake.js';
import { UUID, credentialName, keyed, nameWith } from './context.js';
import { b64json, jsonObject } from './decode.js';
import { ci, prefixed } from './shape.js';
import type { RuleFamily } from './types.js';

/** Claims that say who a token is for or what it grants: a payload without any of them is a toy ({"some": "payload"}). */
const IDENTITY_CLAIMS = [
  'iss',
  'sub',
  'aud',
  'exp',
  'nbf',
  'iat',
  'jti',
  'role',
  'roles',
  'scope',
  'scp',
  'email',
  'uid',
  'user_id',
  'userId',
  'id',
  'username',
  'client_id',
  'azp',
  'sid',
  'tid',
  'oid',
  'ref',
  'permissions',
];

/**
 * A JWT is a credential when it is signed, still valid and about someone: both segments decode to JSON objects, the
 * header names a real algorithm (not "none"), the payload carries an identity claim and has not expired.
 */
export function isCredentialJwt(secret: string, now = Date.now()): boolean {
  const [head, body] = secret.split('.');
  const header = jsonObject(head ?? '');
  const payload = jsonObject(body ?? '');
  if (!header || !payload) return false;
  if (typeof header['alg'] !== 'string' || header['alg'].toLowerCase() === 'none') return false;
  if (!IDENTITY_CLAIMS.some((claim) => claim in payload)) return false;
  return typeof payload['exp'] !== 'number' || payload['exp'] * 1000 > now;
}

/** Base64url of the start of a JSON text, cut where the encoding no longer depends on what follows. */
function encodedPrefix(json: string): string {
  const text = Buffer.from(json).toString('base64url');
  return text.slice(0, Math.floor(json.length / 3) * 4);
}

/** Payloads of the JWTs that documentation everywhere copies (jwt.io's "John Doe"). */
const DOC_PAYLOADS = [encodedPrefix('{"sub":"1234567890","name":"John Doe"')];

const jwt = (seed: string, claims: object = {}): string =>
  join(
    b64json({ alg: 'RS256', typ: 'JWT', kid: fake(ALNUM, 16, `${seed}k`) }),
    '.',
    b64json({
      iss: 'https://auth.acme.io/',
      sub: fake(DIGITS, 12, `${seed}s`),
      aud: 'api.acme.io',
      scope: 'read write',
      iat: 1767225600,
      exp: 4102444800,
      ...claims,
    }),
    '.',
    fake(B64URL, 86, `${seed}sig`),
  );

export const tokens: RuleFamily = {
  family: 'tokens',
  rules: [
    {
      id: 'jwt',
      provider: 'JSON Web Token',
      description:
        'Signed JSON Web Token (eyJ….eyJ….signature) whose header and payload decode to JSON; yields to provider-specific JWT rules',
      keywords: ['eyj'],
      regex:
        /(?<![A-Za-z0-9_-])(?<secret>eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{20,})(?![A-Za-z0-9_=-])/,
      entropy: 4,
      reject: new RegExp(`\\.(?:${DOC_PAYLOADS.join('|')})`),
      validate: (secret) => isCredentialJwt(secret),
      generic: true,
      remediation:
        'Revoke the session or rotate the signing key at the issuer (an identity provider, Supabase, Firebase…); a JWT stays valid until it expires.',
      examples: () => ({
        match: [
          `ACCESS_TOKEN=${jwt('jw1')}`,
          `headers = {"Authorization": "Bearer ${jwt('jw2')}"}`,
          `TURSO_DATABASE_URL=libsql://app-acme.turso.io?authToken=${jwt('jw4', { a: 'rw', id: fake(HEX, 32, 'jw5') })}`,
        ],
        noMatch: [
          `ACCESS_TOKEN=${join(b64json({ alg: 'HS256', typ: 'JWT' }), '.', b64json({ sub: '1234567890', name: 'John Doe', iat: 1516239022 }), '.', fake(B64URL, 43, 'jw3'))}`,
          `token = "${join(b64json({ alg: 'none' }), '.', b64json({ sub: 'x' }), '.')}"`,
          'const prefix = "eyJhbGciOi";',
        ],
      }),
    },
    {
      id: 'okta-api-token',
      provider: 'Okta',
      description: 'Okta API token (00 + 40 characters) next to an okta name',
      keywords: ['okta'],
      regex: keyed(ci('okta'), '00[A-Za-z0-9_-]{40}'),
      entropy: 3.5,
      remediation:
        'Revoke it at https://<your-org>-admin.okta.com/admin/access/api/tokens (Security → API → Tokens) and create a new token.',
      examples: () => ({
        match: [
          `OKTA_API_TOKEN=${join('00', fake(B64URL, 40, 'ok1'))}`,
          `okta_client_token: "${join('00', fake(ALNUM, 40, 'ok2'))}"`,
        ],
        noMatch: ['OKTA_API_TOKEN={apiToken}', `OKTA_CLIENT_ID=0oa${fake(ALNUM, 17, 'ok3')}`],
      }),
    },
    {
      id: 'auth0-client-secret',
      provider: 'Auth0',
      description: 'Auth0 application client secret (64 characters next to an auth0…secret name)',
      keywords: ['auth0'],
      regex: keyed(nameWith(ci('auth0'), ci('secret')), '[A-Za-z0-9_-]{64}'),
      entropy: 4,
      remediation:
        'Rotate it at https://manage.auth0.com (Applications → the application → Settings → Rotate client secret).',
      examples: () => ({
        match: [`AUTH0_CLIENT_SECRET=${fake(B64URL, 64, 'a01')}`],
        noMatch: ['AUTH0_CLIENT_SECRET=YOUR_AUTH0_CLIENT_SECRET', `AUTH0_CLIENT_ID=${fake(ALNUM, 32, 'a02')}`],
      }),
    },
    {
      id: 'twitch-token',
      provider: 'Twitch',
      description:
        'Twitch client secret or OAuth token (30 lower-case characters, optionally oauth:) next to a twitch name',
      keywords: ['twitch'],
      regex: keyed(
        nameWith(ci('twitch'), `(?:${ci('secret')}|${ci('token')}|${ci('oauth')}|${ci('key')})`),
        '(?:oauth:)?[a-z0-9]{30}',
      ),
      entropy: 3.5,
      remediation:
        'Generate a new secret at https://dev.twitch.tv/console/apps (tokens: revoke via https://id.twitch.tv/oauth2/revoke).',
      examples: () => ({
        match: [
          `TWITCH_CLIENT_SECRET=${fake(LOWER_ALNUM, 30, 'tw1')}`,
          `twitch_oauth = "oauth:${fake(LOWER_ALNUM, 30, 'tw2')}"`,
        ],
        noMatch: ['TWITCH_CLIENT_SECRET=<client secret>', `TWITCH_CHANNEL=${fake(LOWER_ALNUM, 12, 'tw3')}`],
      }),
    },
    {
      id: 'dropbox-access-token',
      provider: 'Dropbox',
      description: 'Dropbox short-lived access token (sl.)',
      keywords: ['sl.'],
      regex: prefixed('sl.', '(?:u\\.)?[A-Za-z0-9_-]{130,1400}'),
      entropy: 4,
      remediation:
        "Revoke it (POST /2/auth/token/revoke, or the app's settings at https://www.dropbox.com/developers/apps) and re-authorise.",
      examples: () => ({
        match: [
          `DROPBOX_ACCESS_TOKEN=${join('s', 'l.', fake(B64URL, 138, 'db1'))}`,
          `token: ${join('s', 'l.', 'u.', fake(B64URL, 400, 'db2'))}`,
        ],
        noMatch: [`DROPBOX_ACCESS_TOKEN=${join('s', 'l.', 'xxxxxxxx')}`, 'import sl.core.module'],
      }),
    },
    {
      id: 'asana-personal-access-token',
      provider: 'Asana',
      description: 'Asana personal access token (1/…:32 hex or 2/…/…:32 hex) next to an asana name',
      keywords: ['asana'],
      regex: keyed(ci('asana'), '[0-9]/[0-9]{10,20}(?:/[0-9]{10,20})?:[0-9a-f]{32}'),
      entropy: 3,
      remediation: 'Revoke it at https://app.asana.com/0/my-apps (Personal access tokens) and create a new one.',
      examples: () => ({
        match: [
          `ASANA_ACCESS_TOKEN=${join('2/', fake(DIGITS, 16, 'as1'), '/', fake(DIGITS, 16, 'as2'), ':', fake(HEX, 32, 'as3'))}`,
        ],
        noMatch: ['ASANA_ACCESS_TOKEN=0/your-token', `ASANA_WORKSPACE=${fake(DIGITS, 16, 'as4')}`],
      }),
    },
    {
      id: 'notion-integration-token',
      provider: 'Notion',
      description: 'Notion integration token (ntn_, or the older secret_ + 43 characters)',
      keywords: ['ntn_', 'secret_'],
      regex: prefixed('', '(?:ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43})'),
      entropy: 3.5,
      remediation: 'Refresh it at https://www.notion.so/profile/integrations (the integration → Secrets → Refresh).',
      examples: () => ({
        match: [
          `NOTION_TOKEN=${join('nt', 'n_', fake(DIGITS, 11, 'no1'), fake(ALNUM, 35, 'no2'))}`,
          `notion = Client(auth="${join('sec', 'ret_', fake(ALNUM, 43, 'no3'))}")`,
        ],
        noMatch: [
          `NOTION_TOKEN=${join('sec', 'ret_', 'your_notion_integration_token_here_xxxxxxxx')}`,
          'client_secret_key_name_that_is_long_enough_to_matter',
        ],
      }),
    },
    {
      id: 'airtable-personal-access-token',
      provider: 'Airtable',
      description: 'Airtable personal access token (pat<14>.<64 hex>)',
      keywords: ['pat'],
      regex: prefixed('pat', '[A-Za-z0-9]{14}\\.[0-9a-f]{64}'),
      entropy: 3.5,
      remediation: 'Revoke it at https://airtable.com/create/tokens and create a new token.',
      examples: () => ({
        match: [`AIRTABLE_API_KEY=${join('pa', 't', fake(ALNUM, 14, 'at1'), '.', fake(HEX, 64, 'at2'))}`],
        noMatch: [`AIRTABLE_API_KEY=${join('pa', 't', 'YOUR_TOKEN_ID', '.', '0'.repeat(64))}`, 'path.join(dir, file)'],
      }),
    },
    {
      id: 'figma-personal-access-token',
      provider: 'Figma',
      description: 'Figma personal access token (figd_)',
      keywords: ['figd_'],
      regex: prefixed('figd_', '[A-Za-z0-9_-]{40,80}'),
      entropy: 3.5,
      remediation: 'Revoke it in Figma (Settings → Security → Personal access tokens) and generate a new one.',
      examples: () => ({
        match: [`FIGMA_ACCESS_TOKEN=${join('fig', 'd_', fake(B64URL, 40, 'fg1'))}`],
        noMatch: [`FIGMA_ACCESS_TOKEN=${join('fig', 'd_', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')}`],
      }),
    },
    {
      id: 'contentful-personal-access-token',
      provider: 'Contentful',
      description: 'Contentful Management API personal access token (CFPAT-)',
      keywords: ['cfpat-'],
      regex: prefixed('CFPAT-', '[A-Za-z0-9_-]{43}'),
      entropy: 3.5,
      remediation: 'Revoke it at https://app.contentful.com/account/profile/cma_tokens and create a new token.',
      examples: () => ({
        match: [`CONTENTFUL_MANAGEMENT_TOKEN=${join('CF', 'PAT-', fake(B64URL, 43, 'cf1'))}`],
        noMatch: [`CONTENTFUL_MANAGEMENT_TOKEN=${join('CF', 'PAT-', '<your-token>')}`],
      }),
    },
    {
      id: 'typeform-personal-access-token',
      provider: 'Typeform',
      description: 'Typeform personal access token (tfp_<44>_<12-14>)',
      keywords: ['tfp_'],
      regex: prefixed('tfp_', '[A-Za-z0-9_-]{44}_[A-Za-z0-9_-]{12,14}'),
      entropy: 3.5,
      remediation: 'Revoke it at https://admin.typeform.com/user/tokens and generate a new token.',
      examples: () => ({
        match: [`TYPEFORM_TOKEN=${join('tf', 'p_', fake(ALNUM, 44, 'tf1'), '_', fake(ALNUM, 14, 'tf2'))}`],
        noMatch: [`TYPEFORM_TOKEN=${join('tf', 'p_', 'your_token')}`],
      }),
    },
    {
      id: 'mapbox-secret-token',
      provider: 'Mapbox',
      description: 'Mapbox secret access token (sk.eyJ…)',
      keywords: ['sk.eyj'],
      regex: prefixed('sk.', 'eyJ[A-Za-z0-9_-]{10,200}\\.[A-Za-z0-9_-]{20,30}'),
      entropy: 4,
      validate: (secret) => typeof jsonObject(secret.split('.')[1] ?? '')?.['u'] === 'string',
      remediation: 'Revoke it at https://account.mapbox.com/access-tokens/ and create a new token.',
      examples: () => ({
        match: [
          `MAPBOX_DOWNLOADS_TOKEN=${join('s', 'k.', b64json({ u: 'acme', a: fake(LOWER_ALNUM, 25, 'mb1') }), '.', fake(B64URL, 22, 'mb2'))}`,
        ],
        noMatch: [
          `MAPBOX_ACCESS_TOKEN=${join('p', 'k.', b64json({ u: 'acme', a: fake(LOWER_ALNUM, 25, 'mb3') }), '.', fake(B64URL, 22, 'mb4'))}`,
        ],
      }),
    },
    {
      id: 'linear-api-key',
      provider: 'Linear',
      description: 'Linear personal API key or OAuth token (lin_api_, lin_oauth_)',
      keywords: ['lin_api_', 'lin_oauth_'],
      regex: prefixed('lin_', '(?:api|oauth)_[A-Za-z0-9]{40,64}'),
      entropy: 3.5,
      remediation:
        'Revoke it at https://linear.app/settings/account/security (Personal API keys) and create a new key.',
      examples: () => ({
        match: [`LINEAR_API_KEY=${join('lin_', 'api_', fake(ALNUM, 40, 'li1'))}`],
        noMatch: [`LINEAR_API_KEY=${join('lin_', 'api_', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')}`],
      }),
    },
    {
      id: 'hubspot-private-app-token',
      provider: 'HubSpot',
      description: 'HubSpot private app access token (pat-na1-, pat-eu1- + UUID)',
      keywords: ['pat-na', 'pat-eu', 'pat-ap'],
      regex: prefixed('pat-', `(?:na|eu|ap)[0-9]-${UUID}`),
      remediation: 'Rotate it in HubSpot (Settings → Integrations → Private Apps → the app → Auth → Rotate).',
      examples: () => ({
        match: [
          `HUBSPOT_ACCESS_TOKEN=${join('pat', '-na1-', fake(HEX, 8, 'hs1'), '-', fake(HEX, 4, 'hs2'), '-', fake(HEX, 4, 'hs3'), '-', fake(HEX, 4, 'hs4'), '-', fake(HEX, 12, 'hs5'))}`,
        ],
        noMatch: ['HUBSPOT_ACCESS_TOKEN=pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'],
      }),
    },
    {
      id: 'clickup-api-token',
      provider: 'ClickUp',
      description: 'ClickUp personal API token (pk_<user id>_<32 characters>)',
      keywords: ['pk_'],
      regex: prefixed('pk_', '[0-9]{6,10}_[A-Z0-9]{32}'),
      entropy: 3.5,
      remediation: 'Regenerate it at https://app.clickup.com/settings/apps (API Token → Regenerate).',
      examples: () => ({
        match: [`CLICKUP_API_TOKEN=${join('p', 'k_', fake(DIGITS, 8, 'cu1'), '_', fake(UPPER_ALNUM, 32, 'cu2'))}`],
        noMatch: [
          `CLICKUP_API_TOKEN=${join('p', 'k_', '12345678', '_', 'YOURTOKENHEREXXXXXXXXXXXXXXXXXXX')}`,
          `pk_${fake(DIGITS, 8, 'cu3')}`,
        ],
      }),
    },
    {
      id: 'trello-token',
      provider: 'Trello',
      description: 'Trello API token (ATTA…, or 64 hex characters) next to a trello name',
      keywords: ['trello'],
      regex: keyed(credentialName(ci('trello')), '(?:ATTA[A-Za-z0-9]{60,76}|[0-9a-f]{64})'),
      entropy: 3.5,
      remediation:
        'Revoke it at https://trello.com/my/account (Applications) or in the Power-Up admin portal, and authorise again.',
      examples: () => ({
        match: [
          `TRELLO_TOKEN=${join('AT', 'TA', fake(HEX, 64, 'tr1'), fake(UPPER_ALNUM, 8, 'tr2'))}`,
          `trello_token: ${fake(HEX, 64, 'tr3')}`,
        ],
        noMatch: [`TRELLO_API_KEY=${fake(HEX, 32, 'tr4')}`, 'TRELLO_TOKEN=<your token>'],
      }),
    },
  ],
};
