import { lit } from '../rules/shape.js';
import type { Rule } from '../rules/types.js';

/**
 * What the engine reads off a rule's regex, once (at build time for the built-in catalog), to skip work that could
 * not lead to a match: whether the keyword starts the secret, what must follow it, and the run of one class that the
 * secret begins with. Each reading errs on the side of running the rule (null or false when unsure).
 */

/** After the keyword, the secret goes on with at least `min` characters of one class: [class source, min]. */
export type Follow = [string, number];

const TOKEN_START = /^\(\?<!\[A-Za-z0-9_[^\]]*\]\)\(\?<secret>/;

/** Read off the regex: does every keyword of the rule begin its secret right after a word boundary? */
export function startsToken(rule: Rule): boolean {
  if (!(rule.regex instanceof RegExp)) return false;
  const source = rule.regex.source;
  const head = TOKEN_START.exec(source);
  if (head === null) return false;
  const rest = source.slice(head[0].length).toLowerCase();
  return rule.keywords.every((k) => rest.startsWith(lit(k.toLowerCase())));
}

/** A character class with a counted repeat, `[A-Za-z0-9]{14}` or `[0-9a-f]{32,64}`: groups class and least count. */
const CLASS_RUN = String.raw`\[((?:\\.|[^\]\\])+)\]\{(\d+)(?:,\d*)?\}`;
const FOLLOW = new RegExp(`^${CLASS_RUN}`);

/**
 * Read off the regex: the class and minimum count that follow the keyword in the secret (`pat` then
 * `[A-Za-z0-9]{14}`), checked on the bytes before the rule runs, so that `path.join` never runs the rule that `pat`
 * (Airtable) keys. Only for a rule whose keywords start its secret and have one length; at most 8 characters.
 */
export function followOf(rule: Rule): Follow | null {
  const { regex } = rule;
  if (!startsToken(rule) || !(regex instanceof RegExp) || regex.flags.includes('i')) return null;
  const lengths = new Set(rule.keywords.map((k) => lit(k.toLowerCase()).length));
  if (lengths.size !== 1) return null;
  const source = regex.source;
  const body = source.slice(TOKEN_START.exec(source)![0].length + [...lengths][0]!);
  const m = FOLLOW.exec(body);
  if (m === null || m[1]!.startsWith('^')) return null;
  const min = Math.min(Number(m[2]), 8);
  return min > 0 ? [m[1]!, min] : null;
}

const SECRET_RUN = new RegExp(String.raw`\(\?<secret>` + CLASS_RUN);

/**
 * Read off the regex: the secret begins with at least `min` characters of one class (`(?<secret>[0-9a-f]{64}`), so
 * a segment without such a run cannot match, and the rule is neither compiled nor run there: a context rule keyed
 * on a common word (`together`) or the generic rule on `key` skip the lines of ordinary code. Only when every
 * alternative of the pattern holds that value and for a run of 8 or more.
 */
export function secretRunOf(rule: Rule): Follow | null {
  const { regex } = rule;
  if (regex instanceof RegExp) return runOf(regex);
  // A name-keyed rule: its value's run, which its line pattern (if any) must begin with too.
  const run = runOf(regex.value);
  if (run === null || regex.also === undefined) return run;
  const also = runOf(regex.also);
  return also !== null && also[0] === run[0] && also[1] === run[1] ? run : null;
}

function runOf(regex: RegExp): Follow | null {
  const source = regex.source;
  if (regex.flags.includes('i')) return null;
  const m = SECRET_RUN.exec(source);
  if (m === null || m[1]!.startsWith('^')) return null;
  const open = m.index + '(?<secret>'.length;
  const inner = source.slice(open, open + groupLength(source.slice(open)));
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
    if (depth === 0 && branch.startsWith(form, i) && !/^[?*{]/.test(branch.slice(i + form.length)))
      return (found = true);
    return undefined;
  });
  return found;
}
