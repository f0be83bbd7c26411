import type { Family, Rule } from '../rules/types.js';

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
  /** For each rule: what must follow its keyword (see Detector.follows). */
  follows: ([string, number] | null)[];
  requireAssignment: boolean[];
  /** For each rule: the run its secret begins with (see Detector.secretRuns). */
  secretRuns: ([string, number] | null)[];
}

/**
 * A built-in rule as plain data, written at build time: everything a scan needs except the offline check, which is
 * code. The hook builds a rule from its record when the rule's keyword occurs, and loads the rule's family only for
 * a rule with a check (`validate`); so a typical commit runs none of the rule modules.
 */
export interface RuleRecord {
  id: string;
  provider: string;
  description: string;
  remediation: string;
  /** The regex's source and its `i`/`s` flags; for a name-keyed rule, its value pattern's. */
  source: string;
  flags: string;
  /** A name-keyed rule (Rule.regex is an `Assigned`): its name pattern, and its line pattern `also` if any. */
  name?: { source: string; flags: string };
  also?: { source: string; flags: string };
  entropy?: number;
  reject?: { source: string; flags: string };
  span?: number;
  requireAssignment?: true;
  generic?: true;
  /** The rule has a `validate` function: build it from its family module, not from the record. */
  validate?: true;
}

/** The flags of a rule's regex the engine honours (it adds `g` itself). */
export function ruleFlags(regex: RegExp): string {
  return regex.flags.replace(/[^is]/g, '');
}

const sourceOf = (regex: RegExp): { source: string; flags: string } => ({
  source: regex.source,
  flags: ruleFlags(regex),
});

export function recordOf(rule: Rule): RuleRecord {
  const { regex } = rule;
  return {
    id: rule.id,
    provider: rule.provider,
    description: rule.description,
    remediation: rule.remediation,
    ...(regex instanceof RegExp
      ? sourceOf(regex)
      : {
          ...sourceOf(regex.value),
          name: sourceOf(regex.name),
          ...(regex.also !== undefined && { also: sourceOf(regex.also) }),
        }),
    ...(rule.entropy !== undefined && { entropy: rule.entropy }),
    ...(rule.reject !== undefined && { reject: { source: rule.reject.source, flags: rule.reject.flags } }),
    ...(rule.span !== undefined && { span: rule.span }),
    ...(rule.requireAssignment === true && { requireAssignment: true }),
    ...(rule.generic === true && { generic: true }),
    ...(rule.validate !== undefined && { validate: true }),
  };
}
