import { lit } from '../rules/shape.js';
import type { Rule } from '../rules/types.js';
import { automatonFrom, buildTrie, type KeywordAutomaton } from './keyword-automaton.js';
import { ruleFlags, type RuleRecord } from './catalog-index.js';
import { builtinCatalogFile } from './catalog-file.js';


/** What the engine and the reports read of a rule: all but its regex, keywords and examples. */
export type RuleInfo = Pick<
  Rule,
  'id' | 'provider' | 'description' | 'remediation' | 'entropy' | 'reject' | 'validate' | 'span' | 'requireAssignment' | 'generic'
>;

export interface CompiledRule {
  rule: RuleInfo;
  /** The rule's regex with the global flag, built on first use. */
  regex(): RegExp;
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
  /** For each rule whose secret begins with a run of one class: that class and the run's least length (see `secretRunOf`). */
  secretRuns: (Follow | null)[];
}

/** After the keyword, the secret goes on with at least `min` characters of one class: [class source, min]. */
export type Follow = [string, number];

const TOKEN_START = /^\(\?<!\[A-Za-z0-9_[^\]]*\]\)\(\?<secret>/;

/** Read off the regex: does every keyword of the rule begin its secret right after a word boundary? */
export function startsToken(rule: Rule): boolean {
  const source = rule.regex.source;
  const head = TOKEN_START.exec(source);
  if (head === null) return false;
  const rest = source.slice(head[0].length).toLowerCase();
  return rule.keywords.every((k) => rest.startsWith(lit(k.toLowerCase())));
}

/** The rule's regex, with the global flag, compiled on first use. */
function lazyRegex(source: string, flags: string): () => RegExp {
  let cached: RegExp | undefined;
  return () => (cached ??= new RegExp(source, `${flags}g`));
}

const FOLLOW = /^\[((?:\\.|[^\]\\])+)\]\{(\d+)(?:,\d*)?\}/;

/**
 * Read off the regex: the class and minimum count that follow the keyword in the secret (`pat` then
 * `[A-Za-z0-9]{14}`), checked on the bytes before the rule runs, so that `path.join` never runs the rule that `pat`
 * (Airtable) keys. Only for a rule whose keywords start its secret and have one length; at most 8 characters.
 */
export function followOf(rule: Rule): Follow | null {
  if (!startsToken(rule) || rule.regex.flags.includes('i')) return null;
  const lengths = new Set(rule.keywords.map((k) => lit(k.toLowerCase()).length));
  if (lengths.size !== 1) return null;
  const source = rule.regex.source;
  const body = source.slice(TOKEN_START.exec(source)![0].length + [...lengths][0]!);
  const m = FOLLOW.exec(body);
  if (m === null || m[1]!.startsWith('^')) return null;
  const min = Math.min(Number(m[2]), 8);
  return min > 0 ? [m[1]!, min] : null;
}

const SECRET_RUN = /\(\?<secret>\[((?:\\.|[^\]\\])+)\]\{(\d+)(?:,\d*)?\}/;

/**
 * Read off the regex: the secret begins with at least `min` characters of one class (`(?<secret>[0-9a-f]{64}`), so
 * a segment without such a run cannot match, and the rule is neither compiled nor run there: a context rule keyed
 * on a common word (`together`) or the generic rule on `key` skip the lines of ordinary code. Only for a regex
 * without a top-level alternative (another branch might match without the run) and a run of 8 or more.
 */
export function secretRunOf(rule: Rule): Follow | null {
  const source = rule.regex.source;
  if (rule.regex.flags.includes('i')) return null;
  const m = SECRET_RUN.exec(source);
  if (m === null || m[1]!.startsWith('^')) return null;
  const inner = source.slice(m.index + '(?<secret>'.length, m.index + '(?<secret>'.length + groupLength(source.slice(m.index + '(?<secret>'.length)));
  // The group's own alternatives: `(?<secret>[a-z2-7]{52}|[A-Za-z0-9]{84})` begins with either run.
  if (topLevel(inner).length > 1) return null;
  // Every alternative of the whole pattern must hold the same value, as the secret group or as `(?:value)`, not
  // made optional (a context rule's second form: the value, then the provider's name after it).
  const everyBranch = topLevel(source).every((branch) =>
    [`(?<secret>${inner})`, `(?:${inner})`].some((form) => holdsAtTopLevel(branch, form)),
  );
  const min = Number(m[2]);
  return everyBranch && min >= 8 ? [m[1]!, min] : null;
}

/** Walks a pattern: calls `visit(i, depth)` at each character outside escapes and classes. */
function walk(source: string, visit: (i: number, depth: number) => boolean | void): void {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else {
      if (c === ')') depth--;
      if (visit(i, depth) === true) return;
      if (c === '(') depth++;
    }
  }
}

/** Length of a group's inside: `source` starts just after its opening parenthesis. */
function groupLength(source: string): number {
  let end = source.length;
  walk(source, (i, depth) => (source[i] === ')' && depth < 0 ? ((end = i), true) : undefined));
  return end;
}

/** The pattern's alternatives at its own level. */
function topLevel(source: string): string[] {
  const cuts: number[] = [];
  walk(source, (i, depth) => void (source[i] === '|' && depth === 0 && cuts.push(i)));
  return [...cuts, source.length].map((cut, k) => source.slice(k === 0 ? 0 : cuts[k - 1]! + 1, cut));
}

/** Does `branch` hold `form` at its own level, not followed by a quantifier? */
function holdsAtTopLevel(branch: string, form: string): boolean {
  let found = false;
  walk(branch, (i, depth) => {
    if (depth === 0 && branch.startsWith(form, i) && !/^[?*{]/.test(branch.slice(i + form.length))) return (found = true);
    return undefined;
  });
  return found;
}

export function compileRule(rule: Rule): CompiledRule {
  return { rule, regex: lazyRegex(rule.regex.source, ruleFlags(rule.regex)) };
}

/** A built-in rule from its build-time record (one without a `validate` check: that one needs its module). */
export function compileRecord(record: RuleRecord): CompiledRule {
  const { source, flags, reject, validate, ...info } = record;
  if (validate) throw new Error(`rule ${record.id} has a check: build it from its family`);
  const rule: RuleInfo = { ...info, reject: reject && new RegExp(reject.source, reject.flags) };
  return { rule, regex: lazyRegex(source, flags) };
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
