import { ALNUM, B64, B64URL, HEX, LOWER_ALNUM, fake, join } from './fake.js';
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

export const payments: RuleFamily = {
  family: 'payments',
  rules: [...stripe, ...paypal, ...commerce, ...gateways],
};
