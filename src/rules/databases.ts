import type { RuleFamily } from './types.js';

export const databases: RuleFamily = {
  family: 'databases',
  rules: [],
};
