import { lexJs } from '../lex/lex-js.js';
import { lexPython } from '../lex/lex-python.js';
import type { Token } from '../lex/token.js';
import { messages } from '../messages.js';
import type { LogLeakFinding } from '../report/types.js';
import type { LeakLanguage } from './log-leak-filter.js';
import { printedValues } from './printed-values.js';
import { nameWords, saysSecret } from './secret-words.js';

const JS_CALL =
  /(?<![\w$.])(?:console\.(?:log|info|warn|error|debug|trace|dir|table)|(?:(?:this|ctx|req|app|fastify)\.)?(?:logger|log|winston|pino|bunyan)\.(?:log|info|warn|warning|error|debug|trace|fatal|verbose|silly|notice)|process\.(?:stdout|stderr)\.write)\s*\(/g;
const PY_CALL =
  /(?<![\w.])(?:print|pprint|pp|logging\.(?:debug|info|warning|warn|error|exception|critical|log)|(?:(?:self|app|current_app)\.)?(?:logger|log|_logger|_log|LOGGER|LOG)\.(?:debug|info|warning|warn|error|exception|critical|log)|sys\.(?:stdout|stderr)\.write|click\.echo|typer\.echo)\s*\(/g;

/** How far a call's arguments are read: a log call longer than this is not a typical leak. */
const MAX_ARGS = 4000;

/** A line says a bare `token` is a token: `"token=%s"`, `token: ${…}`. */
const LABELLED_TOKEN = /\btoken\s*[=:]/i;

type Leak = { rule: string; offset: number };

/** Added text → warnings: code that prints secrets to logs. `lineOf` maps a 0-based line of `text` to the file's. */
export function findLogLeaks(
  file: string,
  text: string,
  language: LeakLanguage,
  lineOf: (index: number) => number = (i) => i + 1,
): LogLeakFinding[] {
  const leaks =
    language === 'shell' ? shellTrace(text) : language === 'ci' ? ciPrintsEnv(text) : callLeaks(text, language);
  const starts = lineStarts(text);
  return leaks.flatMap(({ rule, offset }) => {
    const index = lineIndex(starts, offset);
    const line = text.slice(starts[index], starts[index + 1] ?? text.length);
    if (line.includes('keyguard:allow')) return [];
    const description = messages.logLeaks.label[rule]!;
    const fix = messages.logLeaks.fix[rule]!;
    const column = offset - starts[index]! + 1;
    return [{ kind: 'log-leak', rule, severity: 'warning', file, line: lineOf(index), column, description, fix }];
  });
}

function callLeaks(text: string, language: 'js' | 'python'): Leak[] {
  const call = language === 'js' ? JS_CALL : PY_CALL;
  const lex = language === 'js' ? lexJs : lexPython;
  const leaks: Leak[] = [];
  let found: number[] | undefined;
  const triples = () => (found ??= [...text.matchAll(/"""|'''/g)].map((t) => t.index));
  call.lastIndex = 0;
  for (let m = call.exec(text); m !== null; m = call.exec(text)) {
    const open = m.index + m[0].length - 1;
    if (notCode(text, m.index, language, triples)) continue;
    // Most calls close within a line or two: lex a short window first, the long one only if it did not close.
    let window = text.slice(open, open + 400);
    let tokens = argumentTokens(window, lex(window));
    if (tokens === null) {
      window = text.slice(open, open + MAX_ARGS);
      tokens = argumentTokens(window, lex(window)) ?? lex(window);
    }
    const labelled = tokens.some((t) => t.kind === 'string' && LABELLED_TOKEN.test(window.slice(t.start, t.end)));
    for (const printed of printedValues(window, tokens)) {
      const rule = printed.kind === 'whole-env' ? 'log-whole-env' : secretName(printed.name, labelled);
      if (rule === null) continue;
      leaks.push({ rule, offset: open + printed.offset });
      break;
    }
  }
  return leaks;
}

function secretName(name: string, labelled: boolean): string | null {
  if (saysSecret(name)) return 'log-secret-value';
  return labelled && nameWords(name).join('_') === 'token' ? 'log-secret-value' : null;
}

/** The tokens of the argument list: from its `(` to the `)` that closes it; null when the window ends first. */
function argumentTokens(window: string, tokens: Token[]): Token[] | null {
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'punct' || t.nested || t.end - t.start !== 1) continue;
    const c = '([{)]}'.indexOf(window.charAt(t.start));
    if (c === -1) continue;
    depth += c < 3 ? 1 : -1;
    if (depth === 0) return tokens.slice(0, i + 1);
  }
  return null;
}

/**
 * The match is not code: a `//` or `#` before it on its line, a quote left open before it (it is inside a string),
 * a block comment line (` * …`), or, in Python, an odd number of triple quotes before it (inside a docstring).
 */
function notCode(text: string, at: number, language: 'js' | 'python', triples: () => number[]): boolean {
  // At most 300 characters back: a minified line is megabytes long, and a comment marker is near its call.
  const start = Math.max(text.lastIndexOf('\n', at - 1) + 1, at - 300);
  const prefix = text.slice(start, at).replace(/(["'`])(?:\\.|(?!\1).)*\1/g, '');
  if (/["'`]/.test(prefix)) return true;
  if (language === 'js') return prefix.includes('//') || /^\s*(?:\*|\/\*)/.test(prefix);
  if (prefix.includes('#')) return true;
  return triples().filter((t) => t < at).length % 2 === 1;
}

/** `set -x` (or -o xtrace) in a script that handles secret-named variables. */
function shellTrace(text: string): Leak[] {
  const trace = /^[ \t]*set[ \t]+(?:-[a-zA-Z]*x[a-zA-Z]*|-o[ \t]+xtrace)\b/m.exec(text);
  if (trace === null) return [];
  const secretVariable =
    /\b[A-Z0-9_]*(?:KEY|TOKEN|SECRET|PASSWORD|PASSWD)[A-Z0-9_]*\s*=|\$\{?[A-Z0-9_]*(?:KEY|TOKEN|SECRET|PASSWORD)/;
  return secretVariable.test(text)
    ? [{ rule: 'shell-trace-secrets', offset: trace.index + trace[0].indexOf('set') }]
    : [];
}

/** `env` or `printenv` run as a command of a CI job (`run: env`, `- printenv | sort`, `sh 'env'`). */
function ciPrintsEnv(text: string): Leak[] {
  const command =
    /^([ \t]*(?:-[ \t]+)?(?:run:[ \t]*)?(?:sudo[ \t]+)?|.*\bsh[ \t(]*['"])(printenv|env)(?=[ \t]*(?:$|[|>;&#'"]))|^.*?\b(printenv)[ \t]+[A-Z0-9_]*(?:KEY|TOKEN|SECRET|PASSWORD)/gm;
  const leaks: Leak[] = [];
  for (let m = command.exec(text); m !== null; m = command.exec(text)) {
    const offset = m[2] !== undefined ? m.index + m[1]!.length : m.index + m[0].lastIndexOf(m[3]!);
    leaks.push({ rule: 'ci-prints-env', offset });
  }
  return leaks;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

function lineIndex(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
