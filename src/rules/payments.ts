import { ALNUM, B64, B64URL, HEX, LOWER_ALNUM, fake, join } from './fake.js';
import { credentialName, either, keyed } from './context.js';
import { UUID, fakeJwt, fakeUuid, named, wordKeywords, words } from './named.js';
import { END, ci, prefixed } from './shape.js';
import type { Rule, RuleFamily } from './types.js';

const STRIPE_REVOKE = 'Roll it at https://dashboard.stripe.com/apikeys.';
/** A Paystack secret key has the same prefix as Stripe's, but a 40-hex body (Stripe bodies are mixed-case). */
const PAYSTACK_SHAPE = /^sk_live_[0-9a-f]{40}$/;

const stripe: Rule[] = [
  {
    id: 'stripe-live-secret-key',
    provider: 'Stripe',
    description: 'Stripe live secret or restricted key (sk_live_, rk_live_)',
    keywords: ['sk_live_', 'rk_live_'],
    regex: prefixed('', '[sr]k_live_[A-Za-z0-9]{24,247}'),
    entropy: 3.5,
    reject: PAYSTACK_SHAPE,
    remediation: STRIPE_REVOKE,
    examples: () => ({
      match: [
        `STRIPE_SECRET_KEY=${join('sk_', 'live_', '51', fake(ALNUM, 97, 'st1'))}`,
        `stripe.api_key = "${join('rk_', 'live_', fake(ALNUM, 24, 'st2'))}"`,
      ],
      noMatch: [
        `STRIPE_SECRET_KEY=${join('sk_', 'test_', fake(ALNUM, 99, 'st3'))}`,
        `STRIPE_SECRET_KEY=${join('sk_', 'live_', 'your_stripe_secret_key_here')}`,
        `PAYSTACK_SECRET_KEY=${join('sk_', 'live_', fake(HEX, 40, 'st4'))}`,
      ],
    }),
  },
  {
    id: 'stripe-test-secret-key',
    provider: 'Stripe',
    // Test-mode keys reach test data only: reported at low confidence (never blocks by default), and they keep the
    // generic rule from blocking STRIPE_SECRET_KEY=sk_test_… in sample code.
    description: 'Stripe test-mode secret or restricted key (sk_test_, rk_test_; test data only, does not block)',
    keywords: ['sk_test_', 'rk_test_'],
    regex: prefixed('', '[sr]k_test_[A-Za-z0-9]{24,247}'),
    entropy: 3.5,
    validate: () => false,
    remediation: `${STRIPE_REVOKE} Test keys reach test data only; roll it if the test account matters to you.`,
    examples: () => ({
      match: [`STRIPE_SECRET_KEY=${join('sk_', 'test_', '51', fake(ALNUM, 97, 'tt1'))}`],
      noMatch: [`STRIPE_SECRET_KEY=${join('sk_', 'test_', 'your_test_key_here_xxxxx')}`],
    }),
  },
  {
    id: 'stripe-webhook-secret',
    provider: 'Stripe',
    description: 'Stripe webhook signing secret (whsec_; Svix-based services use the same prefix)',
    keywords: ['whsec_'],
    regex: prefixed('whsec_', '[A-Za-z0-9+/]{32,88}={0,2}', '(?![A-Za-z0-9+/=])'),
    entropy: 3.5,
    remediation:
      'Roll the signing secret of the endpoint at https://dashboard.stripe.com/webhooks (or in the dashboard of the service that issued it).',
    examples: () => ({
      match: [
        `STRIPE_WEBHOOK_SECRET=${join('wh', 'sec_', fake(ALNUM, 32, 'wh1'))}`,
        `WEBHOOK_SECRET="${join('wh', 'sec_', fake(B64, 43, 'wh2'), '=')}"`,
      ],
      noMatch: [`STRIPE_WEBHOOK_SECRET=${join('wh', 'sec_', '...')}`],
    }),
  },
  {
    id: 'paystack-secret-key',
    provider: 'Paystack',
    description: 'Paystack live secret key (sk_live_ + 40 hex; the prefix is shared with Stripe)',
    keywords: ['sk_live_'],
    regex: prefixed('sk_live_', '[a-f0-9]{40}'),
    entropy: 3,
    remediation: 'Generate new API keys at https://dashboard.paystack.com/#/settings/developers.',
    examples: () => ({
      match: [`PAYSTACK_SECRET_KEY=${join('sk_', 'live_', fake(HEX, 40, 'ps1'))}`],
      noMatch: [`PAYSTACK_SECRET_KEY=${join('sk_', 'test_', fake(HEX, 40, 'ps2'))}`],
    }),
  },
];

const paypal: Rule[] = [
  {
    id: 'braintree-access-token',
    provider: 'PayPal / Braintree',
    description: 'Braintree (PayPal) production access token (access_token$production$…)',
    keywords: ['access_token$production$'],
    regex: prefixed('access_token$production$', '[a-z0-9]{16}\\$[a-f0-9]{32}'),
    entropy: 3,
    remediation: 'Revoke the access token in the Braintree / PayPal developer dashboard and issue a new one.',
    examples: () => ({
      match: [
        `BRAINTREE_ACCESS_TOKEN=${join('access_token', '$production$', fake(LOWER_ALNUM, 16, 'bt1'), '$', fake(HEX, 32, 'bt2'))}`,
      ],
      noMatch: [
        `BRAINTREE_ACCESS_TOKEN=${join('access_token', '$sandbox$', fake(LOWER_ALNUM, 16, 'bt3'), '$', fake(HEX, 32, 'bt4'))}`,
      ],
    }),
  },
  {
    id: 'paypal-client-secret',
    provider: 'PayPal',
    description: 'PayPal REST app client secret (80 characters assigned to a paypal secret name)',
    keywords: ['paypal'],
    regex: named(`${ci('paypal')}[A-Za-z0-9_.-]{0,20}?${ci('secret')}`, '[A-Za-z0-9_-]{80}'),
    entropy: 4,
    remediation:
      'Generate a new secret for the app at https://developer.paypal.com/dashboard/applications and delete the old one.',
    examples: () => ({
      match: [`PAYPAL_CLIENT_SECRET=${fake(B64URL, 80, 'pp1')}`],
      noMatch: [`PAYPAL_CLIENT_ID=${fake(B64URL, 80, 'pp2')}`],
    }),
  },
  {
    id: 'braintree-private-key',
    provider: 'PayPal / Braintree',
    description: 'Braintree API private key (32 hex characters assigned to a braintree private key name)',
    keywords: ['braintree'],
    regex: named(`${ci('braintree')}[A-Za-z0-9_.-]{0,20}?${words('private key')}`, '[a-f0-9]{32}'),
    entropy: 3,
    remediation: 'Delete the API key in the Braintree Control Panel (Settings > API) and generate a new one.',
    examples: () => ({
      match: [`BRAINTREE_PRIVATE_KEY=${fake(HEX, 32, 'bp1')}`],
      noMatch: [`BRAINTREE_MERCHANT_ID=${fake(HEX, 32, 'bp2')}`],
    }),
  },
];

const commerce: Rule[] = [
  {
    id: 'square-access-token',
    provider: 'Square',
    description: 'Square production access token (EAAA…, legacy sq0atp-)',
    keywords: ['eaaa', 'sq0atp-'],
    regex: prefixed('', '(?:EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22})'),
    entropy: 3.5,
    remediation:
      'Revoke it in the Square Developer Console (https://developer.squareup.com/apps > Credentials or OAuth).',
    examples: () => ({
      match: [
        `SQUARE_ACCESS_TOKEN=${join('EA', 'AA', fake(B64URL, 60, 'sq1'))}`,
        `token = "${join('sq0', 'atp-', fake(B64URL, 22, 'sq2'))}"`,
      ],
      noMatch: [`SQUARE_ACCESS_TOKEN=${join('EA', 'AA', 'your-token')}`],
    }),
  },
  {
    id: 'square-oauth-secret',
    provider: 'Square',
    description: 'Square OAuth application secret (sq0csp-)',
    keywords: ['sq0csp-'],
    regex: prefixed('sq0csp-', '[A-Za-z0-9_-]{43}'),
    entropy: 3.5,
    remediation:
      'Replace the application secret in the Square Developer Console (https://developer.squareup.com/apps > OAuth).',
    examples: () => ({
      match: [`SQUARE_APPLICATION_SECRET=${join('sq0', 'csp-', fake(B64URL, 43, 'sc1'))}`],
      noMatch: [`SQUARE_APPLICATION_SECRET=${join('sq0', 'csp-', 'xxxx')}`],
    }),
  },
  {
    id: 'shopify-access-token',
    provider: 'Shopify',
    description: 'Shopify Admin API access token (shpat_ app, shpca_ custom app, shppa_ private app)',
    keywords: ['shpat_', 'shpca_', 'shppa_'],
    regex: prefixed('shp', '(?:at|ca|pa)_[a-fA-F0-9]{32}'),
    entropy: 3,
    remediation:
      'Uninstall or rotate the app credentials in the Shopify admin (Settings > Apps and sales channels > Develop apps).',
    examples: () => ({
      match: [
        `SHOPIFY_ACCESS_TOKEN=${join('shp', 'at_', fake(HEX, 32, 'sh1'))}`,
        `X-Shopify-Access-Token: ${join('shp', 'ca_', fake(HEX, 32, 'sh2'))}`,
      ],
      noMatch: [`SHOPIFY_ACCESS_TOKEN=${join('shp', 'at_', 'x'.repeat(32))}`],
    }),
  },
  {
    id: 'shopify-shared-secret',
    provider: 'Shopify',
    description: 'Shopify app shared secret (shpss_)',
    keywords: ['shpss_'],
    regex: prefixed('shpss_', '[a-fA-F0-9]{32}'),
    entropy: 3,
    remediation: 'Rotate the API secret key of the app in the Shopify Partner Dashboard or the app settings.',
    examples: () => ({
      match: [`SHOPIFY_API_SECRET=${join('shp', 'ss_', fake(HEX, 32, 'ss1'))}`],
      noMatch: [`SHOPIFY_API_SECRET=${join('shp', 'ss_', 'your_secret')}`],
    }),
  },
  {
    id: 'lemon-squeezy-api-key',
    provider: 'Lemon Squeezy',
    description: 'Lemon Squeezy API key (a JWT assigned to a lemonsqueezy name)',
    keywords: wordKeywords('lemon squeezy'),
    regex: named(words('lemon squeezy'), 'eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{20,}\\.[A-Za-z0-9_-]{20,}'),
    remediation: 'Delete it at https://app.lemonsqueezy.com/settings/api and create a new one.',
    examples: () => ({
      match: [`LEMONSQUEEZY_API_KEY=${fakeJwt({ aud: '1', jti: fake(HEX, 40, 'lq1'), sub: '123456' }, 'lq2')}`],
      noMatch: ['LEMONSQUEEZY_API_KEY=your-api-key', 'LEMONSQUEEZY_STORE_ID=12345'],
    }),
  },
  {
    id: 'paddle-api-key',
    provider: 'Paddle',
    description: 'Paddle Billing live API key (pdl_live_apikey_)',
    keywords: ['pdl_live_apikey_'],
    regex: prefixed('pdl_live_apikey_', '[A-Za-z0-9_]{30,100}'),
    entropy: 3.5,
    remediation: 'Revoke it in the Paddle dashboard (Developer tools > Authentication).',
    examples: () => ({
      match: [
        `PADDLE_API_KEY=${join('pdl_', 'live_', 'apikey_', '01', fake(LOWER_ALNUM, 24, 'pd1'), '_', fake(ALNUM, 27, 'pd2'))}`,
      ],
      noMatch: [`PADDLE_API_KEY=${join('pdl_', 'sdbx_', 'apikey_', '01', fake(LOWER_ALNUM, 24, 'pd3'))}`],
    }),
  },
];

const gateways: Rule[] = [
  {
    id: 'adyen-api-key',
    provider: 'Adyen',
    description: 'Adyen API key (AQE… assigned to an adyen name)',
    keywords: ['adyen'],
    regex: named(ci('adyen'), 'AQE[A-Za-z0-9+/=_.~-]{60,250}', true, '(?![A-Za-z0-9+/=_.~-])'),
    entropy: 4,
    remediation:
      'Generate a new key for the API credential in the Adyen Customer Area (Developers > API credentials) and revoke the old one.',
    examples: () => ({
      match: [
        `ADYEN_API_KEY=${join('AQE', fake(B64, 80, 'ay1'), '-', fake(B64, 20, 'ay2'), '-', fake(B64URL, 12, 'ay3'))}`,
      ],
      noMatch: ['ADYEN_API_KEY=AQE_YOUR_API_KEY', `ADYEN_MERCHANT_ACCOUNT=${fake(ALNUM, 20, 'ay4')}`],
    }),
  },
  {
    id: 'razorpay-key-secret',
    provider: 'Razorpay',
    description: 'Razorpay key secret (24 characters assigned to a razorpay secret name, or after rzp_live_…:)',
    keywords: ['razorpay', 'rzp_live_'],
    regex: named(
      `${ci('razorpay')}[A-Za-z0-9_.-]{0,20}?${ci('secret')}`,
      '[A-Za-z0-9]{24}',
      false,
      END,
      new RegExp(`rzp_live_[A-Za-z0-9]{14}:(?<secret>[A-Za-z0-9]{24})${END}`),
    ),
    entropy: 3.5,
    remediation: 'Regenerate the API key at https://dashboard.razorpay.com/app/website-app-settings/api-keys.',
    examples: () => ({
      match: [
        `RAZORPAY_KEY_SECRET=${fake(ALNUM, 24, 'rz1')}`,
        `curl -u ${join('rzp_', 'live_', fake(ALNUM, 14, 'rz2'))}:${fake(ALNUM, 24, 'rz3')} https://api.razorpay.com/v1/orders`,
      ],
      noMatch: [`RAZORPAY_KEY_ID=${join('rzp_', 'live_', fake(ALNUM, 14, 'rz4'))}`],
    }),
  },
  {
    id: 'mollie-api-key',
    provider: 'Mollie',
    description: 'Mollie live API key (live_ + 30 characters)',
    keywords: ['live_'],
    regex: prefixed('live_', '[A-Za-z0-9]{30}'),
    entropy: 4,
    reject: /^live_[^0-9]*$/,
    remediation: 'Reset the live API key at https://my.mollie.com/dashboard/developers/api-keys.',
    examples: () => ({
      match: [`MOLLIE_API_KEY=${join('li', 've_', fake(ALNUM, 30, 'mo1'))}`],
      noMatch: [`MOLLIE_API_KEY=${join('te', 'st_', fake(ALNUM, 30, 'mo2'))}`, 'live_reload_for_development_server'],
    }),
  },
  {
    id: 'gocardless-access-token',
    provider: 'GoCardless',
    description: 'GoCardless live access token (live_ + 40 characters)',
    keywords: ['live_'],
    regex: prefixed('live_', '[A-Za-z0-9_-]{40}'),
    entropy: 4,
    reject: /^live_[^0-9]*$/,
    remediation: 'Revoke it in the GoCardless dashboard (Developers > Access tokens).',
    examples: () => ({
      match: [`GOCARDLESS_ACCESS_TOKEN=${join('li', 've_', fake(B64URL, 40, 'gc1'))}`],
      noMatch: [
        `GOCARDLESS_ACCESS_TOKEN=${join('sand', 'box_', fake(B64URL, 40, 'gc2'))}`,
        'live_configuration_for_the_staging_server',
      ],
    }),
  },
  {
    id: 'plaid-secret',
    provider: 'Plaid',
    description: 'Plaid API secret (30 hex characters assigned to a plaid secret name)',
    keywords: ['plaid'],
    regex: named(`${ci('plaid')}[A-Za-z0-9_.-]{0,20}?${ci('secret')}`, '[a-f0-9]{30}'),
    entropy: 3,
    remediation: 'Rotate the secret at https://dashboard.plaid.com/developers/keys.',
    examples: () => ({
      match: [`PLAID_SECRET=${fake(HEX, 30, 'pl1')}`],
      noMatch: [`PLAID_CLIENT_ID=${fake(HEX, 24, 'pl2')}`],
    }),
  },
  {
    id: 'plaid-access-token',
    provider: 'Plaid',
    description: 'Plaid production access token (access-production-<uuid>)',
    keywords: ['access-production-'],
    regex: prefixed('access-production-', UUID),
    remediation:
      'Invalidate it with /item/access_token/invalidate or remove the Item (https://plaid.com/docs/api/items/).',
    examples: () => ({
      match: [`PLAID_ACCESS_TOKEN=${join('access-', 'production-', fakeUuid('pa1'))}`],
      noMatch: [`PLAID_ACCESS_TOKEN=${join('access-', 'sandbox-', fakeUuid('pa2'))}`],
    }),
  },
  {
    id: 'coinbase-api-secret',
    provider: 'Coinbase',
    description: 'Coinbase (CDP or legacy) API secret (base64 or 32+ characters assigned to a coinbase secret name)',
    keywords: ['coinbase'],
    regex: named(
      `${ci('coinbase')}[A-Za-z0-9_.-]{0,20}?${ci('secret')}`,
      '[A-Za-z0-9+/]{32,86}(?:==|=)?',
      false,
      '(?![A-Za-z0-9+/=])',
    ),
    entropy: 4,
    remediation:
      'Delete the API key at https://portal.cdp.coinbase.com/projects/api-keys (or the Coinbase API settings) and create a new one.',
    examples: () => ({
      match: [`COINBASE_API_SECRET=${fake(B64, 86, 'cb1')}==`],
      noMatch: [`COINBASE_API_KEY_NAME=${fakeUuid('cb2')}`, 'COINBASE_API_SECRET="-----BEGIN EC PRIVATE KEY-----\\n"'],
    }),
  },
  {
    id: 'flutterwave-secret-key',
    provider: 'Flutterwave',
    description: 'Flutterwave live secret key (FLWSECK-…-X)',
    keywords: ['flwseck-'],
    regex: prefixed('FLWSECK-', '[a-f0-9]{32}-X'),
    entropy: 3,
    remediation: 'Regenerate the API keys in the Flutterwave dashboard (Settings > API keys).',
    examples: () => ({
      match: [`FLW_SECRET_KEY=${join('FLW', 'SECK-', fake(HEX, 32, 'fw1'), '-X')}`],
      noMatch: [`FLW_SECRET_KEY=${join('FLW', 'SECK_TEST-', fake(HEX, 32, 'fw2'), '-X')}`],
    }),
  },
];

const DIGIT = '0123456789';
/** A provider word that must not end a longer word (lob, not global; wise, not otherwise). */
const wordStart = (w: string): string => `(?<![A-Za-z])${ci(w)}`;

const commerceMore: Rule[] = [
  {
    id: 'woocommerce-consumer-secret',
    provider: 'WooCommerce',
    description: 'WooCommerce REST API consumer secret (cs_ + 40 hex)',
    keywords: ['cs_'],
    regex: prefixed('cs_', '[a-f0-9]{40}'),
    entropy: 3,
    remediation: 'Revoke the key in WordPress (WooCommerce → Settings → Advanced → REST API) and create a new one.',
    examples: () => ({
      match: [`WOOCOMMERCE_CONSUMER_SECRET=${join('c', 's_', fake(HEX, 40, 'wc1'))}`],
      noMatch: [`WOOCOMMERCE_CONSUMER_KEY=${join('c', 'k_', fake(HEX, 40, 'wc2'))}`, `cs_${'x'.repeat(40)}`],
    }),
  },
  {
    id: 'bigcommerce-access-token',
    provider: 'BigCommerce',
    description: 'BigCommerce API account access token next to a bigcommerce name',
    keywords: ['bigcommerce', 'big_commerce'],
    regex: named(words('big commerce'), '[a-z0-9]{25,40}', true),
    entropy: 3.5,
    remediation: 'Delete the API account in the BigCommerce control panel (Settings → API → Store-level API accounts).',
    examples: () => ({
      match: [`BIGCOMMERCE_ACCESS_TOKEN=${fake(LOWER_ALNUM, 31, 'bg1')}`],
      noMatch: [`BIGCOMMERCE_STORE_HASH=${fake(LOWER_ALNUM, 10, 'bg2')}`, 'BIGCOMMERCE_ACCESS_TOKEN=<access token>'],
    }),
  },
  {
    id: 'wise-api-token',
    provider: 'Wise',
    description: 'Wise (TransferWise) personal API token (UUID) next to a wise name',
    keywords: ['transferwise', ...wordKeywords('wise api'), ...wordKeywords('wise token'), ...wordKeywords('wise key')],
    regex: keyed(
      either(
        credentialName(ci('transferwise')),
        `${wordStart('wise')}[_.-]?(?:${words('api')}[_.-]?)?(?:${ci('token')}|${ci('key')})`,
      ),
      UUID,
    ),
    remediation: 'Delete the token in Wise (Settings → Developer tools → API tokens) and create a new one.',
    examples: () => ({
      match: [`WISE_API_TOKEN=${fakeUuid('ws1')}`, `transferwise_token: "${fakeUuid('ws2')}"`],
      noMatch: [`WISE_PROFILE_ID=${fakeUuid('ws3')}`, `OTHERWISE_TOKEN=${fakeUuid('ws4')}`],
    }),
  },
  {
    id: 'easypost-api-key',
    provider: 'EasyPost',
    description: 'EasyPost production API key (EZAK…; test keys EZTK… are not reported)',
    keywords: ['ezak'],
    regex: prefixed('EZAK', '[A-Za-z0-9]{54}'),
    entropy: 3.5,
    remediation:
      'Disable and delete the key in the EasyPost dashboard (Account Settings → API Keys), then add a new one.',
    examples: () => ({
      match: [`EASYPOST_API_KEY=${join('EZ', 'AK', fake(LOWER_ALNUM, 54, 'ep1'))}`],
      noMatch: [`EASYPOST_API_KEY=${join('EZ', 'TK', fake(LOWER_ALNUM, 54, 'ep2'))}`, `${join('EZ', 'AK')}your_key`],
    }),
  },
  {
    id: 'shippo-api-token',
    provider: 'Shippo',
    description: 'Shippo live API token (shippo_live_)',
    keywords: ['shippo_live_'],
    regex: prefixed('shippo_live_', '[a-f0-9]{40}'),
    entropy: 3,
    remediation: 'Regenerate the live token at https://apps.goshippo.com/settings/api.',
    examples: () => ({
      match: [`SHIPPO_API_KEY=${join('shippo_', 'live_', fake(HEX, 40, 'sh1'))}`],
      noMatch: [`SHIPPO_API_KEY=${join('shippo_', 'test_', fake(HEX, 40, 'sh2'))}`],
    }),
  },
  {
    id: 'paddle-vendor-auth-code',
    provider: 'Paddle',
    description: 'Paddle Classic vendor auth code (50 hex) next to a paddle auth code name',
    keywords: ['paddle'],
    regex: named(`${ci('paddle')}[A-Za-z0-9_.-]{0,20}?${words('auth code')}`, '[a-f0-9]{50}'),
    entropy: 3,
    remediation: 'Revoke the auth code in Paddle Classic (Developer Tools → Authentication) and generate a new one.',
    examples: () => ({
      match: [`PADDLE_VENDOR_AUTH_CODE=${fake(HEX, 50, 'pv1')}`],
      noMatch: [`PADDLE_VENDOR_ID=${fake(DIGIT, 6, 'pv2')}`, 'PADDLE_VENDOR_AUTH_CODE=<auth code>'],
    }),
  },
  {
    id: 'duffel-api-token',
    provider: 'Duffel',
    description: 'Duffel live access token (duffel_live_)',
    keywords: ['duffel_live_'],
    regex: prefixed('duffel_live_', '[A-Za-z0-9_-]{43}'),
    entropy: 3.5,
    remediation: 'Revoke it in the Duffel dashboard (Developers → Access tokens) and create a new one.',
    examples: () => ({
      match: [`DUFFEL_ACCESS_TOKEN=${join('duffel_', 'live_', fake(B64URL, 43, 'df1'))}`],
      noMatch: [`DUFFEL_ACCESS_TOKEN=${join('duffel_', 'test_', fake(B64URL, 43, 'df2'))}`],
    }),
  },
  {
    id: 'finicity-credential',
    provider: 'Finicity (Mastercard Open Banking)',
    description: 'Finicity app key (32 hex) or partner secret (20 characters) next to a finicity name',
    keywords: ['finicity'],
    regex: named(ci('finicity'), '(?:[a-f0-9]{32}|[A-Za-z0-9]{20})', true),
    entropy: 3,
    remediation:
      'Reset the partner secret and app key in the Mastercard Developers portal (your Open Banking project).',
    examples: () => ({
      match: [`FINICITY_APP_KEY=${fake(HEX, 32, 'fn1')}`, `FINICITY_PARTNER_SECRET=${fake(ALNUM, 20, 'fn2')}`],
      noMatch: [`FINICITY_PARTNER_ID=${fake(DIGIT, 13, 'fn3')}`, 'FINICITY_APP_KEY=<app key>'],
    }),
  },
  {
    id: 'lob-api-key',
    provider: 'Lob',
    description: 'Lob live secret API key (live_ + 35 hex) next to a lob name',
    keywords: ['live_'],
    regex: named(wordStart('lob'), 'live_[a-f0-9]{35}', true),
    entropy: 3,
    remediation: 'Rotate the live key in the Lob dashboard (Settings → API Keys).',
    examples: () => ({
      match: [`LOB_API_KEY=${join('li', 've_', fake(HEX, 35, 'lb1'))}`],
      noMatch: [
        `LOB_API_KEY=${join('te', 'st_', fake(HEX, 35, 'lb2'))}`,
        `GLOBAL_API_KEY=${join('li', 've_', fake(HEX, 35, 'lb3'))}`,
      ],
    }),
  },
  {
    id: 'etsy-api-key',
    provider: 'Etsy',
    description: 'Etsy Open API keystring or shared secret next to an etsy name',
    keywords: [
      ...wordKeywords('etsy api'),
      ...wordKeywords('etsy keystring'),
      ...wordKeywords('etsy shared'),
      ...wordKeywords('etsy secret'),
    ],
    regex: named(
      `${wordStart('etsy')}[_.-]?(?:${words('api key')}|${ci('keystring')}|(?:${words('shared')}[_.-]?)?${ci('secret')})`,
      '(?:[a-z0-9]{24}|[a-z0-9]{10})',
    ),
    entropy: 3,
    remediation: 'Reset the shared secret or delete the app at https://www.etsy.com/developers/your-apps.',
    examples: () => ({
      match: [`ETSY_API_KEY=${fake(LOWER_ALNUM, 24, 'et1')}`],
      noMatch: [`ETSY_SHOP_ID=${fake(DIGIT, 8, 'et2')}`, 'ETSY_API_KEY=<keystring>'],
    }),
  },
  {
    id: 'authorizenet-transaction-key',
    provider: 'Authorize.net',
    description: 'Authorize.net transaction key (16 characters) next to an authorize.net name',
    keywords: ['authorize', 'authnet'],
    regex: named(
      `(?:${words('authorize net')}|${ci('authnet')})[A-Za-z0-9_.-]{0,20}?${words('transaction key')}`,
      '[A-Za-z0-9]{16}',
    ),
    entropy: 3,
    remediation:
      'Generate a new transaction key in the Merchant Interface (Account → Settings → API Credentials & Keys).',
    examples: () => ({
      match: [`AUTHORIZENET_TRANSACTION_KEY=${fake(ALNUM, 16, 'an1')}`],
      noMatch: [
        `AUTHORIZENET_API_LOGIN_ID=${fake(ALNUM, 10, 'an2')}`,
        'AUTHORIZENET_TRANSACTION_KEY=<transaction key>',
      ],
    }),
  },
  {
    id: 'mercadopago-access-token',
    provider: 'Mercado Pago',
    description: 'Mercado Pago production access token (APP_USR-…)',
    keywords: ['app_usr-'],
    regex: prefixed('APP_USR-', '[0-9]{16}-[0-9]{6}-[a-f0-9]{32}-[0-9]{6,12}'),
    entropy: 3,
    remediation:
      'Renew the production credentials at https://www.mercadopago.com/developers/panel/app (the app → Production credentials).',
    examples: () => ({
      match: [
        `MERCADOPAGO_ACCESS_TOKEN=${join('APP', '_USR-', fake(DIGIT, 16, 'mp1'), '-', fake(DIGIT, 6, 'mp2'), '-', fake(HEX, 32, 'mp3'), '-', fake(DIGIT, 9, 'mp4'))}`,
      ],
      noMatch: [
        `MERCADOPAGO_ACCESS_TOKEN=${join('TEST', '-', fake(DIGIT, 16, 'mp5'), '-', fake(DIGIT, 6, 'mp6'), '-', fake(HEX, 32, 'mp7'), '-', fake(DIGIT, 9, 'mp8'))}`,
        `MERCADOPAGO_PUBLIC_KEY=${join('APP', '_USR-', fakeUuid('mp9'))}`,
      ],
    }),
  },
  {
    id: 'xendit-secret-key',
    provider: 'Xendit',
    description: 'Xendit live secret API key (xnd_production_)',
    keywords: ['xnd_production_'],
    regex: prefixed('xnd_production_', '[A-Za-z0-9_-]{40,100}'),
    entropy: 3.5,
    remediation: 'Delete the key in the Xendit dashboard (Settings → API keys) and generate a new one.',
    examples: () => ({
      match: [`XENDIT_SECRET_KEY=${join('xnd_', 'production_', fake(ALNUM, 60, 'xd1'))}`],
      noMatch: [`XENDIT_SECRET_KEY=${join('xnd_', 'development_', fake(ALNUM, 60, 'xd2'))}`],
    }),
  },
  {
    id: 'midtrans-server-key',
    provider: 'Midtrans',
    description: 'Midtrans production server key (Mid-server-; sandbox keys SB-Mid-server- are not reported)',
    keywords: ['mid-server-'],
    regex: new RegExp(`(?<![A-Za-z0-9_-])(?<secret>Mid-server-[A-Za-z0-9_-]{24})${END}`),
    entropy: 3.5,
    remediation: 'Regenerate the access keys in the Midtrans dashboard (Settings → Access keys).',
    examples: () => ({
      match: [`MIDTRANS_SERVER_KEY=${join('Mid', '-server-', fake(B64URL, 24, 'mt1'))}`],
      noMatch: [`MIDTRANS_SERVER_KEY=${join('SB-', 'Mid', '-server-', fake(B64URL, 24, 'mt2'))}`],
    }),
  },
  {
    id: 'recurly-api-key',
    provider: 'Recurly',
    description: 'Recurly private API key (32 hex) next to a recurly name',
    keywords: ['recurly'],
    regex: named(ci('recurly'), '[a-f0-9]{32}', true),
    entropy: 3,
    remediation: 'Regenerate the private key in Recurly (Integrations → API Credentials).',
    examples: () => ({
      match: [`RECURLY_API_KEY=${fake(HEX, 32, 'rc1')}`],
      noMatch: [`RECURLY_SUBDOMAIN=${fake(LOWER_ALNUM, 8, 'rc2')}`, 'RECURLY_API_KEY=<private api key>'],
    }),
  },
  {
    id: 'chargebee-api-key',
    provider: 'Chargebee',
    description: 'Chargebee live API key (live_…) next to a chargebee name',
    keywords: ['chargebee'],
    regex: named(ci('chargebee'), 'live_[A-Za-z0-9]{26,40}', true),
    entropy: 3.5,
    remediation: 'Disable the key in Chargebee (Settings → Configure Chargebee → API Keys) and create a new one.',
    examples: () => ({
      match: [`CHARGEBEE_API_KEY=${join('li', 've_', fake(ALNUM, 34, 'cb1'))}`],
      noMatch: [
        `CHARGEBEE_API_KEY=${join('te', 'st_', fake(ALNUM, 34, 'cb2'))}`,
        `CHARGEBEE_SITE=${fake(LOWER_ALNUM, 8, 'cb3')}`,
      ],
    }),
  },
  {
    id: 'freemius-secret-key',
    provider: 'Freemius',
    description: 'Freemius secret key (sk_ + 29 characters) next to a freemius name',
    keywords: ['freemius'],
    regex: named(
      ci('freemius'),
      'sk_[A-Za-z0-9!@#$%^&*()+=<>?;:{}|~_.-]{29}',
      true,
      '(?![A-Za-z0-9!@#$%^&*()+=<>?;:{}|~_.-])',
    ),
    entropy: 3.5,
    remediation: 'Regenerate the secret key in the Freemius Developer Dashboard (the product → Settings → Keys).',
    examples: () => ({
      match: [`FREEMIUS_SECRET_KEY=${join('s', 'k_', fake(ALNUM + '!@#$%^&*', 29, 'fm1'))}`],
      noMatch: [
        `FREEMIUS_PUBLIC_KEY=${join('p', 'k_', fake(ALNUM, 29, 'fm2'))}`,
        'FREEMIUS_SECRET_KEY=sk_<secret key>',
      ],
    }),
  },
  {
    id: 'shopify-theme-access-password',
    provider: 'Shopify',
    description: 'Shopify Theme Access app password (shptka_)',
    keywords: ['shptka_'],
    regex: prefixed('shptka_', '[a-fA-F0-9]{32}'),
    entropy: 3,
    remediation: 'Delete the password in the Theme Access app of the Shopify admin and create a new one.',
    examples: () => ({
      match: [`SHOPIFY_CLI_THEME_TOKEN=${join('shp', 'tka_', fake(HEX, 32, 'tk1'))}`],
      noMatch: [`SHOPIFY_CLI_THEME_TOKEN=${join('shp', 'tka_', 'your_theme_access_password')}`],
    }),
  },
  {
    id: 'shopify-partner-api-token',
    provider: 'Shopify',
    description: 'Shopify Partner API access token (prtapi_)',
    keywords: ['prtapi_'],
    regex: prefixed('prtapi_', '[a-fA-F0-9]{32}'),
    entropy: 3,
    remediation: 'Revoke the token in the Shopify Partner Dashboard (Settings → Partner API clients).',
    examples: () => ({
      match: [`SHOPIFY_PARTNER_TOKEN=${join('prt', 'api_', fake(HEX, 32, 'pt1'))}`],
      noMatch: [`SHOPIFY_PARTNER_TOKEN=${join('prt', 'api_', 'your_partner_token')}`],
    }),
  },
];

export const payments: RuleFamily = {
  family: 'payments',
  rules: [...stripe, ...paypal, ...commerce, ...gateways, ...commerceMore],
};
