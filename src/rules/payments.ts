import { ALNUM, fake, join } from './fake.js';
import { prefixed } from './shape.js';
import type { RuleFamily } from './types.js';

export const payments: RuleFamily = {
  family: 'payments',
  rules: [
    {
      id: 'stripe-live-secret-key',
      provider: 'Stripe',
      description: 'Stripe live secret or restricted key (sk_live_, rk_live_)',
      keywords: ['sk_live_', 'rk_live_'],
      regex: prefixed('', '[sr]k_live_[A-Za-z0-9]{24,247}'),
      entropy: 3.5,
      remediation: 'Roll it at https://dashboard.stripe.com/apikeys.',
      examples: () => ({
        match: [
          `STRIPE_SECRET_KEY=${join('sk_', 'live_', fake(ALNUM, 99, 'st1'))}`,
          `stripe.api_key = "${join('rk_', 'live_', fake(ALNUM, 24, 'st2'))}"`,
        ],
        noMatch: [
          `STRIPE_SECRET_KEY=${join('sk_', 'test_', fake(ALNUM, 99, 'st3'))}`,
          `STRIPE_SECRET_KEY=${join('sk_', 'live_', 'your_stripe_secret_key_here')}`,
        ],
      }),
    },
  ],
};
