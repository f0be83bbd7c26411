export { run } from './cli/run.js';
export type { IO } from './io.js';
export { scanStaged } from './commands/scan-staged.js';
export { scanPaths } from './commands/scan-paths.js';
export { builtinRules, families } from './rules/index.js';
export type { Rule, RuleFamily } from './rules/index.js';
export { formatRulesMarkdown, listRules } from './report/rules.js';
export type { Finding, SecretFinding, FileFinding, Report } from './report/types.js';
export { EXIT } from './errors.js';

/** For the build: the built-in catalog file (see src/detect/catalog-file.ts). */
export { builtinCatalogBytes, builtinCatalogIndex } from './detect/builtin-catalog.js';
