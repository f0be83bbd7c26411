import { builtinRules, families } from '../rules/index.js';
import { encodeCatalog } from './catalog-file.js';
import { recordOf, type CatalogIndex } from './catalog-index.js';
import { compileDetector, keywordsOf } from './compile.js';
import { buildTrie } from './keyword-automaton.js';

/** For the build: the built-in catalog's index. */
export function builtinCatalogIndex(): CatalogIndex {
  const keywords = keywordsOf(builtinRules);
  const { rulesByKeyword, startsToken, follows, requireAssignment, secretRuns } = compileDetector(
    builtinRules,
    keywords,
  );
  return {
    keywords: keywords.join('\n'),
    families: families.map((f) => f.family),
    counts: families.map((f) => f.rules.length),
    ids: builtinRules.map((r) => r.id),
    rulesByKeyword,
    startsToken,
    follows,
    requireAssignment,
    secretRuns,
  };
}

/** For the build: the catalog file the CLI reads (see catalog-file.ts): index, keyword trie and rule records. */
export function builtinCatalogBytes(): Buffer {
  const index = builtinCatalogIndex();
  return encodeCatalog(index, buildTrie(index.keywords.split('\n')), builtinRules.map(recordOf));
}
