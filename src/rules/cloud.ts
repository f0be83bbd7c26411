import { ALNUM, B64, B64URL, HEX, LOWER_ALNUM, UPPER, UPPER_ALNUM, fake, join } from './fake.js';
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
];

export const cloud: RuleFamily = {
  family: 'cloud',
  rules: [...aws, ...gcp, ...azure, ...fromProvider, ...regional, ...platforms],
};
