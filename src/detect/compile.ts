import type { Rule } from '../rules/types.js';
import { automatonFrom, buildTrie, type KeywordAutomaton } from './keyword-automaton.js';
import { ruleFlags, type RuleRecord } from './catalog-index.js';
import { builtinCatalogFile } from './catalog-file.js';
import { followOf, secretRunOf, startsToken, type Follow } from './regex-shape.js';

/** What the engine and the reports read of a rule: all but its regex, keywords and examples. */
export type RuleInfo = Pick<
  Rule,
  | 'id'
  | 'provider'
  | 'description'
  | 'remediation'
  | 'entropy'
  | 'reject'
  | 'validate'
  | 'span'
  | 'requireAssignment'
  | 'generic'
>;

/** A name-keyed rule's patterns, ready for the engine: the value pattern is sticky (it must match where the value starts). */
interface AssignedPatterns {
  name: RegExp;
  value: RegExp;
}

export interface CompiledRule {
  rule: RuleInfo;
  /** The rule's line regex with the global flag (a name-keyed rule's `also`), built on first use; null if none. */
  regex(): RegExp | null;
  /** A name-keyed rule's patterns, built on first use; null for a line rule. */
  assigned: (() => AssignedPatterns) | null;
}

/** Rules ready for the engine: one keyword prefilter for all of them. */
export interface Detector {
  rules: CompiledRule[];
  /** Finds every keyword of every rule in one pass. */
  automaton: KeywordAutomaton;
  /** For each keyword index of the automaton: the rules to run where it occurs. */
  rulesByKeyword: number[][];
  /**
   * For each rule: its keywords are the literal start of its secret, after a "not inside a word" boundary, so a
   * keyword hit inside a word (`re_` in `store_`, `pat` in `compatible`) cannot start a match of it.
   */
  startsToken: boolean[];
  /** For each rule whose keywords start its secret: what must follow the keyword (see `followOf`), else null. */
  follows: (Follow | null)[];
  /** For each rule: it runs only where its keyword ends a name being assigned (Rule.requireAssignment). */
  requireAssignment: boolean[];
  /** For each rule whose secret begins with a run of one class: the class and the run's least length (`secretRunOf`). */
  secretRuns: (Follow | null)[];
}

interface Source {
  source: string;
  flags: string;
}

/** The rule's regex, with the global flag, compiled on first use. */
function lazyRegex(pattern: Source | undefined): () => RegExp | null {
  let cached: RegExp | undefined;
  return pattern === undefined ? () => null : () => (cached ??= new RegExp(pattern.source, `${pattern.flags}g`));
}

/** A name-keyed rule's patterns, compiled on first use. */
function lazyAssigned(name: Source, value: Source): () => AssignedPatterns {
  let cached: AssignedPatterns | undefined;
  return () =>
    (cached ??= { name: new RegExp(name.source, name.flags), value: new RegExp(value.source, `${value.flags}y`) });
}

const sourceOf = (regex: RegExp): Source => ({ source: regex.source, flags: ruleFlags(regex) });

export function compileRule(rule: Rule): CompiledRule {
  const { regex } = rule;
  if (regex instanceof RegExp) return { rule, regex: lazyRegex(sourceOf(regex)), assigned: null };
  return {
    rule,
    regex: lazyRegex(regex.also && sourceOf(regex.also)),
    assigned: lazyAssigned(sourceOf(regex.name), sourceOf(regex.value)),
  };
}

/** A built-in rule from its build-time record (one without a `validate` check: that one needs its module). */
export function compileRecord(record: RuleRecord): CompiledRule {
  const { source, flags, reject, validate, name, also, ...info } = record;
  if (validate) throw new Error(`rule ${record.id} has a check: build it from its family`);
  const rule: RuleInfo = { ...info, reject: reject && new RegExp(reject.source, reject.flags) };
  if (name === undefined) return { rule, regex: lazyRegex({ source, flags }), assigned: null };
  return { rule, regex: lazyRegex(also), assigned: lazyAssigned(name, { source, flags }) };
}

/** Lower-case keywords of `rules`, each once, in rule order. */
export function keywordsOf(rules: readonly Rule[]): string[] {
  return [...new Set(rules.flatMap((r) => r.keywords.map((k) => k.toLowerCase())))];
}

/**
 * Compile `rules`. The automaton covers `universe` (by default the rules' own keywords); a keyword no active rule
 * uses simply finds nothing to run, so disabling rules keeps the prebuilt automaton of the built-in catalog.
 */
export function compileDetector(rules: readonly Rule[], universe: readonly string[] = keywordsOf(rules)): Detector {
  const byKeyword = new Map<string, number[]>();
  rules.forEach((rule, index) => {
    for (const raw of rule.keywords) {
      const keyword = raw.toLowerCase();
      const list = byKeyword.get(keyword) ?? [];
      if (!list.includes(index)) list.push(index);
      byKeyword.set(keyword, list);
    }
  });
  const keywords = [...universe, ...[...byKeyword.keys()].filter((k) => !universe.includes(k))];
  return {
    rules: rules.map(compileRule),
    automaton: builtinAutomaton(keywords.join('\n')),
    rulesByKeyword: keywords.map((k) => byKeyword.get(k) ?? []),
    startsToken: rules.map(startsToken),
    follows: rules.map(followOf),
    requireAssignment: rules.map((r) => r.requireAssignment === true),
    secretRuns: rules.map(secretRunOf),
  };
}

/** The automaton for these keywords (newline-joined): the prebuilt one when they are the built-in catalog's. */
export function builtinAutomaton(joined: string): KeywordAutomaton {
  const keywords = joined.split('\n');
  const file = builtinCatalogFile();
  const prebuilt = file !== null && file.index.keywords === joined ? file.trie : null;
  return automatonFrom(prebuilt ?? buildTrie(keywords), keywords);
}
