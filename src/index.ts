export { run } from './cli/run.js';
export type { IO } from './cli/io.js';
export { scanStaged } from './scan/staged.js';
export { scanPaths } from './scan/paths.js';
export { builtinRules, families } from './rules/index.js';
export type { Rule, RuleFamily } from './rules/index.js';
export type { Finding, SecretFinding, FileFinding, Report } from './report/types.js';
export { EXIT } from './errors.js';

/** For the build: the built-in catalog's keyword trie, encoded (see src/detect/trie-codec.ts). */
export { builtinCatalog, builtinRuleRecords, builtinTrie } from './detect/builtin-catalog.js';
