import type { Token } from '../lex/token.js';

/** A value the call prints: the whole environment, or a name (a variable, a property, an environment variable). */
export type Printed = { kind: 'whole-env'; offset: number } | { kind: 'name'; name: string; offset: number };

/**
 * Calls whose result carries their argument's value into the output (str(x), JSON.stringify(x), dict(os.environ));
 * inside any other call (len(x), mask(x), Boolean(x), Object.keys(process.env)) the value itself is not printed.
 */
const PASS_THROUGH = new Set([
  '',
  'str',
  'repr',
  'format',
  'dict',
  'dumps',
  'pformat',
  'String',
  'stringify',
  'inspect',
  'entries',
  'values',
  'items',
]);
/** What may stand before a printed value: the call's own parenthesis, an argument separator, an operator. */
const BEFORE = new Set(['(', ',', '+', '%', '{', ':', '...', '[']);
/** What may follow it. */
const AFTER = new Set([')', ',', '+', '}', ']', '!', '=']);

const word = (text: string, t: Token | undefined) => (t === undefined ? '' : text.slice(t.start, t.end));

/**
 * The values a log call prints, from the tokens of its argument list (`(` … `)`, strings lexed with their
 * template or f-string fields). A value counts when it stands as an argument, an operand of `+` or `%`, a field
 * of a template literal or f-string, or an object or dict value, with nothing but pass-through calls around it.
 */
export function printedValues(text: string, tokens: readonly Token[]): Printed[] {
  const out: Printed[] = [];
  const frames: boolean[] = []; // for each open bracket: does a value inside it reach the output?
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = word(text, t);
    if (t.kind === 'punct' && '([{'.includes(w)) {
      frames.push(opens(text, tokens, i));
    } else if (t.kind === 'punct' && ')]}'.includes(w)) {
      frames.pop();
    } else if (t.kind === 'ident' && !followsDot(text, tokens, i) && frames.every(Boolean)) {
      const end = chainEnd(text, tokens, i);
      const found = judge(text, tokens, i, end);
      if (found !== null) out.push(found);
      i = end - 1;
    }
  }
  return out;
}

function followsDot(text: string, tokens: readonly Token[], i: number): boolean {
  const before = word(text, tokens[i - 1]);
  return before === '.' || before === '?.';
}

/** Does a value inside the bracket at `i` reach the output? A call only if it passes values through. */
function opens(text: string, tokens: readonly Token[], i: number): boolean {
  const bracket = word(text, tokens[i]);
  const before = tokens[i - 1];
  const callee =
    before?.kind === 'ident' ? word(text, before) : before !== undefined && /[)\]]/.test(word(text, before)) ? '?' : '';
  if (bracket === '(') return PASS_THROUGH.has(callee);
  if (bracket === '[') return callee === ''; // an array literal, not a subscript
  return true;
}

/** The end (token index) of a dotted chain `a.b.c` starting at `i`. */
function chainEnd(text: string, tokens: readonly Token[], i: number): number {
  let j = i + 1;
  while (/^\??\.$/.test(word(text, tokens[j])) && tokens[j + 1]?.kind === 'ident') j += 2;
  return j;
}

/**
 * The chain [start, end) stands alone as a printed value: the right neighbours before and after it. A chain in a
 * template literal's or f-string's field may also begin or end the field (the text between holds its brace).
 */
function stands(text: string, tokens: readonly Token[], start: number, end: number): boolean {
  const first = tokens[start]!;
  const last = tokens[end - 1]!;
  const before = tokens[start - 1];
  const after = tokens[end];
  const nested = first.nested === true;
  const opensField = (t: Token) => t.end > first.start || text.slice(t.end, first.start).includes('{');
  const closesField = (t: Token) => text.slice(last.end, t.start).includes('}');
  const okBefore = before === undefined || BEFORE.has(word(text, before)) || (nested && opensField(before));
  const okAfter = after === undefined || AFTER.has(word(text, after)) || (nested && closesField(after));
  return okBefore && okAfter;
}

/** The chain [start, end) as a printed value, if it is one worth a warning. */
function judge(text: string, tokens: readonly Token[], start: number, end: number): Printed | null {
  const parts = tokens
    .slice(start, end)
    .filter((t) => t.kind === 'ident')
    .map((t) => word(text, t));
  const chain = parts.join('.');
  const offset = tokens[start]!.start;
  // os.environ["NAME"], os.environ.get("NAME"), os.getenv("NAME")
  const lookup = /^os\.(?:environ|environ\.get|getenv)$/.test(chain) ? envLookup(text, tokens, end) : null;
  if (lookup !== null) {
    return stands(text, tokens, start, lookup.end) ? { kind: 'name', name: lookup.name, offset } : null;
  }
  // process.env / os.environ as a whole, also through .items(), .values(), .copy()
  const whole = chain === 'process.env' || chain === 'os.environ';
  const wholeCall = /^os\.environ\.(?:items|values|copy)$/.test(chain) && word(text, tokens[end]) === '(';
  if (whole || (wholeCall && word(text, tokens[end + 1]) === ')')) {
    return stands(text, tokens, start, whole ? end : end + 2) ? { kind: 'whole-env', offset } : null;
  }
  if (word(text, tokens[end]) === '(' || word(text, tokens[end]) === '[') return null; // a call or a subscript
  return stands(text, tokens, start, end) ? { kind: 'name', name: parts[parts.length - 1]!, offset } : null;
}

/** `["NAME"]` or `("NAME")` after os.environ / os.getenv: the name and the token index after it. */
function envLookup(text: string, tokens: readonly Token[], at: number): { name: string; end: number } | null {
  const open = word(text, tokens[at]);
  const str = tokens[at + 1];
  if ((open !== '[' && open !== '(') || str?.kind !== 'string' || str.body === undefined) return null;
  const close = open === '[' ? ']' : ')';
  let j = at + 2;
  while (j < tokens.length && word(text, tokens[j]) !== close) j++;
  return { name: text.slice(str.body.start, str.body.end), end: j + 1 };
}
