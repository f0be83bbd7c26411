import type { Config } from '../config/types.js';
import { builtinCatalogFile } from './catalog-file.js';
import { builtinAutomaton, compileRecord, compileRule, type CompiledRule, type Detector } from './compile.js';

/** A detector whose rules are built only when a scan's keyword hits ask for them. */
export interface LazyDetector {
  detector: Detector;
  /** Build the rules with these indexes before their matches are computed. */
  prepare(ruleIndexes: Set<number>): Promise<void>;
}

/**
 * The hook's detector. With the built-in catalog only (the common case), each rule is built from its build-time
 * record when a keyword asks for it; only a rule with an offline check loads its family's module. With custom
 * rules, or when running from source, every rule is built up front.
 */
export async function lazyDetector(config: Config): Promise<LazyDetector> {
  const catalog = config.rules.length > 0 ? null : builtinCatalogFile();
  if (catalog === null) {
    const { detectorFor } = await import('./detector.js');
    return { detector: detectorFor(config), prepare: async () => {} };
  }
  const { index } = catalog;
  const disabled = new Set(config.disableRules);
  const rules: CompiledRule[] = [];
  const detector: Detector = {
    rules,
    automaton: builtinAutomaton(index.keywords),
    rulesByKeyword:
      disabled.size === 0
        ? index.rulesByKeyword
        : index.rulesByKeyword.map((list) => list.filter((i) => !disabled.has(index.ids[i]!))),
    startsToken: index.startsToken,
    follows: index.follows,
    requireAssignment: index.requireAssignment,
    secretRuns: index.secretRuns,
  };
  const starts: number[] = [];
  index.counts.reduce((start, count) => (starts.push(start), start + count), 0);
  const familyOf = (ruleIndex: number): number => {
    let f = 0;
    while (f + 1 < starts.length && starts[f + 1]! <= ruleIndex) f++;
    return f;
  };
  const prepare = async (ruleIndexes: Set<number>): Promise<void> => {
    for (const i of ruleIndexes) {
      if (rules[i] !== undefined) continue;
      const record = catalog.record(i);
      if (!record.validate) {
        rules[i] = compileRecord(record);
        continue;
      }
      const f = familyOf(i);
      const { familyLoaders } = await import('../rules/lazy.js');
      const family = await familyLoaders[index.families[f]!]();
      const rule = family[i - starts[f]!];
      if (rule?.id !== record.id) throw new Error(`built-in catalog out of date at ${record.id}`);
      rules[i] = compileRule(rule);
    }
  };
  return { detector, prepare };
}
