/**
 * Business, marketing, analytics, social and content services: CRMs, help desks, form and survey tools, headless
 * CMSs, social networks' developer apps. Tokens with a shape of their own are matched on it; the others by the name
 * they are assigned to (context.ts).
 */
import { ALNUM, B64URL, DIGITS, HEX, LOWER_ALNUM, UPPER_ALNUM, fake, join } from './fake.js';
import { UUID, credentialName, either, keyed, nameWith, nameWithout, spellings, words } from './context.js';
import { fakeJwt, fakeUuid } from './named.js';
import { END, START, ci, prefixed } from './shape.js';
import type { RuleFamily } from './types.js';

/** A signed JWT (header, payload, signature), for services whose API keys are JWTs. */
const JWT = 'eyJ[A-Za-z0-9_-]{10,500}\\.eyJ[A-Za-z0-9_-]{10,2000}\\.[A-Za-z0-9_-]{20,600}';
/** A provider word that must not be the end of a longer word (box, not checkbox or sandbox). */
const word = (w: string): string => `(?<![A-Za-z])${ci(w)}`;
const TWITTER_REVOKE =
  'Regenerate it in the X (Twitter) developer portal (https://developer.x.com/en/portal/dashboard → your app → Keys and tokens).';
const SALESFORCE_REVOKE =
  'Revoke it in Salesforce Setup (Connected Apps OAuth Usage → Revoke, or Session Management) and reset the consumer secret if it leaked.';

const twitter: RuleFamily['rules'] = [
  {
    id: 'twitter-bearer-token',
    provider: 'X (Twitter)',
    description: 'X (Twitter) app-only bearer token (a run of A…, then URL-encoded base64)',
    keywords: ['aaaaaaaaaaaaaaaaaaaa'],
    // The token starts with long runs of "A" (zero bytes): the secret is what follows them, so that the repeated-
    // character placeholder check does not discard every real token.
    regex: new RegExp(`${START}A{20,24}[A-Za-z0-9]{2,8}A{4,12}(?<secret>[A-Za-z0-9%]{60,140})${END}`),
    entropy: 4,
    remediation: TWITTER_REVOKE,
    examples: () => ({
      match: [
        `TWITTER_BEARER_TOKEN=${join('A'.repeat(22), fake(ALNUM, 4, 'xb1'), 'A'.repeat(7), '0%2B', fake(ALNUM, 20, 'xb2'), '%2B', fake(ALNUM, 10, 'xb3'), '%3D', fake(ALNUM, 50, 'xb4'))}`,
      ],
      noMatch: [`TWITTER_BEARER_TOKEN=${'A'.repeat(22)}your-bearer-token`, `data = "${'A'.repeat(40)}"`],
    }),
  },
  {
    id: 'twitter-access-token',
    provider: 'X (Twitter)',
    description: 'X (Twitter) OAuth 1.0a access token (<user id>-<40 characters>) next to a twitter name',
    keywords: ['twitter'],
    regex: keyed(credentialName(ci('twitter')), '[0-9]{5,20}-[A-Za-z0-9]{40}'),
    entropy: 3.5,
    remediation: TWITTER_REVOKE,
    examples: () => ({
      match: [`TWITTER_ACCESS_TOKEN=${fake(DIGITS, 19, 'xa1')}-${fake(ALNUM, 40, 'xa2')}`],
      noMatch: ['TWITTER_ACCESS_TOKEN=1234567890-your-access-token', `TWITTER_USER_ID=${fake(DIGITS, 19, 'xa3')}`],
    }),
  },
  {
    id: 'twitter-api-key',
    provider: 'X (Twitter)',
    description: 'X (Twitter) API key / consumer key (25 characters) next to a twitter key name',
    keywords: ['twitter'],
    regex: keyed(nameWith(ci('twitter'), either(words('api', 'key'), words('consumer', 'key'))), '[A-Za-z0-9]{25}'),
    entropy: 3.5,
    remediation: TWITTER_REVOKE,
    examples: () => ({
      match: [`TWITTER_API_KEY=${fake(ALNUM, 25, 'xk1')}`, `twitter.consumer_key = "${fake(ALNUM, 25, 'xk2')}"`],
      noMatch: ['TWITTER_API_KEY=<your api key>', `TWITTER_API_KEY=${fake(ALNUM, 20, 'xk3')}`],
    }),
  },
  {
    id: 'twitter-api-secret',
    provider: 'X (Twitter)',
    description: 'X (Twitter) API key secret / consumer secret (50 characters) next to a twitter secret name',
    keywords: ['twitter'],
    regex: keyed(nameWith(ci('twitter'), ci('secret')), '[A-Za-z0-9]{50}'),
    entropy: 4,
    remediation: TWITTER_REVOKE,
    examples: () => ({
      match: [`TWITTER_API_SECRET=${fake(ALNUM, 50, 'xs1')}`, `twitterConsumerSecret: '${fake(ALNUM, 50, 'xs2')}'`],
      noMatch: ['TWITTER_API_SECRET=your_api_secret', `TWITTER_API_KEY=${fake(ALNUM, 50, 'xs3')}`],
    }),
  },
  {
    id: 'twitter-access-token-secret',
    provider: 'X (Twitter)',
    description: 'X (Twitter) OAuth 1.0a access token secret (45 characters) next to a twitter secret name',
    keywords: ['twitter'],
    regex: keyed(nameWith(ci('twitter'), ci('secret')), '[A-Za-z0-9]{45}'),
    entropy: 4,
    remediation: TWITTER_REVOKE,
    examples: () => ({
      match: [`TWITTER_ACCESS_TOKEN_SECRET=${fake(ALNUM, 45, 'xt1')}`],
      noMatch: ['TWITTER_ACCESS_TOKEN_SECRET=${ACCESS_SECRET}', `TWITTER_ACCESS_TOKEN=${fake(ALNUM, 45, 'xt2')}`],
    }),
  },
];

const salesforce: RuleFamily['rules'] = [
  {
    id: 'salesforce-access-token',
    provider: 'Salesforce',
    description: 'Salesforce OAuth access or session token (00D<org id>!<session>)',
    keywords: ['00d'],
    regex: prefixed('00D', '[A-Za-z0-9]{12,15}![A-Za-z0-9._]{80,200}', '(?![A-Za-z0-9._])'),
    entropy: 4,
    remediation: SALESFORCE_REVOKE,
    examples: () => ({
      match: [
        `SF_ACCESS_TOKEN=${join('00D', fake(ALNUM, 12, 'sf1'), '!', fake(ALNUM, 30, 'sf2'), '.', fake(ALNUM, 65, 'sf3'))}`,
        `curl -H "Authorization: Bearer ${join('00D', fake(ALNUM, 15, 'sf4'), '!', fake(ALNUM, 96, 'sf5'))}" https://acme.my.salesforce.com`,
      ],
      noMatch: [`SF_ORG_ID=${join('00D', fake(ALNUM, 15, 'sf6'))}`, `x = "00D${fake(ALNUM, 12, 'sf7')}!short"`],
    }),
  },
  {
    id: 'salesforce-refresh-token',
    provider: 'Salesforce',
    description: 'Salesforce OAuth refresh token (5Aep861…)',
    keywords: ['5aep861'],
    regex: prefixed('5Aep861', '[A-Za-z0-9._]{70,120}', '(?![A-Za-z0-9._])'),
    entropy: 4,
    remediation: SALESFORCE_REVOKE,
    examples: () => ({
      match: [`SALESFORCE_REFRESH_TOKEN=${join('5Aep', '861', fake(ALNUM, 40, 'sr1'), '.', fake(ALNUM, 40, 'sr2'))}`],
      noMatch: [`SALESFORCE_REFRESH_TOKEN=${join('5Aep', '861', 'your-refresh-token')}`],
    }),
  },
  {
    id: 'salesforce-consumer-secret',
    provider: 'Salesforce',
    description: 'Salesforce connected app consumer secret (64 hex) next to a salesforce secret name',
    keywords: ['salesforce', 'sfdc'],
    regex: keyed(nameWith(either(ci('salesforce'), ci('sfdc')), ci('secret')), '[0-9A-F]{64}'),
    entropy: 3,
    remediation: SALESFORCE_REVOKE,
    examples: () => ({
      match: [
        `SALESFORCE_CLIENT_SECRET=${fake(HEX, 64, 'sc1').toUpperCase()}`,
        `sfdc.consumer.secret=${fake(HEX, 64, 'sc2').toUpperCase()}`,
      ],
      noMatch: [`SALESFORCE_CLIENT_ID=${fake(HEX, 64, 'sc3').toUpperCase()}`, 'SALESFORCE_CLIENT_SECRET=<secret>'],
    }),
  },
];

const marketing: RuleFamily['rules'] = [
  {
    id: 'algolia-admin-api-key',
    provider: 'Algolia',
    description: 'Algolia admin or write API key (32 hex) next to an algolia key name that is not a search-only key',
    keywords: ['algolia'],
    regex: keyed(credentialName(nameWithout(ci('algolia'), either(ci('search'), ci('public')))), '[a-f0-9]{32}'),
    entropy: 3,
    remediation:
      'Regenerate the admin key or delete the API key at https://dashboard.algolia.com/account/api-keys (Settings → API Keys).',
    examples: () => ({
      match: [`ALGOLIA_ADMIN_KEY=${fake(HEX, 32, 'al1')}`, `algoliaApiKey: "${fake(HEX, 32, 'al2')}"`],
      noMatch: [`ALGOLIA_SEARCH_API_KEY=${fake(HEX, 32, 'al3')}`, `ALGOLIA_APP_ID=${fake(UPPER_ALNUM, 10, 'al4')}`],
    }),
  },
  {
    id: 'cloudinary-url',
    provider: 'Cloudinary',
    description: 'Cloudinary URL with the API secret (cloudinary://<key>:<secret>@<cloud>)',
    keywords: ['cloudinary://'],
    regex: /cloudinary:\/\/[0-9]{10,20}:(?<secret>[A-Za-z0-9_-]{20,40})@[A-Za-z0-9_-]{2,}/,
    entropy: 3.5,
    remediation:
      'Generate a new API key pair at https://console.cloudinary.com/settings/api-keys and deactivate the leaked one.',
    examples: () => ({
      match: [`CLOUDINARY_URL=cloudinary://${fake(DIGITS, 15, 'cl1')}:${fake(B64URL, 27, 'cl2')}@acme`],
      noMatch: [
        'CLOUDINARY_URL=cloudinary://123456789012345:<api_secret>@my-cloud',
        'cloudinary://API_KEY:API_SECRET@CLOUD',
      ],
    }),
  },
  {
    id: 'cloudinary-api-secret',
    provider: 'Cloudinary',
    description: 'Cloudinary API secret (27 characters) next to a cloudinary secret name',
    keywords: ['cloudinary'],
    regex: keyed(nameWith(ci('cloudinary'), ci('secret')), '[A-Za-z0-9_-]{27}'),
    entropy: 3.5,
    remediation:
      'Generate a new API key pair at https://console.cloudinary.com/settings/api-keys and deactivate the leaked one.',
    examples: () => ({
      match: [`CLOUDINARY_API_SECRET=${fake(B64URL, 27, 'cs1')}`],
      noMatch: [`CLOUDINARY_API_KEY=${fake(DIGITS, 15, 'cs2')}`, 'CLOUDINARY_API_SECRET=your_cloudinary_secret'],
    }),
  },
  {
    id: 'amplitude-secret-key',
    provider: 'Amplitude',
    description: 'Amplitude project secret key (32 hex) next to an amplitude secret name',
    keywords: ['amplitude'],
    regex: keyed(nameWith(ci('amplitude'), ci('secret')), '[a-f0-9]{32}'),
    entropy: 3,
    remediation: 'Rotate the secret key in Amplitude (Organization settings → Projects → your project → API keys).',
    examples: () => ({
      match: [`AMPLITUDE_SECRET_KEY=${fake(HEX, 32, 'am1')}`],
      noMatch: [`AMPLITUDE_API_KEY=${fake(HEX, 32, 'am2')}`, 'AMPLITUDE_SECRET_KEY=<secret key>'],
    }),
  },
  {
    id: 'mixpanel-api-secret',
    provider: 'Mixpanel',
    description: 'Mixpanel project API secret or service account secret (32 characters) next to a mixpanel secret name',
    keywords: ['mixpanel'],
    regex: keyed(nameWith(ci('mixpanel'), ci('secret')), '[A-Za-z0-9]{32}'),
    entropy: 3,
    remediation:
      'Reset the API secret or delete the service account in Mixpanel (Project settings, or Organization settings → Service accounts).',
    examples: () => ({
      match: [
        `MIXPANEL_API_SECRET=${fake(HEX, 32, 'mp1')}`,
        `mixpanel.service_account_secret = "${fake(ALNUM, 32, 'mp2')}"`,
      ],
      noMatch: [`MIXPANEL_TOKEN=${fake(HEX, 32, 'mp3')}`, 'MIXPANEL_API_SECRET=YOUR_API_SECRET'],
    }),
  },
  {
    id: 'segment-write-key',
    provider: 'Segment',
    description: 'Segment server-side source write key (32 characters) next to a segment write key name',
    keywords: spellings('segment', 'write'),
    regex: keyed(`${word('segment')}[_.-]?${words('write', 'key')}`, '[A-Za-z0-9]{32}'),
    entropy: 3.5,
    remediation:
      "Regenerate the source's write key in Segment (Connections → Sources → the source → Settings → API keys).",
    examples: () => ({
      match: [`SEGMENT_WRITE_KEY=${fake(ALNUM, 32, 'sg1')}`],
      noMatch: ['SEGMENT_WRITE_KEY=YOUR_WRITE_KEY', `SEGMENT_SOURCE_ID=${fake(ALNUM, 32, 'sg2')}`],
    }),
  },
  {
    id: 'hubspot-api-key',
    provider: 'HubSpot',
    description: 'HubSpot legacy API key (hapikey) or app secret (UUID) next to a hubspot name',
    keywords: ['hubspot', 'hapikey'],
    regex: keyed(either(credentialName(ci('hubspot')), `(?<![A-Za-z0-9])${ci('hapikey')}`), UUID),
    remediation:
      'Move to a private app token and deactivate the key (HubSpot → Settings → Integrations → API key), or rotate the app secret.',
    examples: () => ({
      match: [
        `HUBSPOT_API_KEY=${fakeUuid('hk1')}`,
        `https://api.hubapi.com/contacts/v1/lists?hapikey=${fakeUuid('hk2')}`,
      ],
      noMatch: [`HUBSPOT_PORTAL_ID=${fakeUuid('hk3')}`, 'HUBSPOT_API_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'],
    }),
  },
  {
    id: 'customerio-api-key',
    provider: 'Customer.io',
    description: 'Customer.io App API key (32 hex) or Track API key (20 hex) next to a customer.io name',
    keywords: spellings('customer', 'io'),
    regex: keyed(credentialName(words('customer', 'io')), '(?:[a-f0-9]{32}|[a-f0-9]{20})'),
    entropy: 3,
    remediation: 'Revoke it at https://fly.customer.io/settings/api_credentials and create a new key.',
    examples: () => ({
      match: [`CUSTOMERIO_APP_API_KEY=${fake(HEX, 32, 'ci1')}`, `customer_io_api_key: ${fake(HEX, 20, 'ci2')}`],
      noMatch: [`CUSTOMERIO_SITE_ID=${fake(HEX, 20, 'ci3')}`, 'CUSTOMERIO_API_KEY=<api key>'],
    }),
  },
  {
    id: 'braze-rest-api-key',
    provider: 'Braze',
    description: 'Braze REST API key (UUID) next to a braze key name',
    keywords: ['braze'],
    regex: keyed(credentialName(word('braze')), UUID),
    remediation: 'Delete the REST API key in Braze (Settings → APIs and Identifiers) and create a new one.',
    examples: () => ({
      match: [`BRAZE_REST_API_KEY=${fakeUuid('bz1')}`],
      noMatch: [`BRAZE_APP_ID=${fakeUuid('bz2')}`, 'BRAZE_API_KEY=<rest api key>'],
    }),
  },
  {
    id: 'klaviyo-private-api-key',
    provider: 'Klaviyo',
    description: 'Klaviyo private API key (pk_…) next to a klaviyo name',
    keywords: ['klaviyo'],
    regex: keyed(credentialName(ci('klaviyo')), 'pk_[A-Za-z0-9]{30,40}'),
    entropy: 3.5,
    remediation: 'Revoke it in Klaviyo (Settings → Account → API keys) and create a new private key.',
    examples: () => ({
      match: [`KLAVIYO_PRIVATE_KEY=${join('p', 'k_', fake(HEX, 34, 'kl1'))}`],
      noMatch: [`KLAVIYO_PUBLIC_KEY=${fake(UPPER_ALNUM, 6, 'kl2')}`, 'KLAVIYO_PRIVATE_KEY=pk_your_private_key'],
    }),
  },
  {
    id: 'convertkit-api-secret',
    provider: 'Kit (ConvertKit)',
    description: 'Kit (ConvertKit) API secret or v4 API key next to a convertkit name',
    keywords: spellings('convert', 'kit'),
    regex: keyed(credentialName(words('convert', 'kit')), '(?:kit_[A-Za-z0-9]{32,64}|[A-Za-z0-9_-]{43})'),
    entropy: 3.5,
    remediation: 'Reset the API secret or delete the key in Kit (Settings → Developer).',
    examples: () => ({
      match: [
        `CONVERTKIT_API_SECRET=${fake(B64URL, 43, 'ck1')}`,
        `CONVERTKIT_API_KEY=${join('ki', 't_', fake(HEX, 32, 'ck2'))}`,
      ],
      noMatch: [`CONVERTKIT_FORM_ID=${fake(DIGITS, 7, 'ck3')}`, 'CONVERTKIT_API_SECRET=<your api secret>'],
    }),
  },
  {
    id: 'onesignal-api-key',
    provider: 'OneSignal',
    description: 'OneSignal App or Organization API key (os_v2_app_, os_v2_org_)',
    keywords: ['os_v2_app_', 'os_v2_org_'],
    regex: prefixed('os_v2_', '(?:app|org)_[a-z0-9]{40,200}'),
    entropy: 3.5,
    remediation:
      'Delete the key in OneSignal (Settings → Keys & IDs, or Organizations → Keys & IDs) and create a new one.',
    examples: () => ({
      match: [`ONESIGNAL_REST_API_KEY=${join('os_v2', '_app_', fake(LOWER_ALNUM, 113, 'os1'))}`],
      noMatch: [`ONESIGNAL_REST_API_KEY=${join('os_v2', '_app_', 'your_app_api_key')}`],
    }),
  },
  {
    id: 'onesignal-legacy-api-key',
    provider: 'OneSignal',
    description: 'OneSignal legacy REST API key or user auth key (48 characters) next to a onesignal name',
    keywords: ['onesignal', 'one_signal'],
    regex: keyed(credentialName(words('one', 'signal')), '[A-Za-z0-9]{48}'),
    entropy: 4,
    remediation: 'Delete the key in OneSignal (Settings → Keys & IDs) and create a new App API key.',
    examples: () => ({
      match: [`ONESIGNAL_REST_API_KEY=${fake(ALNUM, 48, 'ol1')}`],
      noMatch: [`ONESIGNAL_APP_ID=${fakeUuid('ol2')}`, 'ONESIGNAL_REST_API_KEY=YOUR_REST_API_KEY'],
    }),
  },
  {
    id: 'fullstory-api-key',
    provider: 'FullStory',
    description: 'FullStory API key (na1.… / eu1.…) next to a fullstory name',
    keywords: ['fullstory', 'full_story'],
    regex: keyed(credentialName(words('full', 'story')), '(?:na|eu)[0-9]\\.[A-Za-z0-9+/_=-]{40,200}'),
    entropy: 4,
    remediation: 'Delete the key in FullStory (Settings → Integrations → API keys) and create a new one.',
    examples: () => ({
      match: [`FULLSTORY_API_KEY=${join('na1.', fake(B64URL, 80, 'fs1'))}`],
      noMatch: [`FULLSTORY_ORG_ID=${fake(UPPER_ALNUM, 5, 'fs2')}`, 'FULLSTORY_API_KEY=na1.YOUR_KEY'],
    }),
  },
];

const crm: RuleFamily['rules'] = [
  {
    id: 'freshdesk-api-key',
    provider: 'Freshdesk',
    description: 'Freshdesk API key (20 characters) next to a freshdesk name',
    keywords: ['freshdesk'],
    regex: keyed(credentialName(ci('freshdesk')), '[A-Za-z0-9]{20}'),
    entropy: 3.5,
    remediation: 'Reset it in Freshdesk (Profile settings → View API key → Reset API key).',
    examples: () => ({
      match: [`FRESHDESK_API_KEY=${fake(ALNUM, 20, 'fd1')}`],
      noMatch: ['FRESHDESK_API_KEY=your_freshdesk_key', `FRESHDESK_DOMAIN=${fake(LOWER_ALNUM, 20, 'fd2')}`],
    }),
  },
  {
    id: 'pipedrive-api-token',
    provider: 'Pipedrive',
    description: 'Pipedrive API token (40 hex) next to a pipedrive name',
    keywords: ['pipedrive'],
    regex: keyed(credentialName(ci('pipedrive')), '[a-f0-9]{40}'),
    entropy: 3,
    remediation: 'Regenerate it in Pipedrive (Personal preferences → API → Generate new token).',
    examples: () => ({
      match: [`PIPEDRIVE_API_TOKEN=${fake(HEX, 40, 'pd1')}`, `pipedrive_api_token: "${fake(HEX, 40, 'pd2')}"`],
      noMatch: ['PIPEDRIVE_API_TOKEN=<token>', `pipedrive_commit = "${fake(HEX, 40, 'pd3')}"`],
    }),
  },
  {
    id: 'docusign-secret-key',
    provider: 'DocuSign',
    description: 'DocuSign integration secret key (UUID) next to a docusign secret name',
    keywords: ['docusign'],
    regex: keyed(nameWith(ci('docusign'), ci('secret')), UUID),
    remediation:
      'Delete the secret key of the app in DocuSign (Settings → Apps and Keys → the app → Secret Keys) and add a new one.',
    examples: () => ({
      match: [`DOCUSIGN_SECRET_KEY=${fakeUuid('ds1')}`],
      noMatch: [`DOCUSIGN_INTEGRATION_KEY=${fakeUuid('ds2')}`, `DOCUSIGN_ACCOUNT_ID=${fakeUuid('ds3')}`],
    }),
  },
  {
    id: 'zapier-webhook-url',
    provider: 'Zapier',
    description: 'Zapier catch hook URL (hooks.zapier.com/hooks/catch/…); the secret is the account and hook path',
    keywords: ['hooks.zapier.com'],
    regex: /https:\/\/hooks\.zapier\.com\/hooks\/catch\/(?<secret>[0-9]{4,12}\/[a-z0-9]{5,12})(?![A-Za-z0-9])/,
    remediation:
      'Turn the Zap off and replace its Catch Hook trigger (a new trigger gets a new URL) at https://zapier.com/app/zaps.',
    examples: () => ({
      match: [
        `ZAPIER_WEBHOOK_URL=https://hooks.zapier.com/hooks/catch/${fake(DIGITS, 7, 'zp1')}/${fake(LOWER_ALNUM, 6, 'zp2')}/`,
      ],
      noMatch: ['ZAPIER_WEBHOOK_URL=https://hooks.zapier.com/hooks/catch/<account>/<hook>/'],
    }),
  },
  {
    id: 'box-api-secret',
    provider: 'Box',
    description: 'Box client secret or developer token (32 characters) next to a box name',
    keywords: [...spellings('box', 'client'), ...spellings('box', 'developer'), ...spellings('box', 'access')],
    regex: keyed(
      `${word('box')}[_.-]?${either(words('client', 'secret'), words('developer', 'token'), words('access', 'token'))}`,
      '[A-Za-z0-9]{32}',
    ),
    entropy: 3.5,
    remediation:
      'Reset the client secret or revoke the developer token in the Box Developer Console (https://app.box.com/developers/console).',
    examples: () => ({
      match: [`BOX_CLIENT_SECRET=${fake(ALNUM, 32, 'bx1')}`, `box_developer_token: "${fake(ALNUM, 32, 'bx2')}"`],
      noMatch: [`CHECKBOX_CLIENT_SECRET=${fake(ALNUM, 32, 'bx3')}`, `BOX_CLIENT_ID=${fake(LOWER_ALNUM, 32, 'bx4')}`],
    }),
  },
  {
    id: 'airtable-legacy-api-key',
    provider: 'Airtable',
    description: 'Airtable legacy API key (key + 14 characters) next to an airtable name',
    keywords: ['airtable'],
    regex: keyed(credentialName(ci('airtable')), 'key[A-Za-z0-9]{14}'),
    entropy: 3,
    remediation:
      'Legacy keys are retired: create a personal access token at https://airtable.com/create/tokens instead.',
    examples: () => ({
      match: [`AIRTABLE_API_KEY=${join('ke', 'y', fake(ALNUM, 14, 'ak1'))}`],
      noMatch: ['AIRTABLE_API_KEY=keyXXXXXXXXXXXXXX', `AIRTABLE_BASE_ID=${join('app', fake(ALNUM, 14, 'ak2'))}`],
    }),
  },
  {
    id: 'helpscout-app-secret',
    provider: 'Help Scout',
    description: 'Help Scout OAuth app secret (32 characters) next to a helpscout secret name',
    keywords: spellings('help', 'scout'),
    regex: keyed(nameWith(words('help', 'scout'), ci('secret')), '[A-Za-z0-9]{32}'),
    entropy: 3.5,
    remediation: 'Regenerate the app secret in Help Scout (Your Profile → My Apps → the app).',
    examples: () => ({
      match: [`HELPSCOUT_APP_SECRET=${fake(ALNUM, 32, 'hs1')}`],
      noMatch: [`HELPSCOUT_APP_ID=${fake(ALNUM, 32, 'hs2')}`, 'HELPSCOUT_APP_SECRET=<app secret>'],
    }),
  },
  {
    id: 'surveymonkey-access-token',
    provider: 'SurveyMonkey',
    description: 'SurveyMonkey access token next to a surveymonkey name',
    keywords: spellings('survey', 'monkey'),
    regex: keyed(credentialName(words('survey', 'monkey')), '[A-Za-z0-9._-]{40,200}'),
    entropy: 4,
    remediation: 'Deauthorise the app or regenerate the token at https://developer.surveymonkey.com/apps/.',
    examples: () => ({
      match: [`SURVEYMONKEY_ACCESS_TOKEN=${fake(ALNUM, 60, 'sm1')}-${fake(ALNUM, 30, 'sm2')}`],
      noMatch: ['SURVEYMONKEY_ACCESS_TOKEN=<your access token>', `SURVEYMONKEY_CLIENT_ID=${fake(ALNUM, 22, 'sm3')}`],
    }),
  },
  {
    id: 'jotform-api-key',
    provider: 'Jotform',
    description: 'Jotform API key (32 hex) next to a jotform name',
    keywords: ['jotform'],
    regex: keyed(credentialName(ci('jotform')), '[a-f0-9]{32}'),
    entropy: 3,
    remediation: 'Delete the key at https://www.jotform.com/myaccount/api and create a new one.',
    examples: () => ({
      match: [`JOTFORM_API_KEY=${fake(HEX, 32, 'jf1')}`],
      noMatch: [`JOTFORM_FORM_ID=${fake(DIGITS, 15, 'jf2')}`, 'JOTFORM_API_KEY=YOUR_API_KEY'],
    }),
  },
  {
    id: 'calendly-api-token',
    provider: 'Calendly',
    description: 'Calendly personal access token or OAuth token (a JWT) next to a calendly name',
    keywords: ['calendly'],
    regex: keyed(credentialName(ci('calendly')), JWT),
    remediation: 'Delete it at https://calendly.com/integrations/api_webhooks and generate a new token.',
    examples: () => ({
      match: [
        `CALENDLY_API_TOKEN=${fakeJwt({ iss: 'https://auth.calendly.com', jti: fakeUuid('cy1'), user_uuid: fakeUuid('cy2') }, 'cy3')}`,
      ],
      noMatch: ['CALENDLY_API_TOKEN=eyJ...', `CALENDLY_USER=${fakeUuid('cy4')}`],
    }),
  },
  {
    id: 'monday-api-token',
    provider: 'monday.com',
    description: 'monday.com API token (a JWT) next to a monday name',
    keywords: ['monday'],
    regex: keyed(credentialName(word('monday')), JWT),
    remediation: 'Regenerate it in monday.com (your avatar → Developers → My access tokens → Regenerate).',
    examples: () => ({
      match: [
        `MONDAY_API_TOKEN=${fakeJwt({ tid: 123456789, aai: 11, uid: 2345678, iad: '2024-01-01T00:00:00.000Z' }, 'mo1')}`,
      ],
      noMatch: ['MONDAY_API_TOKEN=<token>', `MONDAY_BOARD_ID=${fake(DIGITS, 10, 'mo2')}`],
    }),
  },
];

const content: RuleFamily['rules'] = [
  {
    id: 'contentful-preview-token',
    provider: 'Contentful',
    description: 'Contentful Content Preview or legacy management token next to a contentful name',
    keywords: ['contentful'],
    regex: keyed(
      nameWith(ci('contentful'), either(ci('preview'), ci('management'), ci('cma'))),
      '(?:[A-Za-z0-9_-]{43}|[a-f0-9]{64})',
    ),
    entropy: 3.5,
    remediation:
      'Revoke the API key at https://app.contentful.com (Settings → API keys, or CMA tokens) and create a new one.',
    examples: () => ({
      match: [`CONTENTFUL_PREVIEW_TOKEN=${fake(B64URL, 43, 'cf1')}`],
      noMatch: [`CONTENTFUL_SPACE_ID=${fake(LOWER_ALNUM, 12, 'cf2')}`, 'CONTENTFUL_PREVIEW_TOKEN=<preview token>'],
    }),
  },
  {
    id: 'sanity-api-token',
    provider: 'Sanity',
    description: 'Sanity API token (sk…) next to a sanity name',
    keywords: ['sanity'],
    regex: keyed(credentialName(ci('sanity')), 'sk[A-Za-z0-9]{70,220}'),
    entropy: 4,
    remediation: 'Delete it at https://www.sanity.io/manage (the project → API → Tokens) and add a new one.',
    examples: () => ({
      match: [`SANITY_API_TOKEN=${join('s', 'k', fake(ALNUM, 180, 'sa1'))}`],
      noMatch: [`SANITY_PROJECT_ID=${fake(LOWER_ALNUM, 8, 'sa2')}`, 'SANITY_API_TOKEN=sk-your-token'],
    }),
  },
  {
    id: 'storyblok-access-token',
    provider: 'Storyblok',
    description: 'Storyblok access token (22 characters + tt) next to a storyblok name',
    keywords: ['storyblok'],
    regex: keyed(credentialName(ci('storyblok')), '[A-Za-z0-9]{20,24}tt'),
    entropy: 3.5,
    remediation: 'Delete the access token in Storyblok (space Settings → Access Tokens) and generate a new one.',
    examples: () => ({
      match: [`STORYBLOK_ACCESS_TOKEN=${fake(ALNUM, 22, 'sb1')}tt`],
      noMatch: [`STORYBLOK_SPACE_ID=${fake(DIGITS, 6, 'sb2')}`, 'STORYBLOK_ACCESS_TOKEN=<your token>'],
    }),
  },
  {
    id: 'squarespace-api-key',
    provider: 'Squarespace',
    description: 'Squarespace Commerce API key (UUID) next to a squarespace name',
    keywords: ['squarespace'],
    regex: keyed(credentialName(ci('squarespace')), UUID),
    remediation: 'Revoke it in Squarespace (Settings → Advanced → Developer API Keys) and generate a new key.',
    examples: () => ({
      match: [`SQUARESPACE_API_KEY=${fakeUuid('sq1')}`],
      noMatch: [`SQUARESPACE_SITE_ID=${fakeUuid('sq2')}`, 'SQUARESPACE_API_KEY=<api key>'],
    }),
  },
  {
    id: 'frameio-developer-token',
    provider: 'Frame.io',
    description: 'Frame.io developer token (fio-u-)',
    keywords: ['fio-u-'],
    regex: prefixed('fio-u-', '[A-Za-z0-9_=-]{64,72}'),
    entropy: 4,
    remediation: 'Revoke it at https://developer.frame.io/app/tokens and create a new token.',
    examples: () => ({
      match: [`FRAMEIO_TOKEN=${join('fio', '-u-', fake(B64URL, 64, 'fi1'))}`],
      noMatch: [`FRAMEIO_TOKEN=${join('fio', '-u-', 'your-token')}`],
    }),
  },
  {
    id: 'miro-access-token',
    provider: 'Miro',
    description: 'Miro REST API access token (base64 of {"miro.origin":…} + _ + token)',
    keywords: ['eyjtaxjvlm9yawdpbii6'],
    regex: prefixed('eyJtaXJvLm9yaWdpbiI6I', '[A-Za-z0-9]{4,20}_[A-Za-z0-9_-]{20,64}'),
    entropy: 4,
    remediation: 'Revoke it in Miro (Profile settings → Your apps → the app → Revoke token) and install the app again.',
    examples: () => ({
      match: [
        `MIRO_ACCESS_TOKEN=${Buffer.from('{"miro.origin":"eu01"}').toString('base64url')}_${fake(B64URL, 27, 'mi1')}`,
      ],
      noMatch: [
        `MIRO_ACCESS_TOKEN=${Buffer.from('{"miro.origin":"eu01"}').toString('base64url')}_xxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      ],
    }),
  },
  {
    id: 'dropbox-app-secret',
    provider: 'Dropbox',
    description: 'Dropbox app secret (15 characters) next to a dropbox secret name',
    keywords: ['dropbox'],
    regex: keyed(nameWith(ci('dropbox'), ci('secret')), '[a-z0-9]{15}'),
    entropy: 3,
    remediation: "Regenerate the app secret in the app's settings at https://www.dropbox.com/developers/apps.",
    examples: () => ({
      match: [`DROPBOX_APP_SECRET=${fake(LOWER_ALNUM, 15, 'dx1')}`],
      noMatch: [`DROPBOX_APP_KEY=${fake(LOWER_ALNUM, 15, 'dx2')}`, 'DROPBOX_APP_SECRET=your_app_secret'],
    }),
  },
  {
    id: 'flickr-api-key',
    provider: 'Flickr',
    description: 'Flickr API key (32 hex) or secret (16 hex) next to a flickr name',
    keywords: ['flickr'],
    regex: keyed(credentialName(ci('flickr')), '(?:[a-f0-9]{32}|[a-f0-9]{16})'),
    entropy: 3,
    remediation: 'Delete the key at https://www.flickr.com/services/apps/by/me and apply for a new one.',
    examples: () => ({
      match: [`FLICKR_API_KEY=${fake(HEX, 32, 'fl1')}`, `flickr_secret = "${fake(HEX, 16, 'fl2b')}"`],
      noMatch: [`FLICKR_USER_ID=${fake(DIGITS, 8, 'fl3')}@N02`, 'FLICKR_API_KEY=<api key>'],
    }),
  },
  {
    id: 'yandex-oauth-token',
    provider: 'Yandex',
    description: 'Yandex OAuth token (y0_Ag…)',
    keywords: ['y0_ag', 'y1_ag', 'y2_ag', 'y3_ag'],
    regex: prefixed('y', '[0-3]_Ag[A-Za-z0-9_-]{40,80}'),
    entropy: 4,
    remediation:
      'Revoke it at https://id.yandex.com/security (or the OAuth app at https://oauth.yandex.com) and re-authorise.',
    examples: () => ({
      match: [`YANDEX_OAUTH_TOKEN=${join('y0', '_Ag', 'AAAAB', fake(B64URL, 52, 'yx1'))}`],
      noMatch: [`YANDEX_OAUTH_TOKEN=${join('y0', '_Ag', 'your-token')}`],
    }),
  },
  {
    id: 'yandex-legacy-api-key',
    provider: 'Yandex',
    description: 'Yandex Translate or Dictionary legacy API key (trnsl.1.1.…, dict.1.1.…)',
    keywords: ['trnsl.1.1.', 'dict.1.1.'],
    regex: prefixed('', '(?:trnsl|dict)\\.1\\.1\\.[0-9]{8}T[0-9]{6}Z\\.[a-f0-9]{16}\\.[a-f0-9]{40}'),
    entropy: 3,
    remediation:
      'Delete the key in the Yandex developer dashboard (https://developer.tech.yandex.com) and create a new one.',
    examples: () => ({
      match: [
        `YANDEX_TRANSLATE_KEY=${join('trnsl', '.1.1.', '20240315T093217Z.', fake(HEX, 16, 'yl1'), '.', fake(HEX, 40, 'yl2'))}`,
      ],
      noMatch: ['YANDEX_TRANSLATE_KEY=trnsl.1.1.20240101T000000Z.<key>'],
    }),
  },
];

const social: RuleFamily['rules'] = [
  {
    id: 'linkedin-client-secret',
    provider: 'LinkedIn',
    description: 'LinkedIn app client secret next to a linkedin secret name',
    keywords: ['linkedin'],
    regex: keyed(nameWith(ci('linkedin'), ci('secret')), '(?:WPL_AP[0-9]\\.[A-Za-z0-9._=+/-]{16,64}|[A-Za-z0-9]{16})'),
    entropy: 3,
    remediation:
      'Generate a new client secret in the LinkedIn Developer Portal (https://www.linkedin.com/developers/apps → Auth).',
    examples: () => ({
      match: [
        `LINKEDIN_CLIENT_SECRET=${fake(ALNUM, 16, 'li1')}`,
        `linkedin_secret: ${join('WPL_', 'AP1.', fake(ALNUM, 16, 'li2'), '.', fake(ALNUM, 8, 'li3'), '==')}`,
      ],
      noMatch: [`LINKEDIN_CLIENT_ID=${fake(LOWER_ALNUM, 14, 'li4')}`, 'LINKEDIN_CLIENT_SECRET=YOUR_SECRET'],
    }),
  },
  {
    id: 'facebook-app-secret',
    provider: 'Meta (Facebook)',
    description: 'Facebook / Meta app secret (32 hex) next to a facebook secret name',
    keywords: ['facebook'],
    regex: keyed(nameWith(ci('facebook'), ci('secret')), '[a-f0-9]{32}'),
    entropy: 3,
    remediation: 'Reset the app secret at https://developers.facebook.com/apps (the app → App settings → Basic).',
    examples: () => ({
      match: [`FACEBOOK_APP_SECRET=${fake(HEX, 32, 'fb1')}`],
      noMatch: [`FACEBOOK_APP_ID=${fake(DIGITS, 16, 'fb2')}`, 'FACEBOOK_APP_SECRET=your_app_secret'],
    }),
  },
  {
    id: 'instagram-access-token',
    provider: 'Meta (Instagram)',
    description: 'Instagram user access token (IGQV…, IGAA…)',
    keywords: ['igqv', 'igaa'],
    regex: prefixed('IG', '(?:QV|AA)[A-Za-z0-9_-]{100,400}'),
    entropy: 4.2,
    remediation:
      'Remove the app from the Instagram account (Settings → Apps and websites) or reset the app secret at https://developers.facebook.com/apps.',
    examples: () => ({
      match: [`INSTAGRAM_ACCESS_TOKEN=${join('IG', 'QV', 'JW', fake(B64URL, 160, 'ig1'))}`],
      noMatch: [`INSTAGRAM_ACCESS_TOKEN=${join('IG', 'QV', 'your-token')}`],
    }),
  },
  {
    id: 'pinterest-access-token',
    provider: 'Pinterest',
    description: 'Pinterest API access or refresh token (pina_, pinr_)',
    keywords: ['pina_', 'pinr_'],
    regex: prefixed('pin', '[ar]_[A-Za-z0-9]{40,200}'),
    entropy: 4,
    remediation:
      'Revoke the app’s access at https://www.pinterest.com/settings/security (or rotate the app secret) and re-authorise.',
    examples: () => ({
      match: [`PINTEREST_ACCESS_TOKEN=${join('pin', 'a_', fake(ALNUM, 90, 'pi1'))}`],
      noMatch: [
        `PINTEREST_ACCESS_TOKEN=${join('pin', 'a_', 'your_access_token')}`,
        'spina_bifida_treatment_guidelines',
      ],
    }),
  },
  {
    id: 'reddit-client-secret',
    provider: 'Reddit',
    description: 'Reddit app client secret (27-30 characters) next to a reddit secret name',
    keywords: ['reddit'],
    regex: keyed(nameWith(ci('reddit'), ci('secret')), '[A-Za-z0-9_-]{27,30}'),
    entropy: 3.5,
    remediation: 'Delete the app or regenerate its secret at https://www.reddit.com/prefs/apps.',
    examples: () => ({
      match: [`REDDIT_CLIENT_SECRET=${fake(B64URL, 30, 'rd1')}`],
      noMatch: [`REDDIT_CLIENT_ID=${fake(B64URL, 22, 'rd2')}`, 'REDDIT_CLIENT_SECRET=<client secret>'],
    }),
  },
  {
    id: 'spotify-client-secret',
    provider: 'Spotify',
    description: 'Spotify app client secret (32 hex) next to a spotify secret name',
    keywords: ['spotify'],
    regex: keyed(nameWith(ci('spotify'), ci('secret')), '[a-f0-9]{32}'),
    entropy: 3,
    remediation: 'Rotate the client secret at https://developer.spotify.com/dashboard (the app → Settings).',
    examples: () => ({
      match: [`SPOTIFY_CLIENT_SECRET=${fake(HEX, 32, 'sp1')}`],
      noMatch: [`SPOTIFY_CLIENT_ID=${fake(HEX, 32, 'sp2')}`, 'SPOTIFY_CLIENT_SECRET=your_client_secret'],
    }),
  },
  {
    id: 'adobe-client-secret',
    provider: 'Adobe',
    description: 'Adobe Developer Console client secret (p8e-)',
    keywords: ['p8e-'],
    regex: prefixed('p8e-', '[A-Za-z0-9_-]{30,40}'),
    entropy: 3.5,
    remediation:
      'Rotate the client secret in the Adobe Developer Console (https://developer.adobe.com/console → the project → credential).',
    examples: () => ({
      match: [`ADOBE_CLIENT_SECRET=${join('p8', 'e-', fake(ALNUM, 32, 'ad1'))}`],
      noMatch: [
        `ADOBE_CLIENT_SECRET=${join('p8', 'e-', 'your-client-secret')}`,
        `ADOBE_CLIENT_ID=${fake(HEX, 32, 'ad2')}`,
      ],
    }),
  },
];

const accounting: RuleFamily['rules'] = [
  {
    id: 'freshbooks-access-token',
    provider: 'FreshBooks',
    description: 'FreshBooks OAuth access token or client secret (64 characters) next to a freshbooks name',
    keywords: ['freshbooks'],
    regex: keyed(credentialName(ci('freshbooks')), '[A-Za-z0-9]{64}'),
    entropy: 3.5,
    remediation: 'Reset the client secret of the app at https://my.freshbooks.com/#/developer and re-authorise.',
    examples: () => ({
      match: [`FRESHBOOKS_CLIENT_SECRET=${fake(HEX, 64, 'fr1')}`],
      noMatch: [`FRESHBOOKS_ACCOUNT_ID=${fake(ALNUM, 6, 'fr2')}`, 'FRESHBOOKS_CLIENT_SECRET=<client secret>'],
    }),
  },
  {
    id: 'quickbooks-client-secret',
    provider: 'Intuit QuickBooks',
    description: 'Intuit / QuickBooks app client secret (40 characters) next to a quickbooks or intuit secret name',
    keywords: ['quickbooks', 'intuit'],
    regex: keyed(nameWith(either(ci('quickbooks'), ci('intuit')), ci('secret')), '[A-Za-z0-9]{40}'),
    entropy: 3.5,
    remediation:
      'Rotate the client secret at https://developer.intuit.com/app/developer/dashboard (the app → Keys & credentials).',
    examples: () => ({
      match: [`QUICKBOOKS_CLIENT_SECRET=${fake(ALNUM, 40, 'qb1')}`],
      noMatch: [`QUICKBOOKS_CLIENT_ID=${fake(ALNUM, 50, 'qb2')}`, 'QUICKBOOKS_CLIENT_SECRET=<client secret>'],
    }),
  },
  {
    id: 'xero-client-secret',
    provider: 'Xero',
    description: 'Xero app client secret (48 characters) next to a xero secret name',
    keywords: ['xero'],
    regex: keyed(nameWith(word('xero'), ci('secret')), '[A-Za-z0-9_-]{48}'),
    entropy: 3.5,
    remediation: 'Generate a new client secret at https://developer.xero.com/app/manage (the app → Configuration).',
    examples: () => ({
      match: [`XERO_CLIENT_SECRET=${fake(B64URL, 48, 'xr1')}`],
      noMatch: [`XERO_CLIENT_ID=${fake(HEX, 32, 'xr2').toUpperCase()}`, 'XERO_CLIENT_SECRET=<client secret>'],
    }),
  },
  {
    id: 'zoho-oauth-token',
    provider: 'Zoho',
    description: 'Zoho OAuth access or refresh token (1000.<32 hex>.<32 hex>) next to a zoho name',
    keywords: ['zoho'],
    regex: keyed(credentialName(ci('zoho')), '1000\\.[a-f0-9]{32}\\.[a-f0-9]{32}'),
    entropy: 3,
    remediation:
      'Revoke it at https://accounts.zoho.com/home#sessions/userconnectedapps (or the API console) and re-authorise.',
    examples: () => ({
      match: [`ZOHO_REFRESH_TOKEN=${join('1000.', fake(HEX, 32, 'zh1'), '.', fake(HEX, 32, 'zh2'))}`],
      noMatch: [`ZOHO_CLIENT_ID=${join('1000.', fake(UPPER_ALNUM, 30, 'zh3'))}`, 'ZOHO_REFRESH_TOKEN=1000.xxxx.xxxx'],
    }),
  },
  {
    id: 'finnhub-api-key',
    provider: 'Finnhub',
    description: 'Finnhub API key (20 characters) next to a finnhub name',
    keywords: ['finnhub'],
    regex: keyed(credentialName(ci('finnhub')), '[a-z0-9]{20}'),
    entropy: 3,
    remediation: 'Regenerate the key at https://finnhub.io/dashboard.',
    examples: () => ({
      match: [`FINNHUB_API_KEY=${fake(LOWER_ALNUM, 20, 'fh1')}`],
      noMatch: ['FINNHUB_API_KEY=<api key>', `FINNHUB_WEBHOOK_ID=${fake(DIGITS, 8, 'fh2')}`],
    }),
  },
];

const marketingMore: RuleFamily['rules'] = [
  {
    id: 'activecampaign-api-key',
    provider: 'ActiveCampaign',
    description: 'ActiveCampaign API key (72 hex) next to an activecampaign name',
    keywords: spellings('active', 'campaign'),
    regex: keyed(credentialName(words('active', 'campaign')), '[a-f0-9]{72}'),
    entropy: 3,
    remediation: 'Reset the key in ActiveCampaign (Settings → Developer → API Access).',
    examples: () => ({
      match: [`ACTIVECAMPAIGN_API_KEY=${fake(HEX, 72, 'ac1')}`],
      noMatch: [
        'ACTIVECAMPAIGN_API_KEY=<api key>',
        `ACTIVECAMPAIGN_API_URL=https://${fake(LOWER_ALNUM, 8, 'ac2')}.api-us1.com`,
      ],
    }),
  },
  {
    id: 'drip-api-token',
    provider: 'Drip',
    description: 'Drip API token (32 hex) next to a drip name',
    keywords: ['drip'],
    regex: keyed(credentialName(word('drip')), '[a-f0-9]{32}'),
    entropy: 3,
    remediation: 'Reset the API token in Drip (User settings → API token).',
    examples: () => ({
      match: [`DRIP_API_TOKEN=${fake(HEX, 32, 'dr1')}`],
      noMatch: [`DRIP_ACCOUNT_ID=${fake(DIGITS, 7, 'dr2')}`, `TEARDRIP_TOKEN=${fake(HEX, 32, 'dr3')}`],
    }),
  },
  {
    id: 'iterable-api-key',
    provider: 'Iterable',
    description: 'Iterable server-side API key (32 hex) next to an iterable api key name',
    keywords: spellings('iterable', 'api'),
    regex: keyed(`${word('iterable')}[_.-]?${words('api', 'key')}`, '[a-f0-9]{32}'),
    entropy: 3,
    remediation: 'Delete the key in Iterable (Integrations → API keys) and create a new one.',
    examples: () => ({
      match: [`ITERABLE_API_KEY=${fake(HEX, 32, 'it1')}`],
      noMatch: ['ITERABLE_API_KEY=<api key>', `const iterable = [${fake(DIGITS, 3, 'it2')}]`],
    }),
  },
  {
    id: 'beamer-api-key',
    provider: 'Beamer',
    description: 'Beamer API key (b_…) next to a beamer name',
    keywords: ['beamer'],
    regex: keyed(credentialName(ci('beamer')), 'b_[A-Za-z0-9_=+/-]{40,50}', '(?![A-Za-z0-9_+/=-])'),
    entropy: 3.5,
    remediation: 'Delete the key in Beamer (Settings → API) and create a new one.',
    examples: () => ({
      match: [`BEAMER_API_KEY=${join('b', '_', fake(B64URL, 44, 'bm1'))}`],
      noMatch: ['BEAMER_API_KEY=b_your_api_key', `BEAMER_PRODUCT_ID=${fake(ALNUM, 8, 'bm2')}`],
    }),
  },
  {
    id: 'looker-client-secret',
    provider: 'Looker',
    description: 'Looker API client secret (24 characters) next to a looker secret name',
    keywords: ['looker'],
    regex: keyed(nameWith(ci('looker'), ci('secret')), '[A-Za-z0-9]{24}'),
    entropy: 3.5,
    remediation: 'Delete the API key of the user in Looker (Admin → Users → Edit keys) and create a new one.',
    examples: () => ({
      match: [`LOOKERSDK_CLIENT_SECRET=${fake(ALNUM, 24, 'lk1')}`],
      noMatch: [`LOOKERSDK_CLIENT_ID=${fake(ALNUM, 20, 'lk2')}`, 'LOOKERSDK_CLIENT_SECRET=<client secret>'],
    }),
  },
  {
    id: 'rapidapi-key',
    provider: 'RapidAPI',
    description: 'RapidAPI application key (50 characters) next to a rapidapi name or X-RapidAPI-Key header',
    keywords: ['rapidapi'],
    regex: keyed(credentialName(ci('rapidapi')), '[A-Za-z0-9_-]{50}'),
    entropy: 3.5,
    remediation: 'Rotate the application key at https://rapidapi.com/developer/apps (the app → Authorization).',
    examples: () => ({
      match: [`RAPIDAPI_KEY=${fake(ALNUM, 50, 'ra1')}`, `headers: { 'X-RapidAPI-Key': '${fake(ALNUM, 50, 'ra2')}' }`],
      noMatch: ["'X-RapidAPI-Host': 'weatherapi-com.p.rapidapi.com'", 'RAPIDAPI_KEY=<your rapidapi key>'],
    }),
  },
  {
    id: 'nytimes-api-key',
    provider: 'The New York Times',
    description: 'New York Times developer API key (32 characters) next to a nytimes name',
    keywords: ['nytimes', 'ny_times'],
    regex: keyed(credentialName(either(ci('nytimes'), words('ny', 'times'))), '[A-Za-z0-9]{32}'),
    entropy: 3.5,
    remediation: 'Delete the app or its key at https://developer.nytimes.com/my-apps and create a new one.',
    examples: () => ({
      match: [`NYTIMES_API_KEY=${fake(ALNUM, 32, 'ny1')}`],
      noMatch: ['NYTIMES_API_KEY=<api key>', `NYTIMES_APP_ID=${fakeUuid('ny2')}`],
    }),
  },
];

const media: RuleFamily['rules'] = [
  {
    id: 'vimeo-access-token',
    provider: 'Vimeo',
    description: 'Vimeo personal access token (32 hex) or client secret next to a vimeo name',
    keywords: ['vimeo'],
    regex: keyed(credentialName(ci('vimeo')), '(?:[a-f0-9]{32}|[A-Za-z0-9+/]{100,140}={0,2})', '(?![A-Za-z0-9+/=])'),
    entropy: 3,
    remediation: 'Delete the token or regenerate the client secret at https://developer.vimeo.com/apps.',
    examples: () => ({
      match: [`VIMEO_ACCESS_TOKEN=${fake(HEX, 32, 'vm1')}`],
      noMatch: [`VIMEO_CLIENT_ID=${fake(HEX, 40, 'vm2')}`, 'VIMEO_ACCESS_TOKEN=<access token>'],
    }),
  },
  {
    id: 'tiktok-client-secret',
    provider: 'TikTok',
    description: 'TikTok for Developers client secret (32 characters) next to a tiktok secret name',
    keywords: ['tiktok'],
    regex: keyed(nameWith(ci('tiktok'), ci('secret')), '[A-Za-z0-9]{32}'),
    entropy: 3.5,
    remediation: 'Reset the client secret at https://developers.tiktok.com/apps (the app → Credentials).',
    examples: () => ({
      match: [`TIKTOK_CLIENT_SECRET=${fake(ALNUM, 32, 'tk1')}`],
      noMatch: [`TIKTOK_CLIENT_KEY=${fake(LOWER_ALNUM, 18, 'tk2')}`, 'TIKTOK_CLIENT_SECRET=<client secret>'],
    }),
  },
  {
    id: 'tumblr-consumer-secret',
    provider: 'Tumblr',
    description: 'Tumblr OAuth consumer or token secret (50 characters) next to a tumblr secret name',
    keywords: ['tumblr'],
    regex: keyed(nameWith(ci('tumblr'), ci('secret')), '[A-Za-z0-9]{50}'),
    entropy: 4,
    remediation: 'Reset the secret key of the app at https://www.tumblr.com/oauth/apps.',
    examples: () => ({
      match: [`TUMBLR_CONSUMER_SECRET=${fake(ALNUM, 50, 'tb1')}`],
      noMatch: [`TUMBLR_BLOG=${fake(LOWER_ALNUM, 12, 'tb2')}`, 'TUMBLR_CONSUMER_SECRET=<consumer secret>'],
    }),
  },
  {
    id: 'imgur-client-secret',
    provider: 'Imgur',
    description: 'Imgur app client secret (40 hex) next to an imgur secret name',
    keywords: ['imgur'],
    regex: keyed(nameWith(ci('imgur'), ci('secret')), '[a-f0-9]{40}'),
    entropy: 3,
    remediation: 'Generate a new client secret at https://imgur.com/account/settings/apps.',
    examples: () => ({
      match: [`IMGUR_CLIENT_SECRET=${fake(HEX, 40, 'im1')}`],
      noMatch: [`IMGUR_CLIENT_ID=${fake(HEX, 15, 'im2')}`, 'IMGUR_CLIENT_SECRET=<client secret>'],
    }),
  },
  {
    id: 'unsplash-secret-key',
    provider: 'Unsplash',
    description: 'Unsplash app secret key (43 characters) next to an unsplash secret name',
    keywords: ['unsplash'],
    regex: keyed(nameWith(ci('unsplash'), ci('secret')), '[A-Za-z0-9_-]{43}'),
    entropy: 3.5,
    remediation: 'Regenerate the secret key at https://unsplash.com/oauth/applications (the app → Keys).',
    examples: () => ({
      match: [`UNSPLASH_SECRET_KEY=${fake(B64URL, 43, 'un1')}`],
      noMatch: [`UNSPLASH_APP_ID=${fake(DIGITS, 6, 'un2')}`, 'UNSPLASH_SECRET_KEY=<secret key>'],
    }),
  },
  {
    id: 'strava-client-secret',
    provider: 'Strava',
    description: 'Strava API client secret or token (40 hex) next to a strava name',
    keywords: ['strava'],
    regex: keyed(credentialName(ci('strava')), '[a-f0-9]{40}'),
    entropy: 3,
    remediation: 'Reset the client secret at https://www.strava.com/settings/api.',
    examples: () => ({
      match: [`STRAVA_CLIENT_SECRET=${fake(HEX, 40, 'sv1')}`],
      noMatch: [`STRAVA_CLIENT_ID=${fake(DIGITS, 6, 'sv2')}`, 'STRAVA_CLIENT_SECRET=<client secret>'],
    }),
  },
  {
    id: 'mastodon-access-token',
    provider: 'Mastodon',
    description: 'Mastodon application access token or client secret (43 characters) next to a mastodon name',
    keywords: ['mastodon'],
    regex: keyed(credentialName(ci('mastodon')), '[A-Za-z0-9_-]{43}'),
    entropy: 3.5,
    remediation: "Regenerate the token in the instance's Preferences → Development → the application.",
    examples: () => ({
      match: [`MASTODON_ACCESS_TOKEN=${fake(B64URL, 43, 'ma1')}`],
      noMatch: ['MASTODON_ACCESS_TOKEN=<access token>', 'MASTODON_API_BASE_URL=https://mastodon.social'],
    }),
  },
  {
    id: 'bluesky-app-password',
    provider: 'Bluesky',
    description: 'Bluesky app password (xxxx-xxxx-xxxx-xxxx) next to a bluesky or bsky password name',
    keywords: ['bluesky', 'bsky'],
    regex: keyed(
      nameWith(either(ci('bluesky'), `(?<![A-Za-z])${ci('bsky')}`), either(ci('pass'), ci('pwd'), ci('secret'))),
      '[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}',
    ),
    entropy: 3,
    remediation: 'Revoke the app password at https://bsky.app/settings/app-passwords and create a new one.',
    examples: () => ({
      match: [`BLUESKY_APP_PASSWORD=${[1, 2, 3, 4].map((i) => fake(LOWER_ALNUM, 4, `bs${i}`)).join('-')}`],
      noMatch: ['BLUESKY_APP_PASSWORD=xxxx-xxxx-xxxx-xxxx', `BSKY_HANDLE=${fake(LOWER_ALNUM, 8, 'bs5')}.bsky.social`],
    }),
  },
];

export const business: RuleFamily = {
  family: 'business',
  rules: [
    ...twitter,
    ...salesforce,
    ...marketing,
    ...crm,
    ...content,
    ...social,
    ...accounting,
    ...marketingMore,
    ...media,
  ],
};
