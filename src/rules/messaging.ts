import { ALNUM, DIGITS, HEX, UPPER_ALNUM, fake, join } from './fake.js';
import { prefixed } from './shape.js';
import type { RuleFamily } from './types.js';

const SLACK_REVOKE = 'Revoke it at https://api.slack.com/apps (OAuth & Permissions, or Incoming Webhooks) and reissue.';

export const messaging: RuleFamily = {
  family: 'messaging',
  rules: [
    {
      id: 'slack-token',
      provider: 'Slack',
      description: 'Slack bot, user, app or configuration token (xoxb-, xoxp-, xoxa-, xoxe-, xapp-)',
      keywords: ['xoxb-', 'xoxp-', 'xoxa-', 'xoxe', 'xoxr-', 'xoxs-', 'xapp-'],
      regex: prefixed('', '(?:xox[bpars]-(?:[0-9]{6,15}-){1,3}[A-Za-z0-9]{20,64}|xoxe(?:\\.xox[bp])?-\\d-[A-Za-z0-9]{100,200}|xapp-\\d-[A-Z0-9]{8,12}-\\d{10,15}-[a-f0-9]{64})'),
      entropy: 3,
      remediation: SLACK_REVOKE,
      examples: () => ({
        match: [
          `SLACK_BOT_TOKEN=${join('xo', 'xb-', fake(DIGITS, 12, 'sl1'), '-', fake(DIGITS, 13, 'sl2'), '-', fake(ALNUM, 24, 'sl3'))}`,
          `token = "${join('xo', 'xp-', fake(DIGITS, 12, 'sl4'), '-', fake(DIGITS, 12, 'sl5'), '-', fake(DIGITS, 13, 'sl6'), '-', fake(HEX, 32, 'sl7'))}"`,
          `SLACK_APP_TOKEN=${join('xa', 'pp-1-', fake(UPPER_ALNUM, 11, 'sl8'), '-', fake(DIGITS, 13, 'sl9'), '-', fake(HEX, 64, 'sl10'))}`,
        ],
        noMatch: [`SLACK_BOT_TOKEN=${join('xo', 'xb-', 'your-bot-token')}`, `SLACK_BOT_TOKEN=${join('xo', 'xb-', '000000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx')}`],
      }),
    },
    {
      id: 'slack-webhook-url',
      provider: 'Slack',
      description: 'Slack incoming webhook or workflow URL',
      keywords: ['hooks.slack.com'],
      regex: new RegExp(
        '(?<secret>https://hooks\\.slack\\.com/(?:services/T[A-Z0-9]{8,12}/B[A-Z0-9]{8,12}/[A-Za-z0-9]{23,25}|(?:workflows|triggers)/T[A-Z0-9]{8,12}/A[A-Z0-9]{8,12}/\\d{10,20}/[A-Za-z0-9]{23,34}))(?![A-Za-z0-9])',
      ),
      remediation: SLACK_REVOKE,
      examples: () => ({
        match: [
          `SLACK_WEBHOOK=${join('https://hooks.', 'slack.com/services/T', fake(UPPER_ALNUM, 8, 'sw1'), '/B', fake(UPPER_ALNUM, 10, 'sw2'), '/', fake(ALNUM, 24, 'sw3'))}`,
        ],
        noMatch: ['SLACK_WEBHOOK=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'],
      }),
    },
  ],
};
