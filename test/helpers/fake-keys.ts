import { withChecksum } from '../../src/rules/checksum.js';
import { ALNUM, B64, B64URL, DIGITS, HEX, UPPER, fake, join } from '../../src/rules/fake.js';

/**
 * Fake keys for tests, assembled at run time (never real, never literal in the repository).
 * Each call with a different seed gives a different key.
 */
export const fakeKeys = {
  openaiProject: (seed = 'p') => join('sk-', 'proj-', fake(B64URL, 156, `t-op-${seed}`)),
  openaiLegacy: (seed = 'l') =>
    join('sk-', fake(ALNUM, 20, `t-ol1-${seed}`), 'T3Blbk', 'FJ', fake(ALNUM, 20, `t-ol2-${seed}`)),
  anthropic: (seed = 'a') => join('sk-ant-', 'api03-', fake(B64URL, 93, `t-an-${seed}`), 'AA'),
  google: (seed = 'g') => join('AI', 'za', fake(B64URL, 35, `t-g-${seed}`)),
  awsAccessKeyId: (seed = 'k') => join('AK', 'IA', fake(UPPER + '234567', 16, `t-ak-${seed}`)),
  awsSecret: (seed = 's') => fake(B64, 40, `t-as-${seed}`),
  /** A classic GitHub token with a valid checksum (a wrong one is only a low-confidence finding). */
  github: (seed = 'h') => withChecksum(join('gh', 'p_'), `t-gh-${seed}`),
  stripe: (seed = 'st') => join('sk_', 'live_', fake(ALNUM, 99, `t-st-${seed}`)),
  slackBot: (seed = 'sl') =>
    join(
      'xo',
      'xb-',
      fake(DIGITS, 12, `t-sl1-${seed}`),
      '-',
      fake(DIGITS, 13, `t-sl2-${seed}`),
      '-',
      fake(ALNUM, 24, `t-sl3-${seed}`),
    ),
  hex: (n: number, seed = 'x') => fake(HEX, n, `t-hex-${seed}`),
};
