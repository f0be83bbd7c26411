import { ai } from './ai.js';
import { business } from './business.js';
import { cloud } from './cloud.js';
import { databases } from './databases.js';
import { devtools } from './devtools.js';
import { generic } from './generic.js';
import { httpAuth } from './http-auth.js';
import { messaging } from './messaging.js';
import { observability } from './observability.js';
import { payments } from './payments.js';
import { privateKeys } from './private-keys.js';
import { sourceHosting } from './source-hosting.js';
import { tokens } from './tokens.js';
import { urls } from './urls.js';
import { web3 } from './web3.js';
import type { Rule, RuleFamily } from './types.js';

/** Every family, most specific first; the generic family comes last. */
export const families: RuleFamily[] = [
  ai,
  cloud,
  sourceHosting,
  payments,
  messaging,
  business,
  web3,
  observability,
  databases,
  devtools,
  privateKeys,
  tokens,
  urls,
  httpAuth,
  generic,
];

/** All built-in rules, in report order. */
export const builtinRules: Rule[] = families.flatMap((f) => f.rules);

export type { Rule, RuleFamily } from './types.js';
