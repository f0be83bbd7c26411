import type { RuleFamily } from './types.js';

export const tokens: RuleFamily = {
  family: 'tokens',
  rules: [],
};
