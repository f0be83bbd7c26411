import type { RuleFamily } from './types.js';

export const observability: RuleFamily = {
  family: 'observability',
  rules: [],
};
