import type { Config } from '../config/types.js';
import { familyLoaders } from '../rules/lazy.js';
import type { CatalogIndex } from './catalog-index.js';
import { builtinAutomaton, compileRule, type CompiledRule, type Detector } from './compile.js';

/** The built-in catalog's index, embedded by the build; undefined when running from source. */
declare const __BUILTIN_CATALOG__: string | undefined;

/** A detector whose rules are built only when a scan's keyword hits ask for them. */
export interface LazyDetector {
  detector: Detector;
  /** Build the rules with these indexes (and the rest of their families) before their matches are computed. */
  prepare(ruleIndexes: Set<number>): Promise<void>;
}

/**
 * The hook's detector. With the built-in catalog only (the common case), rules are built per family on demand;
 * with custom rules, or when running from source, every rule is built up front.
 */
export async function lazyDetector(config: Config): Promise<LazyDetector> {
  if (typeof __BUILTIN_CATALOG__ !== 'string' || config.rules.length > 0) {
    const { detectorFor } = await import('./detector.js');
    return { detector: detectorFor(config), prepare: async () => {} };
  }
  const index = JSON.parse(__BUILTIN_CATALOG__) as CatalogIndex;
  const disabled = new Set(config.disableRules);
  const rules: CompiledRule[] = [];
  const detector: Detector = {
    rules,
    automaton: builtinAutomaton(index.keywords),
    rulesByKeyword: index.rulesByKeyword.map((list) => list.filter((i) => !disabled.has(index.ids[i]!))),
    startsToken: index.startsToken,
  };
  const starts: number[] = [];
  index.counts.reduce((start, count) => (starts.push(start), start + count), 0);
  const familyOf = (ruleIndex: number): number => {
    let f = 0;
    while (f + 1 < starts.length && starts[f + 1]! <= ruleIndex) f++;
    return f;
  };
  const loaded = new Set<number>();
  const prepare = async (ruleIndexes: Set<number>): Promise<void> => {
    const wanted = new Set([...ruleIndexes].map(familyOf));
    for (const f of wanted) {
      if (loaded.has(f)) continue;
      const family = await familyLoaders[index.families[f]!]();
      family.forEach((rule, j) => {
        if (rule.id !== index.ids[starts[f]! + j]) throw new Error(`built-in catalog out of date at ${rule.id}`);
        rules[starts[f]! + j] = compileRule(rule);
      });
      loaded.add(f);
    }
  };
  return { detector, prepare };
}
