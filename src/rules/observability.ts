import { ALNUM, B64, B64URL, HEX, LOWER, LOWER_ALNUM, UPPER_ALNUM, fake, join } from './fake.js';
import { UUID, credentialName, either, keyed, nameWith, spellings, words } from './context.js';
import { b64json, jsonObject } from './decode.js';
import { END, START, ci, prefixed, token } from './shape.js';
import type { RuleFamily } from './types.js';

const SENTRY_REVOKE =
  'Revoke it at https://sentry.io/settings/auth-tokens/ (user tokens: https://sentry.io/settings/account/api/auth-tokens/).';
const NEW_RELIC_REVOKE = 'Delete it at https://one.newrelic.com/api-keys and create a new key.';
const GRAFANA_REVOKE =
  'Delete it in Grafana Cloud (https://grafana.com/profile/org → Access Policies) or in Administration → Service accounts, and create a new token.';
const LAUNCHDARKLY_REVOKE =
  "Reset it at https://app.launchdarkly.com/settings/authorization (access tokens) or in the project's environment settings (SDK keys).";

const hex = (n: number, seed: string): string => fake(HEX, n, seed);
const uuid = (seed: string): string =>
  join(
    hex(8, `${seed}a`),
    '-',
    hex(4, `${seed}b`),
    '-',
    hex(4, `${seed}c`),
    '-',
    hex(4, `${seed}d`),
    '-',
    hex(12, `${seed}e`),
  );
/** datadog, or DD_API_KEY / DD_APP_KEY / DD_APPLICATION_KEY in any spelling (dd_ap, ddap, dd.ap, dd-ap). */
const DATADOG_KEYWORDS = ['datadog', ...spellings('dd', 'ap')];

export const observability: RuleFamily = {
  family: 'observability',
  rules: [
    {
      id: 'datadog-api-key',
      provider: 'Datadog',
      description: 'Datadog API key (32 hex characters next to a datadog or DD_API_KEY name)',
      keywords: DATADOG_KEYWORDS,
      regex: keyed(either(credentialName(ci('datadog')), words('dd', 'api', 'key')), '[0-9a-f]{32}'),
      entropy: 3,
      remediation: 'Revoke it at https://app.datadoghq.com/organization-settings/api-keys and create a new key.',
      examples: () => ({
        match: [`DATADOG_API_KEY=${hex(32, 'dd1')}`, `DD_API_KEY: "${hex(32, 'dd2')}"`],
        noMatch: [
          'DD_API_KEY=<DATADOG_API_KEY>',
          `DD_API_KEY=${hex(24, 'dd3')}`,
          `datadog.trace_id = "${hex(32, 'dd7')}"`,
        ],
      }),
    },
    {
      id: 'datadog-app-key',
      provider: 'Datadog',
      description: 'Datadog application key (40 hex characters next to a datadog…app or DD_APP_KEY name)',
      keywords: DATADOG_KEYWORDS,
      regex: keyed(
        either(nameWith(ci('datadog'), ci('app')), words('dd', 'app'), words('dd', 'application')),
        '[0-9a-f]{40}',
      ),
      entropy: 3,
      remediation:
        'Revoke it at https://app.datadoghq.com/organization-settings/application-keys and create a new key.',
      examples: () => ({
        match: [`DATADOG_APP_KEY=${hex(40, 'dd4')}`, `dd_application_key = "${hex(40, 'dd5')}"`],
        noMatch: ['DATADOG_APP_KEY=${DATADOG_APP_KEY}', `DATADOG_API_KEY=${hex(40, 'dd6')}`],
      }),
    },
    {
      id: 'sentry-org-auth-token',
      provider: 'Sentry',
      description: 'Sentry organization auth token (sntrys_<base64 JSON>_<secret>)',
      keywords: ['sntrys_'],
      regex: prefixed('sntrys_', 'eyJ[A-Za-z0-9+/]{20,800}={0,2}_[A-Za-z0-9+/]{43,60}={0,2}'),
      entropy: 4,
      validate: (secret) => jsonObject(secret.slice('sntrys_'.length).split('_')[0] ?? '') !== undefined,
      remediation: SENTRY_REVOKE,
      examples: () => ({
        match: [
          `SENTRY_AUTH_TOKEN=${join('sntr', 'ys_', b64json({ iat: 1700000000.5, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: 'acme' }, false), '_', fake(B64, 43, 'se1'))}`,
          `auth_token: ${join('sntr', 'ys_', b64json({ iat: 1690000000.25, url: 'https://sentry.io', region_url: 'https://de.sentry.io', org: 'acme' }, false), '_', Buffer.from(fake(B64URL, 43, 'se8')).toString('base64'))}`,
        ],
        noMatch: [`SENTRY_AUTH_TOKEN=${join('sntr', 'ys_', 'YOUR_TOKEN_HERE')}`],
      }),
    },
    {
      id: 'sentry-user-auth-token',
      provider: 'Sentry',
      description: 'Sentry user auth token (sntryu_ + 64 hex)',
      keywords: ['sntryu_'],
      regex: prefixed('sntryu_', '[0-9a-f]{64}'),
      entropy: 3,
      remediation: SENTRY_REVOKE,
      examples: () => ({
        match: [`SENTRY_AUTH_TOKEN=${join('sntr', 'yu_', hex(64, 'se2'))}`],
        noMatch: [`SENTRY_AUTH_TOKEN=${join('sntr', 'yu_', '0'.repeat(64))}`],
      }),
    },
    {
      id: 'sentry-legacy-auth-token',
      provider: 'Sentry',
      description: 'Sentry auth token without prefix (64 hex characters next to a sentry…token name)',
      keywords: ['sentry'],
      regex: keyed(nameWith(ci('sentry'), ci('token')), '[0-9a-f]{64}'),
      entropy: 3,
      remediation: SENTRY_REVOKE,
      examples: () => ({
        match: [`SENTRY_AUTH_TOKEN=${hex(64, 'se3')}`],
        noMatch: ['SENTRY_AUTH_TOKEN=${{ secrets.SENTRY_AUTH_TOKEN }}', `SENTRY_RELEASE=${hex(40, 'se4')}`],
      }),
    },
    {
      id: 'sentry-dsn-secret',
      provider: 'Sentry',
      description: 'Sentry DSN that still carries the legacy secret key (https://<public>:<secret>@…/<project>)',
      keywords: ['sentry'],
      regex: new RegExp(
        `https?://[0-9a-f]{32}:(?<secret>[0-9a-f]{32})@[A-Za-z0-9.-]+(?::\\d{2,5})?/(?:[A-Za-z0-9_.-]+/)*\\d+(?![0-9])`,
      ),
      entropy: 3,
      remediation:
        'Revoke the key in Sentry (Project Settings → Client Keys (DSN)) and use a DSN without the secret part.',
      examples: () => ({
        match: [
          `SENTRY_DSN=${join('https://', hex(32, 'se5'), ':', hex(32, 'se6'), '@o123456.ingest.sentry.io/4506')}`,
        ],
        noMatch: [
          `SENTRY_DSN=${join('https://', hex(32, 'se7'), '@o123456.ingest.sentry.io/4506')}`,
          'SENTRY_DSN=https://public:secret@sentry.example.com/1',
        ],
      }),
    },
    {
      id: 'new-relic-user-api-key',
      provider: 'New Relic',
      description: 'New Relic user API key (NRAK-)',
      keywords: ['nrak-'],
      regex: prefixed('NRAK-', '[A-Z0-9]{27}'),
      entropy: 3.5,
      remediation: NEW_RELIC_REVOKE,
      examples: () => ({
        match: [`NEW_RELIC_API_KEY=${join('NR', 'AK-', fake(UPPER_ALNUM, 27, 'nr1'))}`],
        noMatch: [`NEW_RELIC_API_KEY=${join('NR', 'AK-', 'XXXXXXXXXXXXXXXXXXXXXXXXXXX')}`],
      }),
    },
    {
      id: 'new-relic-admin-api-key',
      provider: 'New Relic',
      description: 'New Relic legacy admin API key (NRAA-)',
      keywords: ['nraa-'],
      regex: prefixed('NRAA-', '[a-f0-9]{27}'),
      entropy: 3,
      remediation: NEW_RELIC_REVOKE,
      examples: () => ({
        match: [`NEW_RELIC_ADMIN_API_KEY=${join('NR', 'AA-', hex(27, 'nr2'))}`],
        noMatch: [`NEW_RELIC_ADMIN_API_KEY=${join('NR', 'AA-', 'your-admin-key')}`],
      }),
    },
    {
      id: 'new-relic-insights-key',
      provider: 'New Relic',
      description: 'New Relic Insights insert or query key (NRII-, NRIQ-)',
      keywords: ['nrii-', 'nriq-'],
      regex: prefixed('NRI', '[IQ]-[A-Za-z0-9_-]{32}'),
      entropy: 3.5,
      remediation: NEW_RELIC_REVOKE,
      examples: () => ({
        match: [`NEW_RELIC_INSERT_KEY=${join('NR', 'II-', fake(B64URL, 32, 'nr3'))}`],
        noMatch: [`NEW_RELIC_INSERT_KEY=${join('NR', 'II-', '<insert-key>')}`],
      }),
    },
    {
      id: 'new-relic-license-key',
      provider: 'New Relic',
      description: 'New Relic ingest license key (40 characters ending in NRAL)',
      keywords: ['nral'],
      regex: token('(?:eu01xx[a-f0-9]{30}|[a-f0-9]{36})NRAL'),
      entropy: 3,
      remediation: NEW_RELIC_REVOKE,
      examples: () => ({
        match: [
          `NEW_RELIC_LICENSE_KEY=${join(hex(36, 'nr4'), 'NR', 'AL')}`,
          `license_key: eu01xx${join(hex(30, 'nr5'), 'NR', 'AL')}`,
        ],
        noMatch: [`NEW_RELIC_LICENSE_KEY=${join('0'.repeat(36), 'NR', 'AL')}`, 'NEW_RELIC_LICENSE_KEY=xxxxNRAL'],
      }),
    },
    {
      id: 'grafana-cloud-token',
      provider: 'Grafana',
      description: 'Grafana Cloud access policy token (glc_ + base64 JSON)',
      keywords: ['glc_'],
      regex: prefixed('glc_', 'eyJ[A-Za-z0-9+/]{29,400}={0,2}'),
      entropy: 4,
      validate: (secret) => jsonObject(secret.slice('glc_'.length)) !== undefined,
      remediation: GRAFANA_REVOKE,
      examples: () => ({
        match: [
          `GRAFANA_CLOUD_TOKEN=${join('gl', 'c_', b64json({ o: '912345', n: 'ci-metrics', k: fake(ALNUM, 24, 'gf1'), m: { r: 'prod-eu-west-2' } }, false))}`,
        ],
        noMatch: [`GRAFANA_CLOUD_TOKEN=${join('gl', 'c_', 'your_token')}`],
      }),
    },
    {
      id: 'grafana-service-account-token',
      provider: 'Grafana',
      description: 'Grafana service account token (glsa_<32>_<8 hex>)',
      keywords: ['glsa_'],
      regex: prefixed('glsa_', '[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}'),
      entropy: 3.5,
      remediation: GRAFANA_REVOKE,
      examples: () => ({
        match: [`GRAFANA_SERVICE_ACCOUNT_TOKEN=${join('gl', 'sa_', fake(ALNUM, 32, 'gf2'), '_', hex(8, 'gf3'))}`],
        noMatch: [`GRAFANA_SERVICE_ACCOUNT_TOKEN=${join('gl', 'sa_', '<token>')}`],
      }),
    },
    {
      id: 'grafana-api-key',
      provider: 'Grafana',
      description: 'Grafana legacy API key (base64 JSON starting eyJrIjoi)',
      keywords: ['eyjrijoi'],
      regex: new RegExp(`(?<![?&]r=)${prefixed('eyJrIjoi', '[A-Za-z0-9+/]{30,200}={0,2}').source}`),
      entropy: 4,
      validate: (secret) => {
        const key = jsonObject(secret);
        return typeof key?.['k'] === 'string' && typeof key['n'] === 'string' && typeof key['id'] === 'number';
      },
      remediation: GRAFANA_REVOKE,
      examples: () => ({
        match: [`GRAFANA_API_KEY=${b64json({ k: fake(ALNUM, 32, 'gf4'), n: 'deploy', id: 1 }, false)}`],
        noMatch: [
          `GRAFANA_API_KEY=${join('eyJr', 'IjoiYOUR_KEY')}`,
          `[report](https://app.powerbi.com/view?r=${b64json({ k: fake(HEX, 32, 'gf5'), t: fake(HEX, 32, 'gf6'), c: 5 }, false)})`,
        ],
      }),
    },
    {
      id: 'honeycomb-ingest-key',
      provider: 'Honeycomb',
      description: 'Honeycomb ingest key (hc?ik_ + key id and secret)',
      keywords: ['ik_'],
      regex: prefixed('hc', '[a-z]ik_[a-z0-9]{58}'),
      entropy: 3.5,
      remediation: 'Delete it in Honeycomb (Environment settings → API Keys) and create a new key.',
      examples: () => ({
        match: [`HONEYCOMB_API_KEY=${join('hc', 'aik_', fake(LOWER_ALNUM, 58, 'hc1'))}`],
        noMatch: [`HONEYCOMB_API_KEY=${join('hc', 'xik_', '1234567890'.repeat(5), '12345678')}`],
      }),
    },
    {
      id: 'honeycomb-api-key',
      provider: 'Honeycomb',
      description: 'Honeycomb configuration or classic API key (22 characters or 32 hex next to a honeycomb name)',
      keywords: ['honeycomb'],
      regex: keyed(credentialName(ci('honeycomb')), '(?:[0-9a-f]{32}|[A-Za-z0-9]{22})'),
      entropy: 3,
      remediation: 'Delete it in Honeycomb (Environment settings → API Keys) and create a new key.',
      examples: () => ({
        match: [`HONEYCOMB_API_KEY=${fake(ALNUM, 22, 'hc2')}`, `honeycomb.writeKey = "${hex(32, 'hc3')}"`],
        noMatch: ['HONEYCOMB_API_KEY=your-api-key', `HONEYCOMB_DATASET=${fake(LOWER, 12, 'hc4')}`],
      }),
    },
    {
      id: 'logzio-token',
      provider: 'Logz.io',
      description: 'Logz.io shipping token (32 letters) or API token (UUID) next to a logzio name',
      keywords: ['logz'],
      regex: keyed(credentialName(either(ci('logzio'), words('logz', 'io'))), `(?:[A-Za-z]{32}|${UUID})`),
      entropy: 3,
      remediation: 'Delete it at https://app.logz.io/#/dashboard/settings/manage-tokens and create a new token.',
      examples: () => ({
        match: [`LOGZIO_TOKEN=${fake(ALNUM.slice(0, 52), 32, 'lz1')}`, `logzio_api_token: ${uuid('lz2')}`],
        noMatch: [
          'LOGZIO_TOKEN=<<LOG-SHIPPING-TOKEN>>',
          `LOGZIO_LISTENER=listener.logz.io:${fake('0123456789', 4, 'lz3')}`,
        ],
      }),
    },
    {
      id: 'splunk-hec-token',
      provider: 'Splunk',
      description:
        'Splunk HTTP Event Collector token (UUID next to a splunk or hec_token name, or in an "Authorization: Splunk" header)',
      keywords: ['splunk', ...spellings('hec', 'token')],
      regex: keyed(either(credentialName(ci('splunk')), words('hec', 'token'), 'Splunk$'), UUID),
      remediation:
        'Disable and delete it in Splunk (Settings → Data inputs → HTTP Event Collector), then create a new token.',
      examples: () => ({
        match: [`SPLUNK_HEC_TOKEN=${uuid('sk1')}`, `-H "Authorization: Splunk ${uuid('sk2')}"`],
        noMatch: [
          'SPLUNK_HEC_TOKEN=00000000-0000-0000-0000-000000000000',
          `SPLUNK_INDEX=${fake(LOWER, 8, 'sk3')}`,
          `splunk_event_id: ${uuid('sk4')}`,
        ],
      }),
    },
    {
      id: 'pagerduty-api-key',
      provider: 'PagerDuty',
      description: 'PagerDuty REST API key (20 characters next to a pagerduty name)',
      keywords: ['pagerduty'],
      regex: keyed(credentialName(ci('pagerduty')), '[A-Za-z0-9_+-]{20}'),
      entropy: 3.2,
      remediation:
        'Delete it at https://<subdomain>.pagerduty.com/api_keys (user tokens: your profile → User Settings) and create a new key.',
      examples: () => ({
        match: [
          `PAGERDUTY_API_KEY=${join('u+', fake(B64URL, 18, 'pd1'))}`,
          `pagerduty_token: '${fake(ALNUM, 20, 'pd2')}'`,
        ],
        noMatch: ['PAGERDUTY_API_KEY=<pagerduty_api_key>', `PAGERDUTY_SERVICE_ID=${fake(UPPER_ALNUM, 7, 'pd3')}`],
      }),
    },
    {
      id: 'pagerduty-integration-key',
      provider: 'PagerDuty',
      description:
        'PagerDuty Events API integration (routing) key (32 hex characters next to a pagerduty…routing/integration/service name)',
      keywords: ['pagerduty'],
      regex: keyed(
        nameWith(ci('pagerduty'), either(ci('routing'), ci('integration'), ci('service'), ci('events'))),
        '[0-9a-f]{32}',
      ),
      entropy: 3,
      remediation: 'Regenerate it in PagerDuty (the service → Integrations → the integration → Regenerate key).',
      examples: () => ({
        match: [`PAGERDUTY_ROUTING_KEY=${hex(32, 'pd4')}`],
        noMatch: [`PAGERDUTY_ROUTING_KEY=${hex(20, 'pd5')}`, 'PAGERDUTY_INTEGRATION_KEY=YOUR_INTEGRATION_KEY'],
      }),
    },
    {
      id: 'opsgenie-api-key',
      provider: 'Opsgenie',
      description: 'Opsgenie API key (UUID next to an opsgenie name or in a "GenieKey" header)',
      keywords: ['opsgenie', 'geniekey'],
      regex: keyed(either(ci('opsgenie'), ci('geniekey')), UUID),
      remediation: 'Delete or regenerate it in Opsgenie (Settings → Integrations → API, or Teams → Integrations).',
      examples: () => ({
        match: [`OPSGENIE_API_KEY=${uuid('og1')}`, `Authorization: GenieKey ${uuid('og2')}`],
        noMatch: ['OPSGENIE_API_KEY=${OPSGENIE_API_KEY}', 'Authorization: GenieKey <api-key>'],
      }),
    },
    {
      id: 'rollbar-access-token',
      provider: 'Rollbar',
      description: 'Rollbar project or account access token (32 hex characters next to a rollbar name)',
      keywords: ['rollbar'],
      regex: keyed(credentialName(ci('rollbar')), '[0-9a-f]{32}'),
      entropy: 3,
      remediation:
        'Disable it in Rollbar (Project Settings → Project Access Tokens, or Account Settings → Account Access Tokens) and create a new one.',
      examples: () => ({
        match: [`ROLLBAR_ACCESS_TOKEN=${hex(32, 'rb1')}`, `Rollbar.init({ rollbarAccessToken: '${hex(32, 'rb2')}' })`],
        noMatch: ['ROLLBAR_ACCESS_TOKEN=POST_SERVER_ITEM_ACCESS_TOKEN', `ROLLBAR_ACCESS_TOKEN=${hex(16, 'rb3')}`],
      }),
    },
    {
      id: 'bugsnag-api-key',
      provider: 'Bugsnag',
      description: 'Bugsnag notifier API key or data access token (32 hex characters next to a bugsnag name)',
      keywords: ['bugsnag'],
      regex: keyed(credentialName(ci('bugsnag')), '[0-9a-f]{32}'),
      entropy: 3,
      remediation: 'Regenerate it in Bugsnag (Project settings → Notifier API key, or Personal auth tokens).',
      examples: () => ({
        match: [`BUGSNAG_API_KEY=${hex(32, 'bs1')}`],
        noMatch: ['BUGSNAG_API_KEY=YOUR-API-KEY-HERE', `BUGSNAG_API_KEY=${hex(31, 'bs2')}`],
      }),
    },
    {
      id: 'launchdarkly-sdk-key',
      provider: 'LaunchDarkly',
      description: 'LaunchDarkly server-side SDK key (sdk- + UUID)',
      keywords: ['sdk-'],
      regex: new RegExp(`${START}(?<secret>sdk-${UUID})${END}`),
      remediation: LAUNCHDARKLY_REVOKE,
      examples: () => ({
        match: [`LAUNCHDARKLY_SDK_KEY=${join('sd', 'k-', uuid('ld1'))}`],
        noMatch: [
          'LAUNCHDARKLY_SDK_KEY=sdk-00000000-0000-0000-0000-000000000000',
          'import("aws-sdk-client-mock")',
          `bucket = "aws-${join('sd', 'k-', uuid('ld4'))}"`,
        ],
      }),
    },
    {
      id: 'launchdarkly-access-token',
      provider: 'LaunchDarkly',
      description: 'LaunchDarkly API access token (api- + UUID) next to a launchdarkly name',
      keywords: ['launchdarkly'],
      regex: keyed(ci('launchdarkly'), `api-${UUID}`),
      remediation: LAUNCHDARKLY_REVOKE,
      examples: () => ({
        match: [`LAUNCHDARKLY_ACCESS_TOKEN=${join('ap', 'i-', uuid('ld2'))}`],
        noMatch: [
          'LAUNCHDARKLY_ACCESS_TOKEN=api-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
          `id = "${join('ap', 'i-', uuid('ld3'))}"`,
        ],
      }),
    },
    {
      id: 'segment-public-api-token',
      provider: 'Segment',
      description: 'Segment Public API token (sgp_)',
      keywords: ['sgp_'],
      regex: prefixed('sgp_', '[A-Za-z0-9]{64}'),
      entropy: 3.5,
      remediation: 'Revoke it at https://app.segment.com (Settings → Access Management → Tokens).',
      examples: () => ({
        match: [`SEGMENT_PUBLIC_API_TOKEN=${join('sg', 'p_', fake(ALNUM, 64, 'sg1'))}`],
        noMatch: [`SEGMENT_PUBLIC_API_TOKEN=${join('sg', 'p_', 'x'.repeat(64))}`],
      }),
    },
    {
      id: 'dynatrace-api-token',
      provider: 'Dynatrace',
      description: 'Dynatrace API token (dt0c01.<public id>.<secret>)',
      keywords: ['dt0c01.'],
      regex: prefixed('dt0c01.', '[A-Z0-9]{24}\\.[A-Z0-9]{64}'),
      entropy: 3.5,
      remediation: 'Revoke it at https://<environment>.live.dynatrace.com/ui/access-tokens and generate a new token.',
      examples: () => ({
        match: [`DT_API_TOKEN=${join('dt0', 'c01.', fake(UPPER_ALNUM, 24, 'dt1'), '.', fake(UPPER_ALNUM, 64, 'dt2'))}`],
        noMatch: [`DT_API_TOKEN=${join('dt0', 'c01.', 'ABC123')}`],
      }),
    },
    {
      id: 'axiom-token',
      provider: 'Axiom',
      description: 'Axiom API or personal token (xaat-, xapt- + UUID)',
      keywords: ['xaat-', 'xapt-'],
      regex: prefixed('xa', `[ap]t-${UUID}`),
      remediation:
        'Delete it at https://app.axiom.co/settings/api-tokens (personal tokens: Profile) and create a new one.',
      examples: () => ({
        match: [`AXIOM_TOKEN=${join('xa', 'at-', uuid('ax1'))}`, `token: "${join('xa', 'pt-', uuid('ax2'))}"`],
        noMatch: [`AXIOM_TOKEN=${join('xa', 'at-', 'your-token')}`],
      }),
    },
    {
      id: 'posthog-personal-api-key',
      provider: 'PostHog',
      description: 'PostHog personal API key (phx_)',
      keywords: ['phx_'],
      regex: prefixed('phx_', '[A-Za-z0-9]{40,50}'),
      entropy: 3.5,
      remediation: 'Revoke it at https://app.posthog.com/settings/user-api-keys and create a new key.',
      examples: () => ({
        match: [`POSTHOG_PERSONAL_API_KEY=${join('ph', 'x_', fake(ALNUM, 43, 'ph1'))}`],
        noMatch: [`POSTHOG_PERSONAL_API_KEY=${join('ph', 'x_', 'your_personal_api_key_here_xxxxxxxxxxxxxxx')}`],
      }),
    },
    {
      id: 'sumologic-access-key',
      provider: 'Sumo Logic',
      description: 'Sumo Logic access key (64 characters next to a sumo…key name)',
      keywords: ['sumo'],
      regex: keyed(nameWith(ci('sumo'), ci('key')), '[A-Za-z0-9]{64}'),
      entropy: 4,
      remediation:
        'Delete it at https://service.sumologic.com/ui/#/security/access-keys (Administration → Security → Access Keys) and create a new one.',
      examples: () => ({
        match: [`SUMOLOGIC_ACCESSKEY=${fake(ALNUM, 64, 'su1')}`],
        noMatch: [
          `SUMOLOGIC_ACCESSID=su${fake(ALNUM, 12, 'su2')}`,
          `SUMOLOGIC_ACCESSKEY=${hex(64, 'su3').replace(/[0-9]/g, 'a')}`,
        ],
      }),
    },
    {
      id: 'betterstack-source-token',
      provider: 'Better Stack (Logtail)',
      description: 'Better Stack / Logtail source token (24 characters next to a logtail or betterstack name)',
      keywords: ['logtail', 'betterstack', ...spellings('better', 'stack')],
      regex: keyed(credentialName(either(ci('logtail'), words('better', 'stack'))), '[A-Za-z0-9]{24}'),
      entropy: 3.5,
      remediation: 'Regenerate it in Better Stack (Telemetry → Sources → the source → Regenerate token).',
      examples: () => ({
        match: [`LOGTAIL_SOURCE_TOKEN=${fake(ALNUM, 24, 'bt1')}`],
        noMatch: [
          'LOGTAIL_SOURCE_TOKEN=<source-token>',
          `BETTERSTACK_URL=https://in.logs.betterstack.com/${fake(LOWER, 6, 'bt2')}`,
        ],
      }),
    },
    {
      id: 'airbrake-project-key',
      provider: 'Airbrake',
      description: 'Airbrake project key (32 hex characters next to an airbrake key name)',
      keywords: ['airbrake'],
      regex: keyed(credentialName(ci('airbrake')), '[0-9a-f]{32}'),
      entropy: 3,
      remediation:
        'Regenerate it in Airbrake (the project → Settings → Project key) and update the notifier configuration.',
      examples: () => ({
        match: [`AIRBRAKE_PROJECT_KEY=${hex(32, 'ab1')}`],
        noMatch: ['AIRBRAKE_PROJECT_KEY=<project key>', `AIRBRAKE_PROJECT_ID=${hex(32, 'ab2')}`],
      }),
    },
    {
      id: 'airbrake-user-api-key',
      provider: 'Airbrake',
      description: 'Airbrake user API key or token (40 hex characters next to an airbrake key/token name)',
      keywords: ['airbrake'],
      regex: keyed(credentialName(ci('airbrake')), '[0-9a-f]{40}'),
      entropy: 3,
      remediation: 'Regenerate it at https://airbrake.io/users/edit (Profile → API key / User token).',
      examples: () => ({
        match: [`AIRBRAKE_API_KEY=${hex(40, 'ab3')}`],
        noMatch: ['AIRBRAKE_API_KEY=${AIRBRAKE_API_KEY}', `AIRBRAKE_DEPLOY_SHA=${hex(40, 'ab4')}`],
      }),
    },
    {
      id: 'new-relic-rest-api-key',
      provider: 'New Relic',
      description: 'New Relic legacy REST API key (NRRA-)',
      keywords: ['nrra-'],
      regex: prefixed('NRRA-', '[a-f0-9]{42}'),
      entropy: 3,
      remediation: NEW_RELIC_REVOKE,
      examples: () => ({
        match: [`NEW_RELIC_REST_API_KEY=${join('NR', 'RA-', hex(42, 'nr1'))}`],
        noMatch: ['NEW_RELIC_REST_API_KEY=NRRA-<key>', `NEW_RELIC_REST_API_KEY=${join('NR', 'RA-', hex(20, 'nr2'))}`],
      }),
    },
    {
      id: 'sumologic-http-source-url',
      provider: 'Sumo Logic',
      description: 'Sumo Logic hosted collector HTTP source URL (…sumologic.com/receiver/v1/http/<token>)',
      keywords: ['sumologic.com/receiver'],
      regex: new RegExp(
        `https://[A-Za-z0-9-]{1,40}\\.collection\\.(?:[a-z0-9-]{1,20}\\.)?sumologic\\.com/receiver/v1/(?:http|otlp)/(?<secret>[A-Za-z0-9_=-]{40,400})(?![A-Za-z0-9_=-])`,
      ),
      entropy: 4,
      remediation:
        'Regenerate the source URL in Sumo Logic (Collection → the HTTP source → Show URL → New URL) and update the senders.',
      examples: () => ({
        match: [
          `SUMO_HTTP_ENDPOINT=${join('https://endpoint4.collection.us2.', 'sumologic.com/receiver/v1/http/', fake(B64URL, 94, 'su1'), '==')}`,
        ],
        noMatch: [
          'SUMO_HTTP_ENDPOINT=https://endpoint4.collection.us2.sumologic.com/receiver/v1/http/<token>',
          'docs: https://help.sumologic.com/receiver/v1/http',
        ],
      }),
    },
    {
      id: 'loggly-customer-token',
      provider: 'Loggly',
      description: 'Loggly customer token (a UUID next to a loggly token name)',
      keywords: ['loggly'],
      regex: keyed(credentialName(ci('loggly')), UUID),
      entropy: 3,
      remediation: 'Delete the token in Loggly (Source Setup → Customer Tokens) and add a new one.',
      examples: () => ({
        match: [`LOGGLY_TOKEN=${uuid('lg1')}`],
        noMatch: ['LOGGLY_TOKEN=your-customer-token', `LOGGLY_SUBDOMAIN_ID=${uuid('lg2')}`],
      }),
    },
    {
      id: 'mezmo-ingestion-key',
      provider: 'Mezmo (LogDNA)',
      description: 'Mezmo / LogDNA ingestion key (32 hex characters next to a logdna or mezmo key name)',
      keywords: ['logdna', 'mezmo'],
      regex: keyed(credentialName(either(ci('logdna'), ci('mezmo'))), '[0-9a-f]{32}'),
      entropy: 3,
      remediation: 'Delete it in Mezmo (Settings → Organization → API Keys) and create a new ingestion key.',
      examples: () => ({
        match: [`LOGDNA_INGESTION_KEY=${hex(32, 'md1')}`, `mezmo_key: "${hex(32, 'md2')}"`],
        noMatch: ['LOGDNA_INGESTION_KEY=<ingestion key>', `LOGDNA_HOSTNAME=${hex(32, 'md3')}`],
      }),
    },
    {
      id: 'appsignal-push-api-key',
      provider: 'AppSignal',
      description: 'AppSignal push or front-end API key (a UUID next to an appsignal key name)',
      keywords: ['appsignal'],
      regex: keyed(credentialName(ci('appsignal')), UUID),
      entropy: 3,
      remediation: 'Rotate it in AppSignal (App settings → Push & deploy → Push API key → Rotate).',
      examples: () => ({
        match: [`APPSIGNAL_PUSH_API_KEY=${uuid('as1')}`],
        noMatch: ['APPSIGNAL_PUSH_API_KEY=${APPSIGNAL_PUSH_API_KEY}', `APPSIGNAL_APP_ID=${uuid('as2')}`],
      }),
    },
    {
      id: 'grafana-k6-cloud-token',
      provider: 'Grafana',
      description: 'Grafana Cloud k6 API token (64 hex characters next to a K6_CLOUD_TOKEN name)',
      keywords: spellings('k6', 'cloud'),
      regex: keyed(credentialName(words('k6', 'cloud')), '[0-9a-f]{64}'),
      entropy: 3,
      remediation: GRAFANA_REVOKE,
      examples: () => ({
        match: [`K6_CLOUD_TOKEN=${hex(64, 'k61')}`],
        noMatch: ['K6_CLOUD_TOKEN=<token>', `K6_CLOUD_PROJECT_ID=${hex(64, 'k62')}`],
      }),
    },
    {
      id: 'honeybadger-api-key',
      provider: 'Honeybadger',
      description: 'Honeybadger project API key (hbp_ or 20+ characters next to a honeybadger key name)',
      keywords: ['honeybadger'],
      regex: keyed(credentialName(ci('honeybadger')), '(?:hbp_)?[A-Za-z0-9]{20,40}'),
      entropy: 3.5,
      remediation: 'Reset it in Honeybadger (the project → Settings → API Key → Reset) and update the configuration.',
      examples: () => ({
        match: [`HONEYBADGER_API_KEY=${join('hb', 'p_', fake(ALNUM, 36, 'hb1'))}`],
        noMatch: ['HONEYBADGER_API_KEY=PROJECT_API_KEY', `HONEYBADGER_ENV=${fake(LOWER, 24, 'hb2')}`],
      }),
    },
    {
      id: 'papertrail-api-token',
      provider: 'Papertrail',
      description: 'Papertrail API token (20 characters next to a papertrail token name)',
      keywords: ['papertrail'],
      regex: keyed(credentialName(ci('papertrail')), '[A-Za-z0-9]{20}'),
      entropy: 3.5,
      remediation: 'Regenerate it at https://papertrailapp.com/account/profile (API Token → Regenerate).',
      examples: () => ({
        match: [`PAPERTRAIL_API_TOKEN=${fake(ALNUM, 20, 'pt1')}`],
        noMatch: ['PAPERTRAIL_API_TOKEN=<token>', `PAPERTRAIL_HOST=logs${fake(ALNUM, 20, 'pt2')}`],
      }),
    },
    {
      id: 'splunk-observability-access-token',
      provider: 'Splunk Observability (SignalFx)',
      description:
        'Splunk Observability Cloud / SignalFx access token (22 characters next to a signalfx or SFX token name)',
      keywords: ['signalfx', 'sfx'],
      regex: keyed(credentialName(either(ci('signalfx'), `(?<![A-Za-z0-9])${ci('sfx')}`)), '[A-Za-z0-9_-]{22}'),
      entropy: 3.5,
      remediation:
        'Rotate it in Splunk Observability Cloud (Settings → Access Tokens → the token → Rotate) and update the collectors.',
      examples: () => ({
        match: [`SFX_ACCESS_TOKEN=${fake(B64URL, 22, 'sx1')}`, `signalfx.access.token: ${fake(ALNUM, 22, 'sx2')}`],
        noMatch: ['SFX_ACCESS_TOKEN=${SPLUNK_ACCESS_TOKEN}', `SFX_REALM=${fake(ALNUM, 22, 'sx3')}`],
      }),
    },
  ],
};
