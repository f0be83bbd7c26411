import type { Family } from '../rules/types.js';

/**
 * What the hook needs to know about the built-in catalog before building any rule: the keywords, which rules each
 * keyword runs, and where each family's rules sit. Computed at build time (scripts/build.mjs) from the rules.
 */
export interface CatalogIndex {
  /** The automaton's keywords, joined by newlines (as the prebuilt trie records them). */
  keywords: string;
  families: Family[];
  /** Number of rules of each family, in `families` order; rule indexes run through the families in that order. */
  counts: number[];
  ids: string[];
  /** For each keyword: the indexes of the rules it runs. */
  rulesByKeyword: number[][];
  /** For each rule: its keywords start its secret (see Detector.startsToken). */
  startsToken: boolean[];
}
