import { ALNUM, B64URL, DIGITS, HEX, LOWER_ALNUM, UPPER_ALNUM, fake, join } from './fake.js';
import { UUID, credentialName, either, keyed, nameWith, nameWithout, spellings, words } from './context.js';
import { END, START, ci, prefixed } from './shape.js';
import type { RuleFamily } from './types.js';

const SLACK_REVOKE = 'Revoke it at https://api.slack.com/apps (OAuth & Permissions, or Incoming Webhooks) and reissue.';
const DISCORD_REVOKE = 'Reset it at https://discord.com/developers/applications (your app → Bot → Reset Token).';
const TWILIO_REVOKE =
  'Rotate it at https://console.twilio.com (Account → API keys & tokens), then delete the old credential.';
const MAILGUN_REVOKE = 'Rotate it at https://app.mailgun.com/settings/api_security and update the senders.';
const BREVO_REVOKE =
  'Delete it at https://app.brevo.com/settings/keys/api (SMTP keys: https://app.brevo.com/settings/keys/smtp) and create a new one.';

/** A Discord bot token: base64 of the bot's user id, a timestamp, an HMAC. */
const DISCORD_TOKEN = '[MNO][A-Za-z0-9_-]{23,27}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,40}';
/** Four base64 characters of three ASCII digits: how a Discord token writes its bot id. */
const DIGIT_QUAD = '[MNO][DTjz][AEIMQUYcgk][w-z0-5]';
/** The first three characters of a bare Discord token whose bot id starts with 1, 2, 3, 6 or 7 (the prefilter). */
const DISCORD_STARTS = ['mt', 'mj', 'mz', 'nj', 'nz'].flatMap((two) => [...'aeimquycgk'].map((c) => two + c));
/** base64 of a bot id (unpadded), for examples. */
const discordId = (digits: string, first: string): string =>
  Buffer.from(first + digits)
    .toString('base64')
    .replace(/=+$/, '');
const hex32 = (seed: string): string => fake(HEX, 32, seed);

export const messaging: RuleFamily = {
  family: 'messaging',
  rules: [
    {
      id: 'slack-bot-token',
      provider: 'Slack',
      description: 'Slack bot token (xoxb-)',
      keywords: ['xoxb-'],
      regex: prefixed('xoxb-', '(?:[0-9]{6,15}-){1,3}[A-Za-z0-9]{20,64}'),
      entropy: 3,
      remediation: SLACK_REVOKE,
      examples: () => ({
        match: [
          `SLACK_BOT_TOKEN=${join('xo', 'xb-', fake(DIGITS, 12, 'sl1'), '-', fake(DIGITS, 13, 'sl2'), '-', fake(ALNUM, 24, 'sl3'))}`,
          `app = App(token="${join('xo', 'xb-', fake(DIGITS, 11, 'sl1b'), '-', fake(DIGITS, 13, 'sl2b'), '-', fake(ALNUM, 24, 'sl3b'))}")`,
        ],
        noMatch: [
          `SLACK_BOT_TOKEN=${join('xo', 'xb-', 'your-bot-token')}`,
          `SLACK_BOT_TOKEN=${join('xo', 'xb-', '000000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx')}`,
        ],
      }),
    },
    {
      id: 'slack-user-token',
      provider: 'Slack',
      description: 'Slack user or legacy workspace token (xoxp-, xoxa-, xoxr-, xoxs-)',
      keywords: ['xoxp-', 'xoxa-', 'xoxr-', 'xoxs-'],
      regex: prefixed('xox', '[pars]-(?:[0-9]{6,15}-){1,3}[A-Za-z0-9]{20,64}'),
      entropy: 3,
      remediation: SLACK_REVOKE,
      examples: () => ({
        match: [
          `SLACK_USER_TOKEN=${join('xo', 'xp-', fake(DIGITS, 12, 'sl4'), '-', fake(DIGITS, 12, 'sl5'), '-', fake(DIGITS, 13, 'sl6'), '-', hex32('sl7'))}`,
          `token = "${join('xo', 'xs-', fake(DIGITS, 12, 'sl4b'), '-', fake(DIGITS, 12, 'sl5b'), '-', fake(ALNUM, 24, 'sl6b'))}"`,
        ],
        noMatch: [`SLACK_USER_TOKEN=${join('xo', 'xp-', 'xxxx-xxxx')}`, 'the xoxp- prefix marks user tokens'],
      }),
    },
    {
      id: 'slack-app-token',
      provider: 'Slack',
      description: 'Slack app-level token for Socket Mode (xapp-)',
      keywords: ['xapp-'],
      regex: prefixed('xapp-', '\\d-[A-Z0-9]{8,12}-\\d{10,15}-[a-f0-9]{64}'),
      entropy: 3,
      remediation: SLACK_REVOKE,
      examples: () => ({
        match: [
          `SLACK_APP_TOKEN=${join('xa', 'pp-1-', fake(UPPER_ALNUM, 11, 'sl8'), '-', fake(DIGITS, 13, 'sl9'), '-', fake(HEX, 64, 'sl10'))}`,
        ],
        noMatch: [`SLACK_APP_TOKEN=${join('xa', 'pp-1-', 'A0000000000-0000000000000-', '0'.repeat(64))}`],
      }),
    },
    {
      id: 'slack-config-token',
      provider: 'Slack',
      description: 'Slack app configuration access or refresh token (xoxe.xoxp-, xoxe-)',
      keywords: ['xoxe'],
      regex: prefixed('xoxe', '(?:\\.xox[bp])?-\\d-[A-Za-z0-9]{100,200}'),
      entropy: 3.5,
      remediation:
        'Revoke it with tooling.tokens.rotate / auth.revoke, or regenerate it at https://api.slack.com/apps (Your App Configuration Tokens).',
      examples: () => ({
        match: [
          `SLACK_CONFIG_TOKEN=${join('xo', 'xe.', 'xo', 'xp-1-', fake(ALNUM, 146, 'sl11'))}`,
          `refresh_token: ${join('xo', 'xe-1-', fake(ALNUM, 146, 'sl12'))}`,
        ],
        noMatch: [`SLACK_CONFIG_TOKEN=${join('xo', 'xe.', 'xo', 'xp-1-', 'your_config_token')}`],
      }),
    },
    {
      id: 'slack-webhook-url',
      provider: 'Slack',
      description: 'Slack incoming webhook or workflow URL (https://hooks.slack.com/services/…)',
      keywords: ['hooks.slack.com'],
      regex: new RegExp(
        '(?<secret>https://hooks\\.slack\\.com/(?:services/T[A-Z0-9]{8,12}/B[A-Z0-9]{8,12}/[A-Za-z0-9]{23,25}|(?:workflows|triggers)/T[A-Z0-9]{8,12}/A[A-Z0-9]{8,12}/\\d{10,20}/[A-Za-z0-9]{23,34}))(?![A-Za-z0-9])',
      ),
      remediation: SLACK_REVOKE,
      examples: () => ({
        match: [
          `SLACK_WEBHOOK_URL=${join('https://hooks.', 'slack.com/services/T', fake(UPPER_ALNUM, 8, 'sw1'), '/B', fake(UPPER_ALNUM, 10, 'sw2'), '/', fake(ALNUM, 24, 'sw3'))}`,
        ],
        noMatch: ['SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'],
      }),
    },
    {
      id: 'slack-signing-secret',
      provider: 'Slack',
      description: 'Slack app signing secret or client secret (32 hex characters next to a slack…secret name)',
      keywords: ['slack'],
      regex: keyed(nameWith(ci('slack'), either(words('signing'), words('client', 'secret'))), '[0-9a-f]{32}'),
      entropy: 3,
      remediation: 'Regenerate it at https://api.slack.com/apps (Basic Information → App Credentials).',
      examples: () => ({
        match: [`SLACK_SIGNING_SECRET=${hex32('ss1')}`, `slackClientSecret: '${hex32('ss2')}'`],
        noMatch: ['SLACK_SIGNING_SECRET=${SLACK_SIGNING_SECRET}', `SLACK_SIGNING_SECRET=${fake(HEX, 20, 'ss3')}`],
      }),
    },
    {
      id: 'discord-bot-token',
      provider: 'Discord',
      description: 'Discord bot token (base64 user id . timestamp . HMAC) next to a discord name',
      keywords: ['discord'],
      regex: keyed(ci('discord'), DISCORD_TOKEN),
      entropy: 3.5,
      remediation: DISCORD_REVOKE,
      examples: () => ({
        match: [
          `DISCORD_TOKEN=${join('MT', fake(B64URL, 24, 'dc1'), '.', fake(B64URL, 6, 'dc2'), '.', fake(B64URL, 38, 'dc3'))}`,
          `discord_client.run("${join('Nz', fake(B64URL, 22, 'dc4'), '.', fake(B64URL, 6, 'dc5'), '.', fake(B64URL, 27, 'dc6'))}")`,
        ],
        noMatch: [
          'DISCORD_TOKEN=your.discord.token',
          `token = "${join('MT', fake(B64URL, 24, 'dc7'), '.', fake(B64URL, 6, 'dc8'), '.', fake(B64URL, 38, 'dc9'))}"`,
        ],
      }),
    },
    {
      id: 'discord-webhook-url',
      provider: 'Discord',
      description: 'Discord webhook URL (https://discord.com/api/webhooks/<id>/<token>)',
      keywords: ['discord.com/api', 'discordapp.com/api'],
      regex: new RegExp(
        '(?<secret>https://(?:(?:ptb|canary)\\.)?discord(?:app)?\\.com/api(?:/v\\d{1,2})?/webhooks/\\d{17,20}/[A-Za-z0-9_-]{60,68})(?![A-Za-z0-9_-])',
      ),
      remediation: 'Delete the webhook in the channel settings (Integrations → Webhooks) and create a new one.',
      examples: () => ({
        match: [
          `DISCORD_WEBHOOK_URL=${join('https://discord.com/api/', 'webhooks/', fake(DIGITS, 19, 'dw1'), '/', fake(B64URL, 68, 'dw2'))}`,
        ],
        noMatch: ['DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/{webhook.id}/{webhook.token}'],
      }),
    },
    {
      id: 'discord-client-secret',
      provider: 'Discord',
      description: 'Discord OAuth2 client secret (32 characters next to a discord…secret name)',
      keywords: ['discord'],
      regex: keyed(words('discord', 'client', 'secret'), '[A-Za-z0-9_-]{32}'),
      entropy: 3.5,
      remediation: 'Reset it at https://discord.com/developers/applications (OAuth2 → Reset Secret).',
      examples: () => ({
        match: [`DISCORD_CLIENT_SECRET=${fake(B64URL, 32, 'dcs1')}`],
        noMatch: ['DISCORD_CLIENT_SECRET=<your-client-secret>', `DISCORD_CLIENT_ID=${fake(DIGITS, 18, 'dcs2')}`],
      }),
    },
    {
      id: 'telegram-bot-token',
      provider: 'Telegram',
      description:
        'Telegram bot token (<bot id>:<35 characters>) next to a telegram name or in an api.telegram.org/bot URL',
      keywords: ['telegram'],
      regex: keyed(
        ci('telegram'),
        '\\d{8,10}:[A-Za-z0-9_-]{35}',
        '(?![A-Za-z0-9_-])',
        /api\.telegram\.org\/(?:file\/)?bot(?<secret>\d{8,10}:[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])/,
      ),
      entropy: 3.5,
      remediation: 'Revoke it with @BotFather (/revoke), then update the bot with the new token.',
      examples: () => ({
        match: [
          `TELEGRAM_BOT_TOKEN=${join(fake(DIGITS, 10, 'tg1'), ':AA', fake(B64URL, 33, 'tg2'))}`,
          `url = f"https://api.telegram.org/bot${join(fake(DIGITS, 9, 'tg3'), ':AA', fake(B64URL, 33, 'tg4'))}/sendMessage"`,
        ],
        noMatch: [
          'TELEGRAM_BOT_TOKEN=123456789:your-telegram-bot-token-goes-here',
          `time = "${fake(DIGITS, 9, 'tg5')}:${fake(B64URL, 35, 'tg6')}"`,
        ],
      }),
    },
    {
      id: 'twilio-api-key',
      provider: 'Twilio',
      description: 'Twilio API key SID (SK + 32 hex) next to a twilio name; its secret is as sensitive',
      keywords: ['twilio'],
      regex: keyed(ci('twilio'), 'SK[0-9a-fA-F]{32}'),
      entropy: 3,
      remediation: TWILIO_REVOKE,
      examples: () => ({
        match: [`TWILIO_API_KEY=${join('S', 'K', hex32('tw1'))}`],
        noMatch: [`TWILIO_API_KEY=${join('S', 'K', '0'.repeat(32))}`, `sku = "${join('S', 'K', hex32('tw2'))}"`],
      }),
    },
    {
      id: 'twilio-auth-token',
      provider: 'Twilio',
      description:
        'Twilio account auth token (32 hex characters next to a twilio…auth/token name, or after AC…: in an api.twilio.com URL)',
      keywords: ['twilio'],
      regex: keyed(
        nameWith(ci('twilio'), either(ci('auth'), ci('token'))),
        '[0-9a-f]{32}',
        `(?=@[A-Za-z0-9.-]*twilio\\.com|${END})`,
        new RegExp(`AC[0-9a-f]{32}:(?<secret>[0-9a-f]{32})(?=@[A-Za-z0-9.-]*twilio\\.com|${END})`),
      ),
      entropy: 3,
      remediation: TWILIO_REVOKE,
      examples: () => ({
        match: [
          `TWILIO_AUTH_TOKEN=${hex32('tw3')}`,
          `twilio.authToken = '${hex32('tw4')}';`,
          `curl https://${join('A', 'C', hex32('tw8'), ':', hex32('tw9'))}@api.twilio.com/2010-04-01/Accounts.json`,
        ],
        noMatch: [`TWILIO_ACCOUNT_SID=${join('A', 'C', hex32('tw5'))}`, 'TWILIO_AUTH_TOKEN=your_auth_token'],
      }),
    },
    {
      id: 'twilio-api-secret',
      provider: 'Twilio',
      description: 'Twilio API key secret (32 characters next to a twilio…secret name)',
      keywords: ['twilio'],
      regex: keyed(nameWith(ci('twilio'), ci('secret')), '[A-Za-z0-9]{32}'),
      entropy: 3.5,
      remediation: TWILIO_REVOKE,
      examples: () => ({
        match: [`TWILIO_API_SECRET=${fake(ALNUM, 32, 'tw6')}`],
        noMatch: ['TWILIO_API_SECRET=your_api_secret', `TWILIO_API_SECRET=${fake(ALNUM, 20, 'tw7')}`],
      }),
    },
    {
      id: 'sendgrid-api-key',
      provider: 'SendGrid',
      description: 'SendGrid API key (SG.<22>.<43>)',
      keywords: ['sg.'],
      regex: prefixed('SG.', '[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}'),
      entropy: 3.5,
      remediation: 'Delete it at https://app.sendgrid.com/settings/api_keys and create a new key.',
      examples: () => ({
        match: [
          `SENDGRID_API_KEY=${join('S', 'G.', fake(B64URL, 22, 'sg1'), '.', fake(B64URL, 43, 'sg2'))}`,
          `sg = SendGridAPIClient("${join('S', 'G.', fake(B64URL, 22, 'sg3'), '.', fake(B64URL, 43, 'sg4'))}")`,
        ],
        noMatch: [
          `SENDGRID_API_KEY=${join('S', 'G.', 'xxxxxxxxxxxxxxxxxxxxxx.', 'x'.repeat(43))}`,
          'msg.send(payload)',
        ],
      }),
    },
    {
      id: 'mailgun-api-key',
      provider: 'Mailgun',
      description: 'Mailgun API key (key- + 32 hex, or 32 hex-8 hex-8 hex) next to a mailgun name',
      keywords: ['mailgun'],
      regex: keyed(
        nameWithout(ci('mailgun'), either(ci('signing'), ci('webhook'))),
        '(?:key-[0-9a-f]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})',
      ),
      entropy: 3,
      remediation: MAILGUN_REVOKE,
      examples: () => ({
        match: [
          `MAILGUN_API_KEY=${join(hex32('mg1'), '-', fake(HEX, 8, 'mg2'), '-', fake(HEX, 8, 'mg3'))}`,
          `mailgun_key: ${join('key', '-', hex32('mg4'))}`,
        ],
        noMatch: ['MAILGUN_API_KEY=key-your-mailgun-key', `MAILGUN_DOMAIN=mg.${fake(LOWER_ALNUM, 10, 'mg5')}.com`],
      }),
    },
    {
      id: 'mailgun-webhook-signing-key',
      provider: 'Mailgun',
      description: 'Mailgun HTTP webhook signing key next to a mailgun…signing/webhook name',
      keywords: ['mailgun'],
      regex: keyed(
        nameWith(ci('mailgun'), either(ci('signing'), ci('webhook'))),
        '(?:key-)?[0-9a-f]{32}(?:-[0-9a-f]{8}-[0-9a-f]{8})?',
      ),
      entropy: 3,
      remediation: 'Reset it at https://app.mailgun.com/settings/webhooks (HTTP webhook signing key).',
      examples: () => ({
        match: [
          `MAILGUN_WEBHOOK_SIGNING_KEY=${join('key', '-', hex32('mw1'))}`,
          `mailgunSigningKey = "${hex32('mw2')}"`,
        ],
        noMatch: ['MAILGUN_WEBHOOK_SIGNING_KEY=', `MAILGUN_WEBHOOK_SIGNING_KEY=${fake(HEX, 16, 'mw3')}`],
      }),
    },
    {
      id: 'mailchimp-api-key',
      provider: 'Mailchimp',
      description: 'Mailchimp Marketing API key (32 hex + -us<datacenter>)',
      keywords: ['-us'],
      regex: new RegExp(`${START}(?<secret>[0-9a-f]{32}-us\\d{1,2})(?![A-Za-z0-9_])`),
      entropy: 3,
      remediation: 'Disable it at https://admin.mailchimp.com/account/api/ and create a new key.',
      examples: () => ({
        match: [`MAILCHIMP_API_KEY=${join(hex32('mc1'), '-us', '21')}`],
        noMatch: [`MAILCHIMP_API_KEY=${join('0'.repeat(32), '-us', '6')}`, `id = "${hex32('mc2')}-user"`],
      }),
    },
    {
      id: 'postmark-server-token',
      provider: 'Postmark',
      description: 'Postmark server or account API token (UUID next to a postmark name)',
      keywords: ['postmark'],
      regex: keyed(credentialName(ci('postmark')), UUID),
      remediation:
        'Reset it at https://account.postmarkapp.com/servers (Server → API Tokens), or Account → API Tokens.',
      examples: () => ({
        match: [
          `POSTMARK_SERVER_TOKEN=${join(fake(HEX, 8, 'pm1'), '-', fake(HEX, 4, 'pm2'), '-', fake(HEX, 4, 'pm3'), '-', fake(HEX, 4, 'pm4'), '-', fake(HEX, 12, 'pm5'))}`,
          `X-Postmark-Server-Token: ${join(fake(HEX, 8, 'pm6'), '-', fake(HEX, 4, 'pm7'), '-', fake(HEX, 4, 'pm8'), '-', fake(HEX, 4, 'pm9'), '-', fake(HEX, 12, 'pm10'))}`,
        ],
        noMatch: [
          'POSTMARK_SERVER_TOKEN=POSTMARK_API_TEST',
          'POSTMARK_SERVER_TOKEN=00000000-0000-0000-0000-000000000000',
          `postmark_message_id = "${join(fake(HEX, 8, 'pm11'), '-', fake(HEX, 4, 'pm12'), '-', fake(HEX, 4, 'pm13'), '-', fake(HEX, 4, 'pm14'), '-', fake(HEX, 12, 'pm15'))}"`,
        ],
      }),
    },
    {
      id: 'mandrill-api-key',
      provider: 'Mailchimp Transactional (Mandrill)',
      description: 'Mandrill API key (22 characters, newer ones md-) next to a mandrill name',
      keywords: ['mandrill'],
      regex: keyed(credentialName(ci('mandrill')), '(?:md-)?[A-Za-z0-9_-]{22}'),
      entropy: 3.5,
      remediation: 'Delete it at https://mandrillapp.com/settings (SMTP & API Info) and create a new key.',
      examples: () => ({
        match: [
          `MANDRILL_API_KEY=${join('md', '-', fake(B64URL, 22, 'md1'))}`,
          `mandrill_key = "${fake(ALNUM, 22, 'md2')}"`,
        ],
        noMatch: ['MANDRILL_API_KEY=your_mandrill_api_key', `MANDRILL_API_KEY=${fake(ALNUM, 12, 'md3')}`],
      }),
    },
    {
      id: 'brevo-api-key',
      provider: 'Brevo (Sendinblue)',
      description: 'Brevo API key (xkeysib-)',
      keywords: ['xkeysib-'],
      regex: prefixed('xkeysib-', '[0-9a-f]{64}-[A-Za-z0-9]{16}'),
      entropy: 3,
      remediation: BREVO_REVOKE,
      examples: () => ({
        match: [`BREVO_API_KEY=${join('xkey', 'sib-', fake(HEX, 64, 'bv1'), '-', fake(ALNUM, 16, 'bv2'))}`],
        noMatch: [`BREVO_API_KEY=${join('xkey', 'sib-', 'your-api-key')}`],
      }),
    },
    {
      id: 'brevo-smtp-key',
      provider: 'Brevo (Sendinblue)',
      description: 'Brevo SMTP key (xsmtpsib-)',
      keywords: ['xsmtpsib-'],
      regex: prefixed('xsmtpsib-', '[0-9a-f]{64}-[A-Za-z0-9]{16}'),
      entropy: 3,
      remediation: BREVO_REVOKE,
      examples: () => ({
        match: [`BREVO_SMTP_KEY=${join('xsmtp', 'sib-', fake(HEX, 64, 'bv3'), '-', fake(ALNUM, 16, 'bv4'))}`],
        noMatch: [`BREVO_SMTP_KEY=${join('xsmtp', 'sib-', '<smtp key>')}`],
      }),
    },
    {
      id: 'resend-api-key',
      provider: 'Resend',
      description: 'Resend API key (re_<8>_<24>)',
      keywords: ['re_'],
      regex: prefixed('re_', '[A-Za-z0-9]{8}_[A-Za-z0-9]{24}'),
      entropy: 3.5,
      remediation: 'Delete it at https://resend.com/api-keys and create a new key.',
      examples: () => ({
        match: [
          `RESEND_API_KEY=${join('re', '_', fake(ALNUM, 8, 're1'), '_', fake(ALNUM, 24, 're2'))}`,
          `const resend = new Resend('${join('re', '_', fake(ALNUM, 8, 're3'), '_', fake(ALNUM, 24, 're4'))}');`,
        ],
        noMatch: ["const resend = new Resend('re_123456789');", 'are_you_sure_this_is_what_you_want_here'],
      }),
    },
    {
      id: 'vonage-api-secret',
      provider: 'Vonage (Nexmo)',
      description: 'Vonage / Nexmo API secret (16 characters next to a vonage…secret or nexmo…secret name)',
      keywords: ['vonage', 'nexmo'],
      regex: keyed(nameWith(either(ci('vonage'), ci('nexmo')), ci('secret')), '[A-Za-z0-9]{16}'),
      entropy: 3,
      remediation: 'Rotate it at https://dashboard.nexmo.com/settings (API settings → secrets).',
      examples: () => ({
        match: [`VONAGE_API_SECRET=${fake(ALNUM, 16, 'vn1')}`, `nexmo_api_secret: "${fake(ALNUM, 16, 'vn2')}"`],
        noMatch: ['VONAGE_API_SECRET=VONAGE_SECRET_1', `VONAGE_API_KEY=${fake(HEX, 8, 'vn3')}`],
      }),
    },
    {
      id: 'messagebird-api-key',
      provider: 'MessageBird (Bird)',
      description: 'MessageBird access key (25 characters next to a messagebird name)',
      keywords: ['messagebird'],
      regex: keyed(credentialName(ci('messagebird')), '[A-Za-z0-9]{25}'),
      entropy: 3.5,
      remediation: 'Delete it at https://dashboard.messagebird.com/developers/access and create a new key.',
      examples: () => ({
        match: [`MESSAGEBIRD_API_KEY=${fake(ALNUM, 25, 'mb1')}`],
        noMatch: ['MESSAGEBIRD_API_KEY=<your-access-key>', `MESSAGEBIRD_API_KEY=${fake(ALNUM, 20, 'mb2')}`],
      }),
    },
    {
      id: 'pusher-app-secret',
      provider: 'Pusher',
      description: 'Pusher Channels app secret (20 hex characters next to a pusher…secret name)',
      keywords: ['pusher'],
      regex: keyed(nameWith(ci('pusher'), ci('secret')), '[0-9a-f]{20}'),
      entropy: 2.5,
      remediation: 'Rotate it at https://dashboard.pusher.com (your app → App Keys), then update the servers.',
      examples: () => ({
        match: [`PUSHER_APP_SECRET=${fake(HEX, 20, 'pu1')}`, `pusher_secret: '${fake(HEX, 20, 'pu2')}'`],
        noMatch: [`PUSHER_APP_KEY=${fake(HEX, 20, 'pu3')}`, 'PUSHER_APP_SECRET=secret'],
      }),
    },
    {
      id: 'intercom-access-token',
      provider: 'Intercom',
      description: 'Intercom access token (base64 "tok:…", dG9rO…) next to an intercom name',
      keywords: ['intercom'],
      regex: keyed(ci('intercom'), 'dG9rO[A-Za-z0-9+/_-]{40,120}={0,2}'),
      entropy: 4,
      remediation:
        'Regenerate it in the Intercom Developer Hub (https://app.intercom.com/a/apps/_/developer-hub → your app → Authentication).',
      examples: () => ({
        match: [`INTERCOM_ACCESS_TOKEN=${join('dG9r', 'O', fake(ALNUM, 54, 'ic1'), '=')}`],
        noMatch: ['INTERCOM_ACCESS_TOKEN=<access token>', `INTERCOM_APP_ID=${fake(LOWER_ALNUM, 8, 'ic2')}`],
      }),
    },
    {
      id: 'zendesk-api-token',
      provider: 'Zendesk',
      description: 'Zendesk API token (40 characters next to a zendesk name)',
      keywords: ['zendesk'],
      regex: keyed(credentialName(ci('zendesk')), '[A-Za-z0-9]{40}'),
      entropy: 3.5,
      reject: /^[0-9a-f]{40}$/,
      remediation:
        'Delete it in Zendesk Admin Center (https://<subdomain>.zendesk.com/admin/apps-integrations/apis/zendesk-api) and add a new token.',
      examples: () => ({
        match: [`ZENDESK_API_TOKEN=${fake(ALNUM, 40, 'zd1')}`],
        noMatch: [`ZENDESK_API_TOKEN=${fake(ALNUM, 30, 'zd2')}`, `zendesk_commit = "${fake(HEX, 40, 'zd3')}"`],
      }),
    },
    {
      id: 'microsoft-teams-webhook-url',
      provider: 'Microsoft Teams',
      description: 'Microsoft Teams incoming webhook URL (…webhook.office.com/webhookb2/…)',
      keywords: ['webhook.office.com', 'outlook.office.com/webhook'],
      regex: new RegExp(
        `(?<secret>https://(?:[a-z0-9-]+\\.webhook|outlook)\\.office\\.com/webhook(?:b2)?/${UUID}@${UUID}/IncomingWebhook/[0-9a-f]{32}/${UUID}(?:/[A-Za-z0-9_-]{20,80})?)(?![A-Za-z0-9_-])`,
      ),
      remediation: 'Remove the Incoming Webhook connector (or workflow) from the channel and create a new one.',
      examples: () => {
        const uuid = (s: string): string =>
          join(
            fake(HEX, 8, `${s}a`),
            '-',
            fake(HEX, 4, `${s}b`),
            '-',
            fake(HEX, 4, `${s}c`),
            '-',
            fake(HEX, 4, `${s}d`),
            '-',
            fake(HEX, 12, `${s}e`),
          );
        return {
          match: [
            `TEAMS_WEBHOOK_URL=${join('https://acme.', 'webhook.office.com/webhookb2/', uuid('t1'), '@', uuid('t2'), '/IncomingWebhook/', hex32('t3'), '/', uuid('t4'))}`,
          ],
          noMatch: [
            'TEAMS_WEBHOOK_URL=https://acme.webhook.office.com/webhookb2/<id>@<tenant>/IncomingWebhook/<key>/<owner>',
          ],
        };
      },
    },
    {
      id: 'google-chat-webhook-url',
      provider: 'Google Chat',
      description:
        'Google Chat incoming webhook URL (https://chat.googleapis.com/v1/spaces/…/messages?key=…&token=…); the secret is the token',
      keywords: ['chat.googleapis.com'],
      regex:
        /https:\/\/chat\.googleapis\.com\/v1\/spaces\/[A-Za-z0-9_-]+\/messages\?key=[A-Za-z0-9_-]+&token=(?<secret>[A-Za-z0-9_%=-]{30,})/,
      entropy: 3.5,
      remediation: 'Delete the webhook in the Google Chat space (Apps & integrations → Webhooks) and create a new one.',
      examples: () => ({
        match: [
          `GOOGLE_CHAT_WEBHOOK_URL=${join('https://chat.googleapis.com/v1/spaces/', fake(ALNUM, 11, 'gc1'), '/messages?key=', 'AI', 'za', fake(B64URL, 35, 'gc2'), '&token=', fake(B64URL, 43, 'gc3'), '%3D')}`,
        ],
        noMatch: [
          'GOOGLE_CHAT_WEBHOOK_URL=https://chat.googleapis.com/v1/spaces/SPACE_ID/messages?key=KEY&token=TOKEN',
        ],
      }),
    },
    {
      id: 'meta-access-token',
      provider: 'Meta (WhatsApp, Messenger)',
      description: 'Meta Graph API access token used by the WhatsApp Cloud API and Messenger (EAA…)',
      keywords: ['eaa'],
      regex: new RegExp(`${START}(?<secret>EAA[A-Za-z0-9]{90,400})${END}`),
      entropy: 4.2,
      remediation:
        'Invalidate it in Meta Business Settings (System users → Revoke tokens) or the app dashboard at https://developers.facebook.com/apps, then generate a new one.',
      examples: () => ({
        match: [`WHATSAPP_ACCESS_TOKEN=${join('EA', 'A', 'G', fake(ALNUM, 180, 'fb1'))}`],
        noMatch: [
          `WHATSAPP_ACCESS_TOKEN=${join('EA', 'A', 'G', 'xxx')}`,
          `data:image/png;base64,${fake(ALNUM, 40, 'fb2')}/${join('EA', 'A', fake(ALNUM, 120, 'fb3'))}+${fake(ALNUM, 8, 'fb4')}`,
        ],
      }),
    },
    {
      id: 'mattermost-webhook-url',
      provider: 'Mattermost',
      description: 'Mattermost incoming webhook URL (https://<server>/hooks/<26 characters>) next to a mattermost name',
      keywords: ['mattermost'],
      regex: new RegExp(
        `${ci('mattermost')}[A-Za-z0-9_.\\-"'\`:=, \\t\\\\\\[\\]]{0,60}?(?<secret>https?://[A-Za-z0-9.-]+(?::\\d{2,5})?/hooks/[a-z0-9]{26})(?![A-Za-z0-9])`,
      ),
      remediation: 'Delete the webhook in Mattermost (Integrations → Incoming Webhooks) and create a new one.',
      examples: () => ({
        match: [`MATTERMOST_WEBHOOK_URL=${join('https://chat.acme.io/', 'hooks/', fake(LOWER_ALNUM, 26, 'mm1'))}`],
        noMatch: [
          'MATTERMOST_WEBHOOK_URL=https://chat.acme.io/hooks/xxx-generatedkey-xxx',
          'mattermost_url = "https://chat.acme.io"',
        ],
      }),
    },
    {
      id: 'ably-api-key',
      provider: 'Ably',
      description: 'Ably API key (<app>.<key id>:<secret>) next to an ably name',
      keywords: ['ably'],
      regex: keyed(`(?<![A-Za-z])${ci('ably')}`, '[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{6}:[A-Za-z0-9_+/=-]{43}'),
      entropy: 3.5,
      remediation: 'Revoke it at https://ably.com/accounts (your app → API Keys) and create a new key.',
      examples: () => ({
        match: [
          `ABLY_API_KEY=${join(fake(ALNUM, 6, 'ab1'), '.', fake(ALNUM, 6, 'ab2'), ':', fake(B64URL, 43, 'ab3'))}`,
        ],
        noMatch: [
          'ABLY_API_KEY=xVLyHw.xxxxxx:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
          `probably ${fake(ALNUM, 6, 'ab4')}.${fake(ALNUM, 6, 'ab5')}:${fake(B64URL, 43, 'ab6')}`,
        ],
      }),
    },
    {
      id: 'sparkpost-api-key',
      provider: 'SparkPost',
      description: 'SparkPost API key (40 hex characters next to a sparkpost name)',
      keywords: ['sparkpost'],
      regex: keyed(credentialName(ci('sparkpost')), '[0-9a-f]{40}'),
      entropy: 3,
      remediation: 'Delete it at https://app.sparkpost.com/account/api-keys and create a new key.',
      examples: () => ({
        match: [`SPARKPOST_API_KEY=${fake(HEX, 40, 'sp1')}`],
        noMatch: ['SPARKPOST_API_KEY=<YOUR API KEY>', `SPARKPOST_API_KEY=${fake(HEX, 32, 'sp2')}`],
      }),
    },
    {
      id: 'mailjet-secret-key',
      provider: 'Mailjet',
      description: 'Mailjet API secret key (32 hex characters next to MJ_APIKEY_PRIVATE or a mailjet…secret name)',
      keywords: ['mailjet', ...spellings('mj', 'apikey', 'private')],
      regex: keyed(
        either(words('mj', 'apikey', 'private'), nameWith(ci('mailjet'), either(ci('secret'), ci('private')))),
        '[0-9a-f]{32}',
      ),
      entropy: 3,
      remediation: 'Regenerate the secret key at https://app.mailjet.com/account/apikeys.',
      examples: () => ({
        match: [`MJ_APIKEY_PRIVATE=${hex32('mj1')}`, `MAILJET_SECRET_KEY: "${hex32('mj2')}"`],
        noMatch: [`MJ_APIKEY_PUBLIC=${hex32('mj3')}`, 'MJ_APIKEY_PRIVATE=your_private_key'],
      }),
    },
    {
      id: 'telegram-bot-token-bare',
      provider: 'Telegram',
      description: 'Telegram bot token without a telegram name nearby (<bot id>:AA + 33 characters)',
      keywords: [':aa'],
      regex: new RegExp('(?<![A-Za-z0-9_:-])(?<secret>[0-9]{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])'),
      entropy: 3.5,
      remediation: 'Revoke it with @BotFather (/revoke), then update the bot with the new token.',
      examples: () => ({
        match: [
          `BOT_TOKEN=${join(fake(DIGITS, 10, 'tb1'), ':AA', fake(B64URL, 33, 'tb2'))}`,
          `bot = Bot("${join(fake(DIGITS, 9, 'tb3'), ':AA', fake(B64URL, 33, 'tb4'))}")`,
        ],
        noMatch: [
          `BOT_TOKEN=${join(fake(DIGITS, 10, 'tb5'), ':AB', fake(B64URL, 33, 'tb6'))}`,
          `at 12:30:AA${fake(B64URL, 33, 'tb7')}`,
        ],
      }),
    },
    {
      id: 'discord-bot-token-bare',
      provider: 'Discord',
      description:
        'Discord bot token without a discord name nearby (base64 of a bot id starting with 1, 2, 3, 6 or 7 . timestamp . HMAC)',
      keywords: DISCORD_STARTS,
      regex: new RegExp(
        `(?<![A-Za-z0-9_-])(?<secret>(?:M[Tjz]|N[jz])[AEIMQUYcgk][w-z0-5](?:${DIGIT_QUAD}){4,5}(?:[MNO](?:[AQgw]|[DTjz][AEIMQUYcgk]))?` +
          '\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,40})(?![A-Za-z0-9_-])',
      ),
      entropy: 3.5,
      remediation: DISCORD_REVOKE,
      examples: () => ({
        match: [
          `BOT_TOKEN=${join(discordId(fake(DIGITS, 18, 'db1'), '1'), '.', fake(B64URL, 6, 'db2'), '.', fake(B64URL, 38, 'db3'))}`,
          `client.run("${join(discordId(fake(DIGITS, 17, 'db4'), '7'), '.', fake(B64URL, 6, 'db5'), '.', fake(B64URL, 27, 'db6'))}")`,
        ],
        noMatch: [
          `BOT_TOKEN=${join('MT', fake(B64URL, 24, 'db7'), '.', fake(B64URL, 6, 'db8'), '.', fake(B64URL, 38, 'db9'))}`,
          `BOT_TOKEN=${join(discordId(fake(DIGITS, 18, 'db10'), '1'), '.', fake(B64URL, 4, 'db11'), '.', fake(B64URL, 38, 'db12'))}`,
        ],
      }),
    },
    {
      id: 'slack-webhook-url-other',
      provider: 'Slack',
      description:
        'Slack webhook, workflow or trigger URL in the forms the first rule leaves out (http://, /triggers/<team>/<id>/<secret>)',
      keywords: ['hooks.slack.com'],
      regex: new RegExp(
        '(?<![A-Za-z0-9])(?<secret>https?://hooks\\.slack\\.com/(?:services|workflows|triggers)/T[A-Z0-9]{8,12}/[A-Za-z0-9]{8,40}(?:/[A-Za-z0-9]{8,40}){1,2})(?![A-Za-z0-9/])',
      ),
      entropy: 3.5,
      remediation: SLACK_REVOKE,
      examples: () => ({
        match: [
          `SLACK_WEBHOOK=${join('http://hooks.', 'slack.com/services/T', fake(UPPER_ALNUM, 10, 'so1'), '/B', fake(UPPER_ALNUM, 10, 'so2'), '/', fake(ALNUM, 24, 'so3'))}`,
          `SLACK_TRIGGER=${join('https://hooks.', 'slack.com/triggers/T', fake(UPPER_ALNUM, 10, 'so4'), '/', fake(DIGITS, 13, 'so5'), '/', fake(HEX, 32, 'so6'))}`,
        ],
        noMatch: [
          'SLACK_WEBHOOK=http://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
          'see https://hooks.slack.com/triggers/ for the format',
        ],
      }),
    },
    {
      id: 'facebook-app-access-token',
      provider: 'Meta (Facebook)',
      description: 'Facebook app access token: <app id>|<app secret> (also URL-encoded as %7C)',
      keywords: ['|', '%7c'],
      regex: new RegExp('(?<![A-Za-z0-9])(?<secret>[0-9]{15,17}(?:\\||%7[Cc])[0-9a-f]{32})(?![A-Za-z0-9])'),
      entropy: 3,
      remediation:
        'Reset the app secret at https://developers.facebook.com/apps (your app → App settings → Basic → App secret → Reset); the app token changes with it.',
      examples: () => ({
        match: [
          `FB_APP_TOKEN=${join(fake(DIGITS, 15, 'fa1'), '|', hex32('fa2'))}`,
          `https://graph.facebook.com/debug_token?access_token=${join(fake(DIGITS, 16, 'fa3'), '%7C', hex32('fa4'))}`,
        ],
        noMatch: [
          `| ${fake(DIGITS, 15, 'fa5')} | ${hex32('fa6')} |`,
          `FB_APP_TOKEN=${join(fake(DIGITS, 15, 'fa7'), '|', 'app-secret')}`,
        ],
      }),
    },
    {
      id: 'plivo-auth-token',
      provider: 'Plivo',
      description: 'Plivo auth token (40 characters) next to a plivo name',
      keywords: ['plivo'],
      regex: keyed(credentialName(ci('plivo')), '[A-Za-z0-9_-]{40}'),
      entropy: 3.5,
      remediation: 'Regenerate the auth token at https://console.plivo.com/dashboard/ (Account → Auth Credentials).',
      examples: () => ({
        match: [`PLIVO_AUTH_TOKEN=${fake(ALNUM, 40, 'pv1')}`],
        noMatch: [`PLIVO_AUTH_ID=${join('MA', fake(UPPER_ALNUM, 18, 'pv2'))}`, 'PLIVO_AUTH_TOKEN=<auth token>'],
      }),
    },
    {
      id: 'webex-access-token',
      provider: 'Webex',
      description: 'Webex bot or personal access token (<64>_<4>_<org uuid>) next to a webex name',
      keywords: ['webex'],
      regex: keyed(credentialName(ci('webex')), `[A-Za-z0-9]{64}_[A-Za-z0-9]{4}_${UUID}`),
      entropy: 3.5,
      remediation:
        'Regenerate the bot token at https://developer.webex.com/my-apps (the bot → Regenerate Access Token).',
      examples: () => ({
        match: [
          `WEBEX_BOT_TOKEN=${fake(ALNUM, 64, 'wx1')}_${fake(UPPER_ALNUM, 4, 'wx2')}_${fake(HEX, 8, 'wx3')}-${fake(HEX, 4, 'wx4')}-${fake(HEX, 4, 'wx5')}-${fake(HEX, 4, 'wx6')}-${fake(HEX, 12, 'wx7')}`,
        ],
        noMatch: ['WEBEX_BOT_TOKEN=<bot access token>', `WEBEX_ROOM_ID=${fake(B64URL, 76, 'wx8')}`],
      }),
    },
    {
      id: 'ringcentral-credential',
      provider: 'RingCentral',
      description: 'RingCentral client secret (22 characters) or JWT credential next to a ringcentral name',
      keywords: spellings('ring', 'central'),
      regex: keyed(
        nameWith(words('ring', 'central'), either(ci('secret'), ci('jwt'))),
        '(?:eyJ[A-Za-z0-9_-]{10,500}\\.eyJ[A-Za-z0-9_-]{10,2000}\\.[A-Za-z0-9_-]{20,600}|[A-Za-z0-9_-]{22})',
      ),
      entropy: 3.5,
      remediation:
        'Rotate the client secret or revoke the JWT credential at https://developers.ringcentral.com/console.',
      examples: () => ({
        match: [
          `RINGCENTRAL_CLIENT_SECRET=${fake(B64URL, 22, 'rc1')}`,
          `RINGCENTRAL_JWT=${join('ey', 'J', fake(B64URL, 30, 'rc2'), '.', 'ey', 'J', fake(B64URL, 120, 'rc3'), '.', fake(B64URL, 43, 'rc4'))}`,
        ],
        noMatch: [`RINGCENTRAL_CLIENT_ID=${fake(B64URL, 22, 'rc5')}`, 'RINGCENTRAL_CLIENT_SECRET=<client secret>'],
      }),
    },
    {
      id: 'telnyx-api-key',
      provider: 'Telnyx',
      description: 'Telnyx API v2 key (KEY…_…) next to a telnyx name',
      keywords: ['telnyx'],
      regex: keyed(credentialName(ci('telnyx')), 'KEY[0-9A-Za-z]{30,40}_[A-Za-z0-9]{20,30}'),
      entropy: 3.5,
      remediation: 'Delete the key at https://portal.telnyx.com/#/app/api-keys and create a new one.',
      examples: () => ({
        match: [`TELNYX_API_KEY=${join('KEY', fake(HEX, 32, 'tx1').toUpperCase(), '_', fake(ALNUM, 22, 'tx2'))}`],
        noMatch: [
          'TELNYX_API_KEY=KEYXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX_XXXXXXXXXXXXXXXXXXXXXX',
          `TELNYX_PUBLIC_KEY=${fake(B64URL, 44, 'tx3')}`,
        ],
      }),
    },
    {
      id: 'sendbird-api-token',
      provider: 'Sendbird',
      description: 'Sendbird master or secondary API token (40 hex) next to a sendbird name',
      keywords: ['sendbird'],
      regex: keyed(credentialName(ci('sendbird')), '[a-f0-9]{40}'),
      entropy: 3,
      remediation:
        'Revoke the secondary token or rotate the master token in the Sendbird dashboard (Settings → Application → General).',
      examples: () => ({
        match: [`SENDBIRD_API_TOKEN=${fake(HEX, 40, 'sbd1')}`],
        noMatch: [
          `SENDBIRD_APP_ID=${fake(UPPER_ALNUM, 8, 'sbd2')}-${fake(UPPER_ALNUM, 4, 'sbd3')}`,
          'SENDBIRD_API_TOKEN=<api token>',
        ],
      }),
    },
    {
      id: 'stream-api-secret',
      provider: 'Stream (getstream.io)',
      description: 'Stream Chat / Feeds API secret (64 characters) next to a stream secret name',
      keywords: ['getstream', ...spellings('stream', 'secret'), ...spellings('stream', 'api')],
      regex: keyed(
        either(
          nameWith(ci('getstream'), ci('secret')),
          `(?<![A-Za-z])${words('stream')}[_.-]?(?:${words('api')}[_.-]?)?${ci('secret')}`,
        ),
        '[a-z0-9]{64}',
      ),
      entropy: 3.5,
      remediation:
        'Revoke the secret of the app in the Stream dashboard (https://dashboard.getstream.io → the app → API keys) and add a new key.',
      examples: () => ({
        match: [`STREAM_API_SECRET=${fake(LOWER_ALNUM, 64, 'st1')}`],
        noMatch: [`STREAM_API_KEY=${fake(LOWER_ALNUM, 12, 'st2')}`, `UPSTREAM_SECRET=${fake(LOWER_ALNUM, 64, 'st3')}`],
      }),
    },
    {
      id: 'pushover-token',
      provider: 'Pushover',
      description: 'Pushover application API token or user key (30 characters) next to a pushover name',
      keywords: ['pushover'],
      regex: keyed(either(credentialName(ci('pushover')), nameWith(ci('pushover'), ci('user'))), '[A-Za-z0-9]{30}'),
      entropy: 3.5,
      remediation:
        'Reset the application token at https://pushover.net/apps (or the user key in your account settings).',
      examples: () => ({
        match: [`PUSHOVER_API_TOKEN=${fake(ALNUM, 30, 'po1')}`, `pushover_user_key: ${fake(ALNUM, 30, 'po2')}`],
        noMatch: ['PUSHOVER_API_TOKEN=<app token>', `PUSHOVER_DEVICE=${fake(LOWER_ALNUM, 12, 'po3')}`],
      }),
    },
    {
      id: 'mailersend-api-token',
      provider: 'MailerSend',
      description: 'MailerSend API token (mlsn.)',
      keywords: ['mlsn.'],
      regex: prefixed('mlsn.', '[A-Za-z0-9]{60,80}'),
      entropy: 3.5,
      remediation: 'Delete the token at https://app.mailersend.com/api-tokens and create a new one.',
      examples: () => ({
        match: [`MAILERSEND_API_KEY=${join('mls', 'n.', fake(HEX, 64, 'ms1'))}`],
        noMatch: [`MAILERSEND_API_KEY=${join('mls', 'n.', 'your_api_token')}`],
      }),
    },
    {
      id: 'mailtrap-api-token',
      provider: 'Mailtrap',
      description: 'Mailtrap API token (32 hex) next to a mailtrap name',
      keywords: ['mailtrap'],
      regex: keyed(either(credentialName(ci('mailtrap')), nameWith(ci('mailtrap'), ci('pass'))), '[a-f0-9]{32}'),
      entropy: 3,
      remediation:
        'Reset the token at https://mailtrap.io/api-tokens (or the inbox SMTP credentials) and update the senders.',
      examples: () => ({
        match: [`MAILTRAP_API_TOKEN=${hex32('mt1')}`],
        noMatch: [`MAILTRAP_INBOX_ID=${fake(DIGITS, 7, 'mt2')}`, 'MAILTRAP_API_TOKEN=<api token>'],
      }),
    },
    {
      id: 'mailerlite-api-token',
      provider: 'MailerLite',
      description: 'MailerLite API token (a JWT, or 32 hex for the classic API) next to a mailerlite name',
      keywords: ['mailerlite'],
      regex: keyed(
        credentialName(ci('mailerlite')),
        '(?:eyJ[A-Za-z0-9_-]{10,500}\\.eyJ[A-Za-z0-9_-]{10,2000}\\.[A-Za-z0-9_-]{20,600}|[a-f0-9]{32})',
      ),
      entropy: 3,
      remediation: 'Delete the token in MailerLite (Integrations → MailerLite API) and generate a new one.',
      examples: () => ({
        match: [
          `MAILERLITE_API_KEY=${join('ey', 'J', fake(B64URL, 30, 'ml1'), '.', 'ey', 'J', fake(B64URL, 200, 'ml2'), '.', fake(B64URL, 342, 'ml3'))}`,
          `mailerlite_api_key: ${hex32('ml4')}`,
        ],
        noMatch: ['MAILERLITE_API_KEY=<api token>', `MAILERLITE_GROUP_ID=${fake(DIGITS, 18, 'ml5')}`],
      }),
    },
    {
      id: 'gitter-token',
      provider: 'Gitter',
      description: 'Gitter personal access token (40 hex) next to a gitter name',
      keywords: ['gitter'],
      regex: keyed(credentialName(ci('gitter')), '[a-f0-9]{40}'),
      entropy: 3,
      remediation:
        'Gitter now runs on Matrix: sign out the session or revoke the token at https://developer.gitter.im/apps.',
      examples: () => ({
        match: [`GITTER_TOKEN=${fake(HEX, 40, 'gt1')}`],
        noMatch: [`GITTER_ROOM_ID=${fake(HEX, 24, 'gt2')}`, 'GITTER_TOKEN=<token>'],
      }),
    },
    {
      id: 'zoom-client-secret',
      provider: 'Zoom',
      description: 'Zoom app client secret or secret token (32 characters) next to a zoom secret name',
      keywords: ['zoom'],
      regex: keyed(
        nameWith(`(?<![A-Za-z])${ci('zoom')}`, either(ci('secret'), words('verification', 'token'))),
        '[A-Za-z0-9]{32}',
      ),
      entropy: 3.5,
      remediation:
        'Regenerate the client secret in the Zoom App Marketplace (https://marketplace.zoom.us → Manage → the app → App credentials).',
      examples: () => ({
        match: [`ZOOM_CLIENT_SECRET=${fake(ALNUM, 32, 'zm1')}`],
        noMatch: [`ZOOM_CLIENT_ID=${fake(ALNUM, 22, 'zm2')}`, 'ZOOM_CLIENT_SECRET=<client secret>'],
      }),
    },
    {
      id: 'agora-app-certificate',
      provider: 'Agora',
      description: 'Agora App Certificate or customer secret (32 hex) next to an agora name',
      keywords: ['agora'],
      regex: keyed(nameWith(`(?<![A-Za-z])${ci('agora')}`, either(ci('certificate'), ci('secret'))), '[a-f0-9]{32}'),
      entropy: 3,
      remediation:
        'Enable a secondary certificate and retire the leaked one in the Agora console (https://console.agora.io → project → Security).',
      examples: () => ({
        match: [`AGORA_APP_CERTIFICATE=${hex32('ag1')}`],
        noMatch: [`AGORA_APP_ID=${hex32('ag2')}`, 'AGORA_APP_CERTIFICATE=<certificate>'],
      }),
    },
    {
      id: 'line-channel-secret',
      provider: 'LINE',
      description: 'LINE Messaging API channel secret (32 hex) next to a line channel secret name',
      keywords: spellings('line', 'channel'),
      regex: keyed(nameWith(words('line', 'channel'), ci('secret')), '[a-f0-9]{32}'),
      entropy: 3,
      remediation:
        'Issue a new channel secret in the LINE Developers Console (https://developers.line.biz/console → channel → Basic settings).',
      examples: () => ({
        match: [`LINE_CHANNEL_SECRET=${hex32('ln1')}`],
        noMatch: [`LINE_CHANNEL_ID=${fake(DIGITS, 10, 'ln2')}`, 'LINE_CHANNEL_SECRET=<channel secret>'],
      }),
    },
    {
      id: 'line-channel-access-token',
      provider: 'LINE',
      description:
        'LINE Messaging API long-lived channel access token (base64, ~172 characters) next to a line channel name',
      keywords: spellings('line', 'channel'),
      regex: keyed(
        nameWith(words('line', 'channel'), ci('token')),
        '[A-Za-z0-9+/]{150,200}={0,2}',
        '(?![A-Za-z0-9+/=])',
      ),
      entropy: 4.5,
      remediation:
        'Reissue the channel access token in the LINE Developers Console (channel → Messaging API) to invalidate the old one.',
      examples: () => ({
        match: [`LINE_CHANNEL_ACCESS_TOKEN=${fake(ALNUM + '+/', 171, 'ln3')}=`],
        noMatch: [
          'LINE_CHANNEL_ACCESS_TOKEN=<channel access token>',
          `LINE_CHANNEL_ACCESS_TOKEN=${fake(ALNUM, 43, 'ln4')}`,
        ],
      }),
    },
    {
      id: 'nylas-api-key',
      provider: 'Nylas',
      description: 'Nylas API key (nyk_…, or a v2 client secret) next to a nylas name',
      keywords: ['nylas'],
      regex: keyed(credentialName(ci('nylas')), '(?:nyk_v0_[A-Za-z0-9_-]{30,80}|[A-Za-z0-9]{30})'),
      entropy: 3.5,
      remediation:
        'Delete the API key in the Nylas dashboard (https://dashboard-v3.nylas.com → API keys) and create a new one.',
      examples: () => ({
        match: [`NYLAS_API_KEY=${join('nyk', '_v0_', fake(ALNUM, 50, 'ny1'))}`],
        noMatch: [`NYLAS_GRANT_ID=${fake(HEX, 8, 'ny2')}`, 'NYLAS_API_KEY=<api key>'],
      }),
    },
    {
      id: 'discourse-api-key',
      provider: 'Discourse',
      description: 'Discourse forum API key (64 hex) next to a discourse name',
      keywords: ['discourse'],
      regex: keyed(credentialName(ci('discourse')), '[a-f0-9]{64}'),
      entropy: 3,
      remediation: 'Revoke the key in the forum admin (https://<forum>/admin/api/keys) and create a new one.',
      examples: () => ({
        match: [`DISCOURSE_API_KEY=${fake(HEX, 64, 'dc1')}`],
        noMatch: ['DISCOURSE_API_KEY=<api key>', `DISCOURSE_API_USERNAME=${fake(LOWER_ALNUM, 8, 'dc2')}`],
      }),
    },
    {
      id: 'infobip-api-key',
      provider: 'Infobip',
      description: 'Infobip API key (<32 hex>-<uuid>) next to an infobip name',
      keywords: ['infobip'],
      regex: keyed(credentialName(ci('infobip')), `[a-f0-9]{32}-${UUID}`),
      entropy: 3,
      remediation: 'Revoke the key at https://portal.infobip.com/dev/api-keys and create a new one.',
      examples: () => ({
        match: [
          `INFOBIP_API_KEY=${hex32('ib1')}-${fake(HEX, 8, 'ib2')}-${fake(HEX, 4, 'ib3')}-${fake(HEX, 4, 'ib4')}-${fake(HEX, 4, 'ib5')}-${fake(HEX, 12, 'ib6')}`,
        ],
        noMatch: [
          'INFOBIP_API_KEY=<api key>',
          `INFOBIP_BASE_URL=https://${fake(LOWER_ALNUM, 6, 'ib7')}.api.infobip.com`,
        ],
      }),
    },
    {
      id: 'courier-auth-token',
      provider: 'Courier',
      description: 'Courier production auth token (pk_prod_) next to a courier name',
      keywords: ['courier'],
      regex: keyed(credentialName(ci('courier')), 'pk_prod_[A-Za-z0-9]{20,40}'),
      entropy: 3.5,
      remediation: 'Rotate the API key in Courier (Settings → API keys).',
      examples: () => ({
        match: [`COURIER_AUTH_TOKEN=${join('pk_', 'prod_', fake(UPPER_ALNUM, 28, 'co1'))}`],
        noMatch: [
          `COURIER_AUTH_TOKEN=${join('pk_', 'test_', fake(UPPER_ALNUM, 28, 'co2'))}`,
          'COURIER_AUTH_TOKEN=<token>',
        ],
      }),
    },
    {
      id: 'novu-api-key',
      provider: 'Novu',
      description: 'Novu secret API key (32 hex) next to a novu name',
      keywords: ['novu'],
      regex: keyed(credentialName(`(?<![A-Za-z])${ci('novu')}`), '[a-f0-9]{32}'),
      entropy: 3,
      remediation: 'Regenerate the secret key in the Novu dashboard (Settings → API keys).',
      examples: () => ({
        match: [`NOVU_SECRET_KEY=${hex32('nv1')}`],
        noMatch: [`NOVU_APP_ID=${fake(ALNUM, 12, 'nv2')}`, 'NOVU_SECRET_KEY=<secret key>'],
      }),
    },
    {
      id: 'smtp2go-api-key',
      provider: 'SMTP2GO',
      description: 'SMTP2GO API key (api-<32 hex>) next to an smtp2go name',
      keywords: ['smtp2go'],
      regex: keyed(credentialName(ci('smtp2go')), 'api-[A-F0-9]{32}'),
      entropy: 3,
      remediation: 'Delete the key in SMTP2GO (Sending → API Keys) and create a new one.',
      examples: () => ({
        match: [`SMTP2GO_API_KEY=${join('api', '-', hex32('sg1').toUpperCase())}`],
        noMatch: ['SMTP2GO_API_KEY=api-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'SMTP2GO_API_KEY=<api key>'],
      }),
    },
  ],
};
