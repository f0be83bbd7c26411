/**
 * The rule modules as one unit, which the build bundles on its own (dist/rules.cjs). The hook's bundle builds its
 * rules from build-time records and requires this only for a rule with an offline check, for a path scan (every
 * rule) and for `keyguard rules`: the code of 280-odd rules and their examples stays out of every commit's start-up.
 */
export { builtinRules, families } from './index.js';
export { familyLoaders } from './lazy.js';
