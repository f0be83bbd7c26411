import { builtinRules, families } from '../rules/index.js';
import { recordOf, type CatalogIndex } from './catalog-index.js';
import { compileDetector, keywordsOf } from './compile.js';
import { buildTrie } from './keyword-automaton.js';
import { encodeTrie } from './trie-codec.js';

/** For the build: the built-in catalog's index, which the CLI embeds (see lazy-detector.ts). */
export function builtinCatalog(): string {
  const keywords = keywordsOf(builtinRules);
  const index: CatalogIndex = {
    keywords: keywords.join('\n'),
    families: families.map((f) => f.family),
    counts: families.map((f) => f.rules.length),
    ids: builtinRules.map((r) => r.id),
    ...(({ rulesByKeyword, startsToken, follows, requireAssignment }) => ({ rulesByKeyword, startsToken, follows, requireAssignment }))(
      compileDetector(builtinRules, keywords),
    ),
  };
  return JSON.stringify(index);
}

/** For the build: the encoded keyword trie of the built-in catalog, which the CLI embeds (see compile.ts). */
export function builtinTrie(): string {
  return encodeTrie(buildTrie(keywordsOf(builtinRules)));
}

/** For the build: each built-in rule as a JSON record (see RuleRecord), which the CLI embeds. */
export function builtinRuleRecords(): string[] {
  return builtinRules.map((rule) => JSON.stringify(recordOf(rule)));
}
