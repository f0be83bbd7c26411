import { ALNUM, B64, B64URL, HEX, LOWER_ALNUM, UPPER, UPPER_ALNUM, fake, join } from './fake.js';
import { b64json, jsonObject } from './decode.js';
import { UUID, fakeJwt, fakeUuid, named, wordKeywords, words } from './named.js';
import { END, START, ci, prefixed, token } from './shape.js';
import type { Rule, RuleFamily } from './types.js';

const AWS_REVOKE =
  'Deactivate and delete it in IAM (https://console.aws.amazon.com/iam/home#/security_credentials), then create a new key.';
const BASE32 = UPPER + '234567';

const aws: Rule[] = [
  {
    id: 'aws-access-key-id',
    provider: 'AWS',
    description: 'AWS access key ID (AKIA… long-term, ASIA… temporary, ABIA/ACCA)',
    keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
    regex: new RegExp(`${START}(?<secret>(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16})${END}`),
    entropy: 3,
    remediation: AWS_REVOKE,
    examples: () => ({
      match: [
        `AWS_ACCESS_KEY_ID=${join('AK', 'IA', fake(BASE32, 16, 'ak1'))}`,
        `aws_access_key_id = ${join('AS', 'IA', fake(BASE32, 16, 'ak2'))}`,
      ],
      noMatch: [
        `AWS_ACCESS_KEY_ID=${join('AKIA', 'IOSFODNN7', 'EXAMPLE')}`,
        `id = "${join('AK', 'IA', 'AAAAAAAAAAAAAAAA')}"`,
        `the ${join('AS', 'IA', 'PACIFICREGION')} market`,
      ],
    }),
  },
  {
    id: 'aws-secret-access-key',
    provider: 'AWS',
    description: 'AWS secret access key (40 characters assigned to a secret_access_key or aws_secret name)',
    keywords: [...wordKeywords('secret access'), ...wordKeywords('aws secret')],
    regex: named(`(?:${words('secret access key')}|${words('aws secret')})`, '[A-Za-z0-9/+]{40}'),
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
  {
    id: 'aws-session-token',
    provider: 'AWS',
    description:
      'AWS session token (long base64 value assigned to aws_session_token, or to SessionToken when it starts like an STS token)',
    keywords: wordKeywords('session token'),
    // STS session tokens begin with these (base64 of their binary header); the name alone says little.
    regex: named(words('session token'), '(?=IQoJb3JpZ2lu|F[wQ]oGZXIvYXdz|AQoDYXdz)[A-Za-z0-9/+]{100,2000}={0,2}'),
    entropy: 4.5,
    remediation: `${AWS_REVOKE} Session tokens expire on their own; revoke the role's active sessions if it is still valid.`,
    examples: () => ({
      match: [
        `AWS_SESSION_TOKEN=${join('IQoJb3JpZ2luX2Vj', fake(B64, 300, 'st1'))}`,
        `aws_session_token = ${join('FwoGZXIvYXdz', fake(B64, 200, 'st2'))}`,
        `    "SessionToken": "${join('IQoJb3JpZ2lu', 'X2Vj', fake(B64, 400, 'st4'))}",`,
      ],
      noMatch: [
        'AWS_SESSION_TOKEN=${AWS_SESSION_TOKEN}',
        `aws_session_token = ${fake(B64, 40, 'st3')}`,
        `session_token = "${fake(B64, 200, 'st5')}"`,
      ],
    }),
  },
  {
    id: 'aws-bedrock-api-key',
    provider: 'AWS',
    description: 'Amazon Bedrock API key (ABSK… long-term, bedrock-api-key-… short-term)',
    keywords: ['absk', 'bedrock-api-key-'],
    regex: prefixed('', '(?:ABSK|bedrock-api-key-)[A-Za-z0-9+/]{60,2000}={0,2}', '(?![A-Za-z0-9+/=])'),
    entropy: 4,
    remediation:
      'Delete the service-specific credential of its IAM user (https://console.aws.amazon.com/iam/home#/users), then generate a new key.',
    examples: () => ({
      match: [
        `AWS_BEARER_TOKEN_BEDROCK=${join('AB', 'SK', 'QmVkcm9ja0FQSUtleS', fake(B64, 110, 'bd1'))}`,
        `headers = {"Authorization": "Bearer ${join('AB', 'SK', fake(B64, 120, 'bd2'), '=')}"}`,
        `token = "${join('bedrock-', 'api-key-', 'YmVkcm9jay', fake(B64, 400, 'bd3'), '==')}"`,
      ],
      noMatch: [`AWS_BEARER_TOKEN_BEDROCK=${join('AB', 'SK', 'your-bedrock-key')}`, 'ABSKIP is a flag'],
    }),
  },
];

const GCP_KEYS =
  'Delete the key in IAM > Service accounts > Keys (https://console.cloud.google.com/iam-admin/serviceaccounts) and create a new one.';

/** A service-account key file, for examples (its private key is elided: the private-key rule owns it). */
function serviceAccountJson(seed: string): string {
  return [
    '{',
    '  "type": "service_account",',
    '  "project_id": "acme-prod",',
    `  "private_key_id": "${fake(HEX, 40, seed)}",`,
    '  "client_email": "deployer@acme-prod.iam.gserviceaccount.com",',
    '}',
  ].join('\n');
}

const gcp: Rule[] = [
  {
    id: 'gcp-service-account-key',
    provider: 'Google Cloud',
    description: 'Google Cloud service-account key file (the 40-hex private_key_id of the JSON key)',
    keywords: wordKeywords('private key id'),
    regex: named(words('private key id'), '[0-9a-f]{40}'),
    entropy: 3,
    remediation: GCP_KEYS,
    examples: () => ({
      match: [
        serviceAccountJson('sa1'),
        `GOOGLE_PRIVATE_KEY_ID=${fake(HEX, 40, 'sa2')}`,
        `credentials = {"type":"service_account","private_key_id":"${fake(HEX, 40, 'sa3')}"}`,
      ],
      noMatch: ['"private_key_id": "<private key id>"', `"private_key_id": "${fake(HEX, 32, 'sa4')}"`],
    }),
  },
  {
    id: 'gcp-oauth-client-secret',
    provider: 'Google Cloud',
    description: 'Google OAuth client secret (GOCSPX-)',
    keywords: ['gocspx-'],
    regex: prefixed('GOCSPX-', '[A-Za-z0-9_-]{28}'),
    entropy: 3.5,
    remediation: 'Reset the client secret at https://console.cloud.google.com/apis/credentials.',
    examples: () => ({
      match: [`GOOGLE_CLIENT_SECRET=${join('GOC', 'SPX-', fake(B64URL, 28, 'gc1'))}`],
      noMatch: [`GOOGLE_CLIENT_SECRET=${join('GOC', 'SPX-', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxx')}`],
    }),
  },
  {
    id: 'gcp-oauth-access-token',
    provider: 'Google Cloud',
    description: 'Google OAuth 2.0 access token (ya29.; valid for about an hour)',
    keywords: ['ya29.'],
    regex: prefixed('ya29.', '[A-Za-z0-9_-]{30,2000}'),
    entropy: 4,
    remediation:
      'Revoke it at https://oauth2.googleapis.com/revoke?token=… and revoke the grant or key that minted it.',
    examples: () => ({
      match: [`GOOGLE_OAUTH_ACCESS_TOKEN=${join('ya', '29.', 'a0A', fake(B64URL, 160, 'ya1'))}`],
      noMatch: [`GOOGLE_OAUTH_ACCESS_TOKEN=${join('ya', '29.', 'your-access-token')}`],
    }),
  },
  {
    id: 'firebase-cloud-messaging-key',
    provider: 'Firebase',
    description: 'Firebase Cloud Messaging legacy server key (AAAA…:APA91b…)',
    keywords: ['apa91b'],
    regex: prefixed('AAAA', '[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}'),
    entropy: 4,
    remediation:
      'Delete the server key in the Firebase console (Project settings > Cloud Messaging) and move to the HTTP v1 API.',
    examples: () => ({
      match: [`FCM_SERVER_KEY=${join('AAAA', fake(B64URL, 7, 'fc1'), ':APA', '91b', fake(B64URL, 134, 'fc2'))}`],
      noMatch: [`FCM_SERVER_KEY=${join('AAAA', 'xxxxxxx', ':APA', '91b', '...')}`],
    }),
  },
];

const AZURE_PORTAL = 'https://portal.azure.com';
const azure: Rule[] = [
  {
    id: 'azure-storage-account-key',
    provider: 'Azure',
    description: 'Azure Storage account key (88 base64 characters after AccountKey= or in AZURE_STORAGE_KEY)',
    keywords: ['accountkey', ...wordKeywords('azure storage')],
    regex: named(
      `(?:${ci('accountkey')}|${words('azure storage')})`,
      '[A-Za-z0-9+/]{86}==',
      false,
      '(?![A-Za-z0-9+/=])',
    ),
    entropy: 4.5,
    remediation: `Rotate the access key of the storage account (${AZURE_PORTAL} > Storage account > Access keys).`,
    examples: () => ({
      match: [
        `AZURE_STORAGE_CONNECTION_STRING=${join('DefaultEndpointsProtocol=https;AccountName=acme;Account', 'Key=', fake(B64, 86, 'az1'), '==;EndpointSuffix=core.windows.net')}`,
        `AZURE_STORAGE_KEY=${fake(B64, 86, 'az2')}==`,
      ],
      noMatch: ['AccountKey=<storage-account-key>;', `AccountKey=${fake(B64, 40, 'az3')}==`],
    }),
  },
  {
    id: 'azure-shared-access-key',
    provider: 'Azure',
    description: 'Azure Service Bus, Event Hubs, IoT Hub or Relay shared access key (SharedAccessKey=)',
    keywords: ['sharedaccesskey='],
    regex: new RegExp(`${ci('SharedAccessKey=')}(?<secret>[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)(?![A-Za-z0-9+/=])`),
    entropy: 4,
    remediation: `Regenerate the key of the shared access policy (${AZURE_PORTAL} > the namespace > Shared access policies).`,
    examples: () => ({
      match: [
        `SERVICEBUS_CONNECTION_STRING=${join('Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;Shared', 'AccessKey=', fake(B64, 42, 'sb1'), 'Q=')}`,
      ],
      noMatch: ['Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=<key>'],
    }),
  },
  {
    id: 'azure-client-secret',
    provider: 'Azure',
    description: 'Microsoft Entra ID (Azure AD) application client secret (…8Q~…)',
    keywords: ['q~'],
    regex: new RegExp(`${START}(?<secret>[A-Za-z0-9_~.-]{3}\\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])`),
    entropy: 3.5,
    remediation: `Delete the secret under App registrations > Certificates & secrets (${AZURE_PORTAL}) and add a new one.`,
    examples: () => ({
      match: [`AZURE_CLIENT_SECRET=${join(fake(ALNUM, 3, 'ac1'), '8Q', '~', fake(B64URL, 34, 'ac2'))}`],
      noMatch: [`AZURE_CLIENT_SECRET=${join(fake(ALNUM, 3, 'ac3'), '8Q', '~', 'short')}`, 'approx ~Q~ 3Q~ value'],
    }),
  },
  {
    id: 'azure-sas-token',
    provider: 'Azure',
    description: 'Azure shared access signature (sv=…&sig=… in a URL or connection string)',
    keywords: ['sig='],
    regex: new RegExp(
      '(?<![A-Za-z0-9])(?<secret>sv=\\d{4}-\\d\\d-\\d\\d&[A-Za-z0-9=&%:._-]{0,300}?sig=[A-Za-z0-9%+/]{40,120}={0,2})(?![A-Za-z0-9%+/=])',
    ),
    entropy: 3.5,
    remediation: `Revoke it by rotating the storage account key that signed it, or delete the stored access policy it uses (${AZURE_PORTAL}).`,
    examples: () => ({
      match: [
        `AZURE_STORAGE_SAS_TOKEN=${join('sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01T00:00:00Z&spr=https&', 'sig=', fake(ALNUM, 43, 'sas1'), '%3D')}`,
        `https://acme.blob.core.windows.net/c/f.txt?${join('sv=2021-08-06&sr=b&sp=r&', 'sig=', fake(B64, 43, 'sas2'), '=')}`,
      ],
      noMatch: ['?sv=2022-11-02&ss=b&sig=<signature>', `jwt sig=${fake(ALNUM, 43, 'sas3')}`],
    }),
  },
];

const fromProvider: Rule[] = [
  {
    id: 'digitalocean-token',
    provider: 'DigitalOcean',
    description: 'DigitalOcean personal access, OAuth or refresh token (dop_v1_, doo_v1_, dor_v1_)',
    keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
    regex: prefixed('do', '[opr]_v1_[a-f0-9]{64}'),
    entropy: 3,
    remediation: 'Revoke it at https://cloud.digitalocean.com/account/api/tokens.',
    examples: () => ({
      match: [
        `DIGITALOCEAN_TOKEN=${join('do', 'p_v1_', fake(HEX, 64, 'do1'))}`,
        `token: ${join('do', 'o_v1_', fake(HEX, 64, 'do2'))}`,
      ],
      noMatch: [`DIGITALOCEAN_TOKEN=${join('do', 'p_v1_', 'your_token')}`],
    }),
  },
  {
    id: 'cloudflare-api-token',
    provider: 'Cloudflare',
    description: 'Cloudflare API token (40 characters assigned to a cloudflare or CF_API_TOKEN name)',
    keywords: ['cloudflare', ...wordKeywords('cf api')],
    regex: named(`(?:${ci('cloudflare')}|${words('cf api')})`, '[A-Za-z0-9_-]{40}', true),
    entropy: 3.8,
    remediation: 'Roll or delete it at https://dash.cloudflare.com/profile/api-tokens.',
    examples: () => ({
      match: [`CLOUDFLARE_API_TOKEN=${fake(B64URL, 40, 'cf1')}`, `CF_API_TOKEN: "${fake(ALNUM, 40, 'cf2')}"`],
      noMatch: [`CLOUDFLARE_ACCOUNT_ID=${fake(HEX, 32, 'cf3')}`, `CLOUDFLARE_ZONE=${fake(B64URL, 40, 'cf4')}`],
    }),
  },
  {
    id: 'cloudflare-global-api-key',
    provider: 'Cloudflare',
    description: 'Cloudflare global API key (37 hex characters assigned to a cloudflare or CF_API_KEY name)',
    keywords: ['cloudflare', ...wordKeywords('cf api')],
    regex: named(`(?:${ci('cloudflare')}|${words('cf api')})`, '[a-f0-9]{37}', true),
    entropy: 3,
    remediation:
      'Change the Global API Key at https://dash.cloudflare.com/profile/api-tokens and prefer scoped API tokens.',
    examples: () => ({
      match: [`CLOUDFLARE_API_KEY=${fake(HEX, 37, 'cg1')}`],
      noMatch: [`CLOUDFLARE_API_KEY=${fake(HEX, 32, 'cg2')}`],
    }),
  },
  {
    id: 'cloudflare-origin-ca-key',
    provider: 'Cloudflare',
    description: 'Cloudflare Origin CA key (v1.0-…)',
    keywords: ['v1.0-'],
    regex: prefixed('v1.0-', '[a-f0-9]{24}-[a-f0-9]{146}'),
    entropy: 3,
    remediation: 'Change the Origin CA Key at https://dash.cloudflare.com/profile/api-tokens.',
    examples: () => ({
      match: [`CLOUDFLARE_API_USER_SERVICE_KEY=${join('v1.0', '-', fake(HEX, 24, 'co1'), '-', fake(HEX, 146, 'co2'))}`],
      noMatch: [`version: v1.0-${fake(HEX, 24, 'co3')}`],
    }),
  },
  {
    id: 'heroku-api-key',
    provider: 'Heroku',
    description: 'Heroku API key or OAuth token (a UUID assigned to a heroku key/token name)',
    keywords: ['heroku'],
    regex: named(ci('heroku'), UUID, true),
    remediation: 'Regenerate it at https://dashboard.heroku.com/account (OAuth tokens: heroku authorizations:revoke).',
    examples: () => ({
      match: [`HEROKU_API_KEY=${fakeUuid('hk1')}`, `heroku.apiKey = '${fakeUuid('hk2')}'`],
      noMatch: [`HEROKU_APP_ID=${fakeUuid('hk3')}`, 'HEROKU_API_KEY=<your-heroku-api-key>'],
    }),
  },
  {
    id: 'heroku-platform-token',
    provider: 'Heroku',
    description: 'Heroku platform API token (HRKU-AA + 58 characters)',
    keywords: ['hrku-aa'],
    regex: prefixed('HRKU-AA', '[A-Za-z0-9_-]{58}'),
    entropy: 3.5,
    remediation: 'Revoke it at https://dashboard.heroku.com/account/applications (or heroku authorizations:revoke).',
    examples: () => ({
      match: [
        `HEROKU_API_KEY=${join('HR', 'KU-', 'AA', fake(B64URL, 58, 'hr1'))}`,
        `heroku_api_key = "${join('HR', 'KU-', 'AA', fake(B64URL, 40, 'hr2'), '_____w', fake(ALNUM, 12, 'hr3'))}"`,
      ],
      noMatch: [`HEROKU_API_KEY=${join('HR', 'KU-', 'AA', 'xxxxxxxx')}`],
    }),
  },
  {
    id: 'vercel-token',
    provider: 'Vercel',
    description: 'Vercel access token (assigned to a vercel token name)',
    keywords: ['vercel'],
    regex: named(ci('vercel'), '[A-Za-z0-9_-]{24,80}', true),
    entropy: 3.5,
    reject: /^[a-z_-]+$|^(?:prj|team|vc[pickar])_/,
    remediation: 'Delete it at https://vercel.com/account/tokens and create a new one.',
    examples: () => ({
      match: [`VERCEL_TOKEN=${fake(ALNUM, 24, 've1')}`, `vercelToken: "${fake(ALNUM, 24, 've2')}"`],
      noMatch: [
        `VERCEL_PROJECT_ID=${join('prj_', fake(ALNUM, 28, 've3'))}`,
        'VERCEL_TOKEN: ${{ secrets.VERCEL_TOKEN }}',
      ],
    }),
  },
  {
    id: 'vercel-prefixed-token',
    provider: 'Vercel',
    description:
      'Vercel personal, integration, app access, app refresh token or API key (vcp_, vci_, vca_, vcr_, vck_)',
    keywords: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
    regex: prefixed('vc', '[pickar]_[A-Za-z0-9]{24,100}'),
    entropy: 4,
    remediation: 'Delete it at https://vercel.com/account/tokens (API keys: the team settings) and create a new one.',
    examples: () => ({
      match: [
        `VERCEL_TOKEN=${join('vc', 'p_', fake(ALNUM, 56, 'vp1'))}`,
        `AI_GATEWAY_API_KEY=${join('vc', 'k_', fake(ALNUM, 56, 'vp2'))}`,
      ],
      noMatch: ['vcp_memory_write_handler_function_name', `VERCEL_TOKEN=${join('vc', 'p_', 'your_token')}`],
    }),
  },
  {
    id: 'netlify-token',
    provider: 'Netlify',
    description: 'Netlify personal access token (nfp_)',
    keywords: ['nfp_'],
    regex: prefixed('nfp_', '[A-Za-z0-9]{36}'),
    entropy: 3.5,
    remediation: 'Revoke it at https://app.netlify.com/user/applications.',
    examples: () => ({
      match: [`NETLIFY_AUTH_TOKEN=${join('nf', 'p_', fake(ALNUM, 36, 'nf1'))}`],
      noMatch: [`NETLIFY_AUTH_TOKEN=${join('nf', 'p_', 'your_netlify_token')}`],
    }),
  },
  {
    id: 'netlify-legacy-token',
    provider: 'Netlify',
    description: 'Netlify unprefixed access token (43 characters assigned to a netlify token name)',
    keywords: ['netlify'],
    regex: named(ci('netlify'), '[A-Za-z0-9_-]{43}', true),
    entropy: 4,
    reject: /^nfp_/,
    remediation: 'Revoke it at https://app.netlify.com/user/applications.',
    examples: () => ({
      match: [`NETLIFY_AUTH_TOKEN=${fake(B64URL, 43, 'nl1')}`],
      noMatch: [`NETLIFY_SITE_ID=${fakeUuid('nl2')}`],
    }),
  },
  {
    id: 'supabase-access-token',
    provider: 'Supabase',
    description: 'Supabase personal access token for the Management API (sbp_)',
    keywords: ['sbp_'],
    regex: prefixed('sbp_', '[a-f0-9]{40}'),
    entropy: 3,
    remediation: 'Revoke it at https://supabase.com/dashboard/account/tokens.',
    examples: () => ({
      match: [`SUPABASE_ACCESS_TOKEN=${join('sb', 'p_', fake(HEX, 40, 'sp1'))}`],
      noMatch: [`SUPABASE_ACCESS_TOKEN=${join('sb', 'p_', 'x'.repeat(40))}`],
    }),
  },
  {
    id: 'supabase-secret-key',
    provider: 'Supabase',
    description: 'Supabase secret API key (sb_secret_)',
    keywords: ['sb_secret_'],
    regex: prefixed('sb_secret_', '[A-Za-z0-9_-]{20,80}'),
    entropy: 3.5,
    remediation:
      'Delete it in Project Settings > API Keys (https://supabase.com/dashboard/project/_/settings/api-keys) and create a new one.',
    examples: () => ({
      match: [`SUPABASE_SECRET_KEY=${join('sb_', 'secret_', fake(B64URL, 22, 'ss1'), '_', fake(ALNUM, 8, 'ss2'))}`],
      noMatch: [
        `SUPABASE_SECRET_KEY=${join('sb_', 'secret_', '...')}`,
        `key = "${join('sb_', 'publishable_', fake(ALNUM, 31, 'ss3'))}"`,
      ],
    }),
  },
  {
    id: 'supabase-service-role-key',
    provider: 'Supabase',
    description: 'Supabase legacy service_role key (a JWT assigned to a service_role name)',
    keywords: wordKeywords('service role'),
    regex: named(words('service role'), 'eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{20,}\\.[A-Za-z0-9_-]{20,}'),
    remediation:
      'Rotate the JWT secret / disable legacy keys in Project Settings > API Keys (https://supabase.com/dashboard/project/_/settings/api-keys).',
    examples: () => ({
      match: [
        `SUPABASE_SERVICE_ROLE_KEY=${fakeJwt({ iss: 'supabase', ref: fake(LOWER_ALNUM, 20, 'sr1'), role: 'service_role' }, 'sr2')}`,
      ],
      noMatch: ['SUPABASE_SERVICE_ROLE_KEY=your-service-role-key', 'const role = "service_role";'],
    }),
  },
];

const regional: Rule[] = [
  {
    id: 'alibaba-access-key-id',
    provider: 'Alibaba Cloud',
    description: 'Alibaba Cloud AccessKey ID (LTAI)',
    keywords: ['ltai'],
    regex: prefixed('LTAI', '[A-Za-z0-9]{12,20}'),
    entropy: 3.5,
    remediation: 'Disable and delete the AccessKey pair at https://ram.console.aliyun.com/manage/ak.',
    examples: () => ({
      match: [`ALIBABA_CLOUD_ACCESS_KEY_ID=${join('LT', 'AI', fake(ALNUM, 20, 'al1'))}`],
      noMatch: [`ALIBABA_CLOUD_ACCESS_KEY_ID=${join('LT', 'AI', 'xxxxxxxxxxxxxxxx')}`],
    }),
  },
  {
    id: 'alibaba-access-key-secret',
    provider: 'Alibaba Cloud',
    description: 'Alibaba Cloud AccessKey secret (30 characters assigned to an alibaba/aliyun secret name)',
    keywords: ['alibaba', 'aliyun', 'alicloud'],
    regex: named(`(?:${ci('alibaba')}|${ci('aliyun')}|${ci('alicloud')})`, '[A-Za-z0-9]{30}', true),
    entropy: 4,
    remediation: 'Disable and delete the AccessKey pair at https://ram.console.aliyun.com/manage/ak.',
    examples: () => ({
      match: [`ALIBABA_CLOUD_ACCESS_KEY_SECRET=${fake(ALNUM, 30, 'as1')}`],
      noMatch: [`ALIBABA_CLOUD_REGION_ID=${fake(ALNUM, 30, 'as2')}`],
    }),
  },
  {
    id: 'tencent-cloud-secret-id',
    provider: 'Tencent Cloud',
    description: 'Tencent Cloud API SecretId (AKID)',
    keywords: ['akid'],
    regex: prefixed('AKID', '[A-Za-z0-9]{32}'),
    entropy: 3.5,
    remediation: 'Disable and delete the key at https://console.cloud.tencent.com/cam/capi.',
    examples: () => ({
      match: [`TENCENTCLOUD_SECRET_ID=${join('AK', 'ID', fake(ALNUM, 32, 'tc1'))}`],
      noMatch: [`TENCENTCLOUD_SECRET_ID=${join('AK', 'ID', 'your-secret-id')}`],
    }),
  },
  {
    id: 'yandex-cloud-api-key',
    provider: 'Yandex Cloud',
    description: 'Yandex Cloud API key (AQVN)',
    keywords: ['aqvn'],
    regex: prefixed('AQVN', '[A-Za-z0-9_-]{35,38}'),
    entropy: 3.5,
    remediation: 'Delete the API key of the service account at https://console.yandex.cloud (IAM > Service accounts).',
    examples: () => ({
      match: [`YC_API_KEY=${join('AQ', 'VN', fake(B64URL, 36, 'yc1'))}`],
      noMatch: [`YC_API_KEY=${join('AQ', 'VN', 'xxxx')}`],
    }),
  },
  {
    id: 'oracle-cloud-credential',
    provider: 'Oracle Cloud',
    description:
      'Oracle Cloud (OCI) auth token (20 characters) or customer secret key (44 base64) assigned to an oci/oracle secret name',
    keywords: ['oci', 'oracle'],
    regex: named(
      `(?:(?<![A-Za-z])(?:oci|OCI)|Oci|${ci('oracle')})`,
      '[A-Za-z0-9+/]{43}=|[A-Za-z0-9!#$%&()*+,./:;<>?@^_{|}~\\[\\]-]{20}',
      true,
      '(?![A-Za-z0-9!#$%&()*+,./:;<>?@^_{|}~\\[\\]=-])',
    ),
    entropy: 3.5,
    reject: /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/,
    remediation:
      'Delete it in the OCI console (Identity > Users > the user > Auth tokens / Customer secret keys) and create a new one.',
    examples: () => ({
      match: [
        `OCI_AUTH_TOKEN=${join(fake(ALNUM, 4, 'oc1'), '(K]', fake(ALNUM, 4, 'oc2'), ':N;', fake(ALNUM, 5, 'oc3'), ']')}`,
        `oracle_secret_key: "${fake(B64, 43, 'oc4')}="`,
      ],
      noMatch: [`associated_token = "${fake(ALNUM, 20, 'oc5')}"`, 'OCI_AUTH_TOKEN=process.env.OCI_TOKEN'],
    }),
  },
  {
    id: 'ibm-cloud-api-key',
    provider: 'IBM Cloud',
    description: 'IBM Cloud API key (44 characters assigned to an ibm key name)',
    keywords: ['ibm'],
    regex: named(ci('ibm'), '[A-Za-z0-9_-]{44}', true),
    entropy: 4,
    remediation: 'Delete it at https://cloud.ibm.com/iam/apikeys and create a new one.',
    examples: () => ({
      match: [`IBMCLOUD_API_KEY=${fake(B64URL, 44, 'ib1')}`, `ibm_api_key: "${fake(B64URL, 44, 'ib2')}"`],
      noMatch: [`IBM_CLOUD_REGION=${fake(B64URL, 44, 'ib3')}`],
    }),
  },
  {
    id: 'linode-token',
    provider: 'Linode (Akamai)',
    description: 'Linode personal access token (64 hex characters assigned to a linode token name)',
    keywords: ['linode'],
    regex: named(ci('linode'), '[a-f0-9]{64}', true),
    entropy: 3,
    remediation: 'Revoke it at https://cloud.linode.com/profile/tokens.',
    examples: () => ({
      match: [`LINODE_TOKEN=${fake(HEX, 64, 'li1')}`],
      noMatch: [`LINODE_IMAGE_SHA=${fake(HEX, 64, 'li2')}`],
    }),
  },
  {
    id: 'vultr-api-key',
    provider: 'Vultr',
    description: 'Vultr API key (36 upper-case characters assigned to a vultr key name)',
    keywords: ['vultr'],
    regex: named(ci('vultr'), '[A-Z0-9]{36}', true),
    entropy: 3.5,
    remediation: 'Regenerate it at https://my.vultr.com/settings/#settingsapi.',
    examples: () => ({
      match: [`VULTR_API_KEY=${fake(UPPER_ALNUM, 36, 'vu1')}`],
      noMatch: [`VULTR_REGION=${fake(UPPER_ALNUM, 36, 'vu2')}`],
    }),
  },
  {
    id: 'scaleway-secret-key',
    provider: 'Scaleway',
    description: 'Scaleway API secret key (a UUID assigned to an scw/scaleway secret name)',
    keywords: ['scw', 'scaleway'],
    regex: named(`(?:${ci('scw')}|${ci('scaleway')})`, UUID, true),
    remediation: 'Delete the API key at https://console.scaleway.com/iam/api-keys and create a new one.',
    examples: () => ({
      match: [`SCW_SECRET_KEY=${fakeUuid('sc1')}`],
      noMatch: [`SCW_DEFAULT_PROJECT_ID=${fakeUuid('sc2')}`],
    }),
  },
  {
    id: 'hetzner-cloud-token',
    provider: 'Hetzner',
    description: 'Hetzner Cloud API token (64 characters assigned to an hcloud/hetzner token name)',
    keywords: ['hcloud', 'hetzner'],
    regex: named(`(?:${ci('hcloud')}|${ci('hetzner')})`, '[A-Za-z0-9]{64}', true),
    entropy: 4,
    remediation:
      'Delete it in the Hetzner Cloud console (https://console.hetzner.cloud, project > Security > API tokens).',
    examples: () => ({
      match: [`HCLOUD_TOKEN=${fake(ALNUM, 64, 'hz1')}`],
      noMatch: [`HCLOUD_IMAGE=${fake(ALNUM, 64, 'hz2')}`],
    }),
  },
];

const platforms: Rule[] = [
  {
    id: 'flyio-token',
    provider: 'Fly.io',
    description: 'Fly.io access token (FlyV1 fm1_/fm2_ macaroon, fo1_ OAuth token)',
    keywords: ['fm1', 'fm2', 'fo1_'],
    regex: prefixed('f', '(?:m[12][ar]?_[A-Za-z0-9+/=_,-]{60,2000}|o1_[A-Za-z0-9_-]{43})', '(?![A-Za-z0-9+/=_,-])'),
    entropy: 4,
    remediation: 'Revoke it with `fly tokens revoke` or at https://fly.io/dashboard (Tokens).',
    examples: () => ({
      match: [
        `FLY_API_TOKEN=${join('fm', '2_', fake(B64, 180, 'fl1'))}`,
        `FLY_API_TOKEN="FlyV1 ${join('fm', '2_', fake(B64, 120, 'fl2'), ',', join('fm', '2_', fake(B64, 90, 'fl3')))}"`,
        `token = "${join('fo', '1_', fake(B64URL, 43, 'fl4'))}"`,
      ],
      noMatch: ['radio fm2_station', `token = "${join('fo', '1_', 'abc')}"`],
    }),
  },
  {
    id: 'railway-token',
    provider: 'Railway',
    description: 'Railway API or project token (a UUID assigned to a railway token name)',
    keywords: ['railway'],
    regex: named(ci('railway'), UUID, true),
    remediation: 'Delete it at https://railway.com/account/tokens (project tokens: project settings > Tokens).',
    examples: () => ({
      match: [`RAILWAY_TOKEN=${fakeUuid('rw1')}`],
      noMatch: [`RAILWAY_PROJECT_ID=${fakeUuid('rw2')}`],
    }),
  },
  {
    id: 'render-api-key',
    provider: 'Render',
    description: 'Render API key (rnd_)',
    keywords: ['rnd_'],
    regex: prefixed('rnd_', '[A-Za-z0-9]{32}'),
    entropy: 3.5,
    remediation: 'Revoke it at https://dashboard.render.com/u/settings#api-keys.',
    examples: () => ({
      match: [`RENDER_API_KEY=${join('rn', 'd_', fake(ALNUM, 32, 'rd1'))}`],
      noMatch: ['const rnd_value = Math.random();'],
    }),
  },
  {
    id: 'doppler-token',
    provider: 'Doppler',
    description: 'Doppler service, personal, CLI, service-account, SCIM or audit token (dp.st., dp.pt., dp.ct., …)',
    keywords: ['dp.st.', 'dp.pt.', 'dp.ct.', 'dp.sa.', 'dp.scim.', 'dp.audit.'],
    regex: prefixed('dp.', '(?:st|pt|ct|sa|scim|audit)\\.(?:[a-z0-9_-]{1,35}\\.)?[A-Za-z0-9]{40,44}'),
    entropy: 3.5,
    remediation:
      'Revoke it in the Doppler dashboard (https://dashboard.doppler.com: project config > Access, or workplace tokens).',
    examples: () => ({
      match: [
        `DOPPLER_TOKEN=${join('dp', '.st.', 'prd.', fake(ALNUM, 40, 'dp1'))}`,
        `DOPPLER_TOKEN=${join('dp', '.pt.', fake(ALNUM, 43, 'dp2'))}`,
      ],
      noMatch: [`DOPPLER_TOKEN=${join('dp', '.st.', 'xxxx')}`],
    }),
  },
  {
    id: 'vault-token',
    provider: 'HashiCorp Vault',
    description: 'HashiCorp Vault service, batch or recovery token (hvs., hvb., hvr.)',
    keywords: ['hvs.', 'hvb.', 'hvr.'],
    regex: prefixed('hv', '[sbr]\\.[A-Za-z0-9_-]{24,400}'),
    entropy: 4,
    remediation: 'Revoke it with `vault token revoke` (or `vault lease revoke -prefix`) and issue a new one.',
    examples: () => ({
      match: [
        `VAULT_TOKEN=${join('hv', 's.', 'CAESI', fake(B64URL, 90, 'hv1'))}`,
        `token = "${join('hv', 'b.', fake(B64URL, 130, 'hv2'))}"`,
      ],
      noMatch: ['import hvs.utils', `VAULT_TOKEN=${join('hv', 's.', 'your-vault-token')}`],
    }),
  },
  {
    id: 'terraform-cloud-token',
    provider: 'HashiCorp Terraform Cloud',
    description: 'HCP Terraform / Terraform Enterprise API token (….atlasv1.…)',
    keywords: ['atlasv1'],
    regex: token('[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}'),
    entropy: 4,
    remediation:
      'Delete it at https://app.terraform.io/app/settings/tokens (team/organization tokens in their settings).',
    examples: () => ({
      match: [`TF_TOKEN_app_terraform_io=${join(fake(ALNUM, 14, 'tf1'), '.atlas', 'v1.', fake(B64URL, 67, 'tf2'))}`],
      noMatch: [`token = "${join('xxxxxxxxxxxxxx', '.atlas', 'v1.', 'x'.repeat(67))}"`],
    }),
  },
  {
    id: 'pulumi-access-token',
    provider: 'Pulumi',
    description: 'Pulumi Cloud access token (pul-)',
    keywords: ['pul-'],
    regex: prefixed('pul-', '[a-f0-9]{40}'),
    entropy: 3,
    remediation: 'Delete it at https://app.pulumi.com/account/tokens.',
    examples: () => ({
      match: [`PULUMI_ACCESS_TOKEN=${join('pu', 'l-', fake(HEX, 40, 'pu1'))}`],
      noMatch: [`PULUMI_ACCESS_TOKEN=${join('pu', 'l-', 'your-token')}`],
    }),
  },
  {
    id: 'akamai-edgegrid-token',
    provider: 'Akamai',
    description: 'Akamai EdgeGrid client or access token (akab-…-…)',
    keywords: ['akab-'],
    regex: prefixed('akab-', '[a-z0-9]{16}-[a-z0-9]{16}'),
    entropy: 3,
    remediation: 'Rotate the API client credentials in Akamai Control Center (Identity & Access > API clients).',
    examples: () => ({
      match: [
        `AKAMAI_CLIENT_TOKEN=${join('ak', 'ab-', fake(LOWER_ALNUM, 16, 'ak1'), '-', fake(LOWER_ALNUM, 16, 'ak2'))}`,
      ],
      noMatch: [`client_token = ${join('ak', 'ab-', 'xxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx')}`],
    }),
  },
  {
    id: 'scalingo-api-token',
    provider: 'Scalingo',
    description: 'Scalingo API token (tk-us-)',
    keywords: ['tk-us-'],
    regex: prefixed('tk-us-', '[A-Za-z0-9_-]{48}'),
    entropy: 4,
    remediation: 'Delete it at https://dashboard.scalingo.com/account/tokens.',
    examples: () => ({
      match: [`SCALINGO_API_TOKEN=${join('tk', '-us-', fake(B64URL, 48, 'sg1'))}`],
      noMatch: [`SCALINGO_API_TOKEN=${join('tk', '-us-', 'your-token')}`],
    }),
  },
  {
    id: 'fastly-api-token',
    provider: 'Fastly',
    description: 'Fastly API token (32 characters assigned to a fastly token name)',
    keywords: ['fastly'],
    regex: named(ci('fastly'), '[A-Za-z0-9_-]{32}', true),
    entropy: 3.8,
    remediation: 'Revoke it at https://manage.fastly.com/account/personal/tokens.',
    examples: () => ({
      match: [`FASTLY_API_TOKEN=${fake(B64URL, 32, 'fa1')}`],
      noMatch: [`FASTLY_SERVICE_ID=${fake(ALNUM, 22, 'fa2')}`],
    }),
  },
  {
    id: 'cloudflare-tunnel-token',
    provider: 'Cloudflare',
    description: 'Cloudflare Tunnel token (base64 JSON with account tag, tunnel id and secret: eyJhIjoi…)',
    keywords: ['eyjhijoi'],
    // Not a segment of a JWT whose payload happens to start with {"a":
    regex: /(?<![A-Za-z0-9_.-])(?<secret>eyJhIjoi[A-Za-z0-9+/]{60,400}={0,2})(?![A-Za-z0-9+/=.-])/,
    entropy: 4,
    validate: (secret) => {
      const json = jsonObject(secret);
      return json !== undefined && 't' in json && 's' in json;
    },
    remediation:
      'Refresh the tunnel token in Cloudflare Zero Trust (Networks → Tunnels → the tunnel → Refresh token) and restart cloudflared with the new one.',
    examples: () => {
      const tunnel = (seed: string): string =>
        Buffer.from(
          JSON.stringify({
            a: fake(HEX, 32, `${seed}a`),
            t: fakeUuid(`${seed}t`),
            s: Buffer.from(fake(ALNUM, 32, `${seed}s`)).toString('base64'),
          }),
        ).toString('base64');
      return {
        match: [`TUNNEL_TOKEN=${tunnel('ct1')}`, `cloudflared tunnel run --token ${tunnel('ct2')}`],
        noMatch: ['TUNNEL_TOKEN=<your tunnel token>', `TUNNEL_TOKEN=${b64json({ a: 'acme' }, false)}`],
      };
    },
  },
  {
    id: 'cloudflare-r2-secret-access-key',
    provider: 'Cloudflare',
    description: 'Cloudflare R2 secret access key (64 hex characters next to an r2…secret name)',
    keywords: ['r2_', 'r2.', 'r2-', 'r2secret', 'r2access'],
    regex: named(`(?<![A-Za-z0-9])${ci('r2')}[A-Za-z0-9_.-]{0,20}?${ci('secret')}`, '[0-9a-f]{64}'),
    entropy: 3,
    remediation:
      'Delete the R2 API token in the Cloudflare dashboard (R2 → Manage R2 API Tokens) and create a new one.',
    examples: () => ({
      match: [`R2_SECRET_ACCESS_KEY=${fake(HEX, 64, 'r21')}`, `cloudflare_r2_secret: "${fake(HEX, 64, 'r22')}"`],
      noMatch: ['R2_SECRET_ACCESS_KEY=<secret>', `R2_ACCESS_KEY_ID=${fake(HEX, 32, 'r23')}`],
    }),
  },
  {
    id: 'cloudflare-access-service-token',
    provider: 'Cloudflare',
    description: 'Cloudflare Access service token client secret (64 hex next to CF_ACCESS_CLIENT_SECRET or the header)',
    keywords: wordKeywords('cf access client secret'),
    regex: named(words('cf access client secret'), '[0-9a-f]{64}'),
    entropy: 3,
    remediation:
      'Revoke the service token in Cloudflare Zero Trust (Access → Service Auth → Service Tokens) and create a new one.',
    examples: () => ({
      match: [
        `CF_ACCESS_CLIENT_SECRET=${fake(HEX, 64, 'ca1')}`,
        `curl -H "CF-Access-Client-Secret: ${fake(HEX, 64, 'ca2')}" https://app.acme.io`,
      ],
      noMatch: [
        'CF_ACCESS_CLIENT_SECRET=${CF_ACCESS_CLIENT_SECRET}',
        `CF_ACCESS_CLIENT_ID=${fake(HEX, 32, 'ca3')}.access`,
      ],
    }),
  },
  {
    id: 'digitalocean-spaces-secret-key',
    provider: 'DigitalOcean',
    description: 'DigitalOcean Spaces secret key (43 base64 characters next to a spaces secret name)',
    keywords: ['spaces'],
    regex: named(ci('spaces'), '[A-Za-z0-9+/]{43}', true),
    entropy: 4,
    remediation: 'Delete the Spaces key at https://cloud.digitalocean.com/spaces/access_keys and create a new one.',
    examples: () => ({
      match: [`SPACES_SECRET_KEY=${fake(B64, 43, 'ds1')}`, `do_spaces_secret: ${fake(B64, 43, 'ds2')}`],
      noMatch: ['SPACES_SECRET_KEY=your-spaces-secret', `SPACES_ACCESS_KEY_ID=DO00${fake(UPPER_ALNUM, 16, 'ds3')}`],
    }),
  },
  {
    id: 'scaleway-access-key',
    provider: 'Scaleway',
    description: 'Scaleway API access key ID (SCW + 17 characters; its secret key travels with it)',
    keywords: ['scw'],
    regex: prefixed('SCW', '[A-Z0-9]{17}'),
    entropy: 3,
    remediation: 'Delete the API key at https://console.scaleway.com/iam/api-keys and create a new one.',
    examples: () => ({
      match: [`SCW_ACCESS_KEY=${join('SC', 'W', fake(UPPER_ALNUM, 17, 'sw1'))}`],
      noMatch: ['SCW_ACCESS_KEY=SCWXXXXXXXXXXXXXXXXX', `SCW_DEFAULT_REGION=${fake(UPPER_ALNUM, 17, 'sw2')}`],
    }),
  },
  {
    id: 'neon-api-key',
    provider: 'Neon',
    description: 'Neon API key (napi_)',
    keywords: ['napi_'],
    regex: prefixed('napi_', '[a-z0-9]{64}'),
    entropy: 3.5,
    remediation:
      'Revoke it at https://console.neon.tech/app/settings/api-keys (organization keys: the organization → Settings → API keys).',
    examples: () => ({
      match: [`NEON_API_KEY=${join('na', 'pi_', fake(LOWER_ALNUM, 64, 'ne1'))}`],
      noMatch: ['NEON_API_KEY=napi_xxxxxxxx', `NEON_API_KEY=${join('na', 'pi_', fake(LOWER_ALNUM, 30, 'ne2'))}`],
    }),
  },
  {
    id: 'turso-auth-token',
    provider: 'Turso',
    description: 'Turso database or platform auth token (a JWT next to a turso token name)',
    keywords: ['turso'],
    regex: named(ci('turso'), 'eyJ[A-Za-z0-9_-]{10,2000}\\.eyJ[A-Za-z0-9_-]{10,4000}\\.[A-Za-z0-9_-]{20,1000}', true),
    remediation:
      'Invalidate the tokens with `turso db tokens invalidate <database>` (platform tokens: `turso auth api-tokens revoke <name>`) and create new ones.',
    examples: () => ({
      match: [`TURSO_AUTH_TOKEN=${fakeJwt({ a: 'rw', iat: 1767225600, id: fakeUuid('tu1') }, 'tu2')}`],
      noMatch: ['TURSO_AUTH_TOKEN=<token>', 'TURSO_DATABASE_URL=libsql://app-acme.turso.io'],
    }),
  },
  {
    id: 'upstash-qstash-token',
    provider: 'Upstash',
    description: 'Upstash QStash token (base64 JSON with UserID and Password: eyJVc2VySUQiOi…)',
    keywords: ['eyjvc2vysuqioi'],
    regex: /(?<![A-Za-z0-9_.-])(?<secret>eyJVc2VySUQiOi[A-Za-z0-9+/]{20,300}={0,2})(?![A-Za-z0-9+/=.-])/,
    entropy: 4,
    validate: (secret) => jsonObject(secret)?.['Password'] !== undefined,
    remediation: 'Reset the token in the Upstash console (QStash → Details → Reset token) and update QSTASH_TOKEN.',
    examples: () => {
      const qstash = (seed: string): string =>
        Buffer.from(JSON.stringify({ UserID: fakeUuid(`${seed}u`), Password: fake(HEX, 32, `${seed}p`) })).toString(
          'base64',
        );
      return {
        match: [`QSTASH_TOKEN=${qstash('qs1')}`],
        noMatch: ['QSTASH_TOKEN=<token>', `QSTASH_TOKEN=${b64json({ UserID: 'x' }, false)}`],
      };
    },
  },
  {
    id: 'upstash-qstash-signing-key',
    provider: 'Upstash',
    description: 'Upstash QStash signing key (sig_ next to a qstash…key name)',
    keywords: ['qstash'],
    regex: named(ci('qstash'), 'sig_[A-Za-z0-9]{20,40}', true),
    entropy: 3.5,
    remediation: 'Roll the signing keys in the Upstash console (QStash → Signing keys → Roll keys).',
    examples: () => ({
      match: [`QSTASH_CURRENT_SIGNING_KEY=${join('si', 'g_', fake(ALNUM, 28, 'qk1'))}`],
      noMatch: ['QSTASH_CURRENT_SIGNING_KEY=sig_xxx', `QSTASH_URL=https://qstash.upstash.io/${fake(ALNUM, 28, 'qk2')}`],
    }),
  },
  {
    id: 'hcp-client-secret',
    provider: 'HashiCorp Cloud Platform',
    description: 'HCP service principal client secret (64 characters next to an HCP…secret name)',
    keywords: ['hcp'],
    regex: named(`(?<![A-Za-z0-9])${ci('hcp')}[A-Za-z0-9_.-]{0,20}?${ci('secret')}`, '[A-Za-z0-9_-]{64}'),
    entropy: 4,
    remediation:
      'Delete the key at https://portal.cloud.hashicorp.com (Access control (IAM) → Service principals → the principal → Keys) and generate a new one.',
    examples: () => ({
      match: [`HCP_CLIENT_SECRET=${fake(B64URL, 64, 'hc1')}`],
      noMatch: ['HCP_CLIENT_SECRET=${HCP_CLIENT_SECRET}', `HCP_CLIENT_ID=${fake(ALNUM, 32, 'hc2')}`],
    }),
  },
  {
    id: 'vault-legacy-token',
    provider: 'HashiCorp Vault',
    description: 'HashiCorp Vault token in the pre-1.10 format (s. or b. + 24 characters) next to a vault token name',
    keywords: ['vault'],
    regex: named(ci('vault'), '[sb]\\.[A-Za-z0-9]{24}', true),
    entropy: 3.5,
    remediation:
      'Revoke it with `vault token revoke <token>` (or `vault token revoke -accessor …`) and issue a new one.',
    examples: () => ({
      match: [`VAULT_TOKEN=${join('s', '.', fake(ALNUM, 24, 'vl1'))}`],
      noMatch: ['VAULT_TOKEN=s.xxxxxxxxxxxxxxxxxxxxxxxx', `VAULT_ADDR=https://vault.acme.io/${fake(ALNUM, 24, 'vl2')}`],
    }),
  },
  {
    id: 'consul-acl-token',
    provider: 'HashiCorp Consul',
    description: 'Consul ACL token secret ID (a UUID next to a consul token name)',
    keywords: ['consul'],
    regex: named(ci('consul'), UUID, true),
    entropy: 3,
    remediation: 'Delete it with `consul acl token delete -id <accessor id>` and create a new token.',
    examples: () => ({
      match: [`CONSUL_HTTP_TOKEN=${fakeUuid('cs1')}`],
      noMatch: ['CONSUL_HTTP_TOKEN=00000000-0000-0000-0000-000000000000', `CONSUL_NODE_ID=${fakeUuid('cs2')}`],
    }),
  },
  {
    id: 'nomad-token',
    provider: 'HashiCorp Nomad',
    description: 'Nomad ACL token secret ID (a UUID next to a nomad token name)',
    keywords: ['nomad'],
    regex: named(ci('nomad'), UUID, true),
    entropy: 3,
    remediation: 'Delete it with `nomad acl token delete <accessor id>` and create a new token.',
    examples: () => ({
      match: [`NOMAD_TOKEN=${fakeUuid('nm1')}`],
      noMatch: ['NOMAD_TOKEN=${NOMAD_TOKEN}', `NOMAD_ALLOC_ID=${fakeUuid('nm2')}`],
    }),
  },
  {
    id: 'backblaze-application-key',
    provider: 'Backblaze',
    description: 'Backblaze B2 application key (K + 3 digits + 27 characters) next to a b2/backblaze key name',
    keywords: ['backblaze', 'b2_', 'b2.', 'b2-', 'b2app'],
    regex: named(`(?:${ci('backblaze')}|(?<![A-Za-z0-9])${ci('b2')})`, 'K[0-9]{3}[A-Za-z0-9+/]{27}', true),
    entropy: 3.5,
    remediation: 'Delete it at https://secure.backblaze.com/app_keys.htm and create a new application key.',
    examples: () => ({
      match: [
        `B2_APPLICATION_KEY=${join('K', '005', fake(ALNUM, 27, 'bb1'))}`,
        `backblaze_key: ${join('K', '004', fake(B64, 27, 'bb2'))}`,
      ],
      noMatch: ['B2_APPLICATION_KEY=<applicationKey>', `B2_APPLICATION_KEY_ID=${fake(HEX, 25, 'bb3')}`],
    }),
  },
  {
    id: 'tencent-cloud-secret-key',
    provider: 'Tencent Cloud',
    description: 'Tencent Cloud API SecretKey (32 characters next to a tencent secret/key name)',
    keywords: ['tencent'],
    regex: named(ci('tencent'), '[A-Za-z0-9]{32}', true),
    entropy: 3.5,
    remediation: 'Disable and delete the key pair at https://console.cloud.tencent.com/cam/capi and create a new one.',
    examples: () => ({
      match: [`TENCENTCLOUD_SECRET_KEY=${fake(ALNUM, 32, 'tk1')}`],
      noMatch: ['TENCENTCLOUD_SECRET_KEY=your-secret-key', `TENCENTCLOUD_REGION=${fake(ALNUM, 32, 'tk2')}`],
    }),
  },
  {
    id: 'huawei-cloud-secret-key',
    provider: 'Huawei Cloud',
    description: 'Huawei Cloud secret access key (40 characters next to a huawei secret/key name)',
    keywords: ['huawei'],
    regex: named(ci('huawei'), '[A-Za-z0-9]{40}', true),
    entropy: 3.5,
    remediation:
      'Delete the access key in the Huawei Cloud console (My Credentials → Access Keys) and create a new one.',
    examples: () => ({
      match: [`HUAWEICLOUD_SDK_SK_SECRET=${fake(ALNUM, 40, 'hw1')}`],
      noMatch: ['HUAWEICLOUD_SDK_SK_SECRET=<sk>', `HUAWEICLOUD_PROJECT_ID=${fake(ALNUM, 40, 'hw2')}`],
    }),
  },
  {
    id: 'ovh-application-secret',
    provider: 'OVHcloud',
    description: 'OVHcloud API application secret or consumer key (32 characters next to an ovh secret/key name)',
    keywords: ['ovh'],
    regex: named(ci('ovh'), '[A-Za-z0-9]{32}', true),
    entropy: 3.5,
    remediation:
      'Delete the application at https://eu.api.ovh.com/console (or revoke the consumer key) and create new credentials.',
    examples: () => ({
      match: [`OVH_APPLICATION_SECRET=${fake(ALNUM, 32, 'ov1')}`, `ovh_consumer_key: ${fake(ALNUM, 32, 'ov2')}`],
      noMatch: ['OVH_APPLICATION_SECRET=<secret>', `OVH_APPLICATION_KEY=${fake(ALNUM, 16, 'ov3')}`],
    }),
  },
  {
    id: 'exoscale-api-secret',
    provider: 'Exoscale',
    description: 'Exoscale API secret (43 characters next to an exoscale secret name)',
    keywords: ['exoscale'],
    regex: named(ci('exoscale'), '[A-Za-z0-9_-]{43}', true),
    entropy: 4,
    remediation: 'Revoke the API key in the Exoscale portal (IAM → API Keys) and create a new one.',
    examples: () => ({
      match: [`EXOSCALE_API_SECRET=${fake(B64URL, 43, 'ex1')}`],
      noMatch: ['EXOSCALE_API_SECRET=<secret>', `EXOSCALE_API_KEY=EXO${fake(HEX, 24, 'ex2')}`],
    }),
  },
  {
    id: 'alibaba-sts-token',
    provider: 'Alibaba Cloud',
    description: 'Alibaba Cloud STS security token (CAIS + base64)',
    keywords: ['cais'],
    // Not a run inside a longer base64 text (a blob's `…/CAIS…`).
    regex: new RegExp(`${START}(?<secret>CAIS[A-Za-z0-9+/]{100,2000}={0,2})(?![A-Za-z0-9+/=])`),
    entropy: 4.5,
    remediation:
      'STS tokens expire on their own; if this one is still valid, revoke the sessions of the RAM role in the RAM console (https://ram.console.aliyun.com) and rotate whatever credentials issued it.',
    examples: () => ({
      match: [`ALIBABA_CLOUD_SECURITY_TOKEN=${join('CA', 'IS', fake(B64, 300, 'as1'))}`],
      noMatch: ['ALIBABA_CLOUD_SECURITY_TOKEN=CAIS<token>', `name = "CAISSON_${fake(ALNUM, 20, 'as2')}"`],
    }),
  },
  {
    id: 'yandex-iam-token',
    provider: 'Yandex Cloud',
    description: 'Yandex Cloud IAM token (t1.…; valid for up to 12 hours)',
    keywords: ['t1.'],
    regex: prefixed('t1.', '[A-Za-z0-9_-]{20,300}={0,2}\\.[A-Za-z0-9_-]{86}={0,2}', '(?![A-Za-z0-9_=-])'),
    entropy: 4,
    remediation:
      'Revoke it with `yc iam revoke-token` (or let it expire) and rotate the key or account it was issued for.',
    examples: () => ({
      match: [`YC_TOKEN=${join('t', '1.', fake(B64URL, 60, 'yi1'), '.', fake(B64URL, 86, 'yi2'))}`],
      noMatch: ['YC_TOKEN=t1.<token>', `const t1.${fake(ALNUM, 20, 'yi3')}`],
    }),
  },
  {
    id: 'gcp-oauth-refresh-token',
    provider: 'Google Cloud',
    description: 'Google OAuth 2.0 refresh token (1//0…; gcloud, firebase-tools and installed-app credentials)',
    keywords: ['1//0'],
    regex: new RegExp(`${START}(?<secret>1//0[A-Za-z0-9_-]{60,200})${END}`),
    entropy: 4,
    remediation:
      'Revoke it at https://myaccount.google.com/connections (or `gcloud auth revoke`, `firebase logout`) and sign in again; for CI, use a service account or workload identity instead.',
    examples: () => ({
      match: [
        `FIREBASE_TOKEN=${join('1//', '0', 'g', fake(B64URL, 100, 'rt1'))}`,
        `  "refresh_token": "${join('1//', '0', '4', fake(B64URL, 97, 'rt2'))}",`,
      ],
      noMatch: ['FIREBASE_TOKEN=1//0<token>', 'const path = "file:///1//0/index.html";'],
    }),
  },
];

/**
 * Azure's identifiable keys carry a fixed signature at a fixed offset, so they are found without a name nearby:
 * 64-byte keys (88 characters: 76, the signature, 5, a final character of [AQgw], ==), 39-byte keys (52: 42, the
 * signature, [A-D], 5), 32-byte keys (44: 33, the signature, [A-P], 5, =) and the URL-safe 40-byte Functions keys.
 */
const B64_CHAR = '[A-Za-z0-9+/]';
const B64_BEFORE = '(?<![A-Za-z0-9+/])';
const B64_AFTER = '(?![A-Za-z0-9+/=])';
const key64 = (signature: string): RegExp =>
  new RegExp(`${B64_BEFORE}(?<secret>${B64_CHAR}{76}${signature}${B64_CHAR}{5}[AQgw]==)${B64_AFTER}`);
const key39 = (signature: string): RegExp =>
  new RegExp(`${B64_BEFORE}(?<secret>${B64_CHAR}{42}${signature}[A-D]${B64_CHAR}{5})${B64_AFTER}`);
const key32 = (signature: string): RegExp =>
  new RegExp(`${B64_BEFORE}(?<secret>${B64_CHAR}{33}${signature}[A-P]${B64_CHAR}{5}=)${B64_AFTER}`);
const fake64 = (signature: string, seed: string): string =>
  join(fake(B64, 76, seed), signature, fake(B64, 5, `${seed}t`), 'Q==');
const fake39 = (signature: string, seed: string): string =>
  join(fake(B64, 42, seed), signature, 'B', fake(B64, 5, `${seed}t`));
const fake32 = (signature: string, seed: string): string =>
  join(fake(B64, 33, seed), signature, 'K', fake(B64, 5, `${seed}t`), '=');

function identifiable(
  id: string,
  description: string,
  signature: string,
  regex: RegExp,
  example: { name: string; value: string; nearMiss: string },
  remediation: string,
): Rule {
  return {
    id,
    provider: 'Azure',
    description,
    keywords: [signature.toLowerCase()],
    regex,
    entropy: 4,
    remediation: `${remediation} (${AZURE_PORTAL}).`,
    examples: () => ({
      match: [`${example.name}=${example.value}`, `  "key": "${example.value}",`],
      noMatch: [`${example.name}=${example.nearMiss}`, `${example.name}=<${signature}-key>`],
    }),
  };
}

const azureIdentifiable: Rule[] = [
  identifiable(
    'azure-storage-identifiable-key',
    'Azure Storage account key, identifiable format (+ASt signature), without a name nearby',
    '+ASt',
    key64('\\+ASt'),
    { name: 'BLOB_KEY', value: fake64(join('+A', 'St'), 'is1'), nearMiss: fake64(join('+A', 'Sx'), 'is2') },
    'Rotate the access key of the storage account (Storage account > Access keys)',
  ),
  identifiable(
    'azure-cosmos-identifiable-key',
    'Azure Cosmos DB account key, identifiable format (ACDb signature)',
    'ACDb',
    key64('ACDb'),
    { name: 'COSMOS_KEY', value: fake64(join('AC', 'Db'), 'ic1'), nearMiss: fake64(join('AC', 'Dx'), 'ic2') },
    'Regenerate the key of the Cosmos DB account (Azure Cosmos DB account > Keys)',
  ),
  identifiable(
    'azure-apim-identifiable-key',
    'Azure API Management subscription, gateway or management key, identifiable format (APIM signature)',
    'APIM',
    key64('APIM'),
    {
      name: 'OCP_APIM_SUBSCRIPTION_KEY',
      value: fake64(join('AP', 'IM'), 'ia1'),
      nearMiss: fake64(join('AP', 'Ix'), 'ia2'),
    },
    'Regenerate the key (API Management service > Subscriptions, Gateways or Management API)',
  ),
  identifiable(
    'azure-batch-identifiable-key',
    'Azure Batch account key, identifiable format (+ABa signature)',
    '+ABa',
    key64('\\+ABa'),
    { name: 'BATCH_KEY', value: fake64(join('+A', 'Ba'), 'ib1'), nearMiss: fake64(join('+A', 'Bx'), 'ib2') },
    'Regenerate the key of the Batch account (Batch account > Keys)',
  ),
  identifiable(
    'azure-container-registry-key',
    'Azure Container Registry admin password or token password, identifiable format (+ACR signature)',
    '+ACR',
    key39('\\+ACR'),
    { name: 'REGISTRY_PASSWORD', value: fake39(join('+A', 'CR'), 'ir1'), nearMiss: fake39(join('+A', 'CX'), 'ir2') },
    'Regenerate the password (Container registry > Access keys, or the token under Repository permissions > Tokens)',
  ),
  identifiable(
    'azure-search-identifiable-key',
    'Azure AI Search admin or query key, identifiable format (AzSe signature)',
    'AzSe',
    key39('AzSe'),
    { name: 'SEARCH_ADMIN_KEY', value: fake39(join('Az', 'Se'), 'ih1'), nearMiss: fake39(join('Az', 'Sx'), 'ih2') },
    'Regenerate the admin key or delete the query key (Search service > Keys)',
  ),
  identifiable(
    'azure-cache-redis-identifiable-key',
    'Azure Cache for Redis access key, identifiable format (AzCa signature)',
    'AzCa',
    key32('AzCa'),
    { name: 'CACHE_KEY', value: fake32(join('Az', 'Ca'), 'ird1'), nearMiss: fake32(join('Az', 'Cx'), 'ird2') },
    'Regenerate the access key (Azure Cache for Redis > Authentication > Access keys)',
  ),
  identifiable(
    'azure-messaging-identifiable-key',
    'Azure Service Bus, Event Hubs, Relay or IoT Hub key, identifiable format (+ASb, +AEh, +ARm, AIoT), without a connection string',
    '+ASb',
    key32('(?:\\+ASb|\\+AEh|\\+ARm|AIoT)'),
    { name: 'BUS_KEY', value: fake32(join('+A', 'Sb'), 'im1'), nearMiss: fake32(join('+A', 'Sx'), 'im2') },
    'Regenerate the key of the shared access policy (the namespace or hub > Shared access policies)',
  ),
  {
    id: 'azure-functions-identifiable-key',
    provider: 'Azure',
    description: 'Azure Functions function, host or master key, identifiable format (AzFu signature)',
    keywords: ['azfu'],
    regex: new RegExp('(?<![A-Za-z0-9_-])(?<secret>[A-Za-z0-9_-]{44}AzFu[A-Za-z0-9_-]{5}[AQgw]==)(?![A-Za-z0-9_=-])'),
    entropy: 4,
    remediation: `Renew the key (Function App > App keys, or the function > Function Keys) in ${AZURE_PORTAL}.`,
    examples: () => ({
      match: [
        `FUNCTION_KEY=${join(fake(B64URL, 44, 'if1'), 'Az', 'Fu', fake(B64URL, 5, 'if2'), 'w==')}`,
        `https://acme-fn.azurewebsites.net/api/report?code=${join(fake(B64URL, 44, 'if3'), 'Az', 'Fu', fake(B64URL, 5, 'if4'), 'A==')}`,
      ],
      noMatch: [`FUNCTION_KEY=${join(fake(B64URL, 44, 'if5'), 'Az', 'Fx', fake(B64URL, 5, 'if6'), 'w==')}`],
    }),
  },
  {
    id: 'openshift-user-token',
    provider: 'Red Hat OpenShift',
    description: 'OpenShift OAuth access token (sha256~ + 43 characters), as `oc whoami -t` prints it',
    keywords: ['sha256~'],
    regex: prefixed('sha256~', '[A-Za-z0-9_-]{43}'),
    entropy: 3.5,
    remediation:
      'Log the session out (`oc logout` with that token, or delete the oauthaccesstoken object: `oc delete oauthaccesstoken <name>`), then log in again.',
    examples: () => ({
      match: [
        `OPENSHIFT_TOKEN=${join('sha256', '~', fake(B64URL, 43, 'os1'))}`,
        `run: oc login --token=${join('sha256', '~', fake(B64URL, 43, 'os2'))} --server=https://api.ocp.acme.io:6443`,
      ],
      noMatch: [`OPENSHIFT_TOKEN=${join('sha256', '~', 'xxxx')}`, `integrity sha256-${fake(B64, 43, 'os3')}=`],
    }),
  },
];

export const cloud: RuleFamily = {
  family: 'cloud',
  rules: [...aws, ...gcp, ...azure, ...fromProvider, ...regional, ...platforms, ...azureIdentifiable],
};
