import type { Family, Rule } from './types.js';

/**
 * Each family's rules, loaded on demand: the hook builds most rules from the catalog's records and needs a family's
 * module only for a rule with an offline check. (The bundler turns these imports into lazy initialisers.)
 */
export const familyLoaders: Record<Family, () => Promise<Rule[]>> = {
  ai: async () => (await import('./ai.js')).ai.rules,
  cloud: async () => (await import('./cloud.js')).cloud.rules,
  'source-hosting': async () => (await import('./source-hosting.js')).sourceHosting.rules,
  payments: async () => (await import('./payments.js')).payments.rules,
  messaging: async () => (await import('./messaging.js')).messaging.rules,
  business: async () => (await import('./business.js')).business.rules,
  web3: async () => (await import('./web3.js')).web3.rules,
  observability: async () => (await import('./observability.js')).observability.rules,
  databases: async () => (await import('./databases.js')).databases.rules,
  devtools: async () => (await import('./devtools.js')).devtools.rules,
  'private-keys': async () => (await import('./private-keys.js')).privateKeys.rules,
  tokens: async () => (await import('./tokens.js')).tokens.rules,
  urls: async () => (await import('./urls.js')).urls.rules,
  'http-auth': async () => (await import('./http-auth.js')).httpAuth.rules,
  generic: async () => (await import('./generic.js')).generic.rules,
};
