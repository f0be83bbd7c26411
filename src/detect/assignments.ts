/**
 * The assignment reader: the one place that knows how people write "this name has this value". It turns a line
 * (and, for a YAML `- name: X` / JSON `"key": "X"` / XML `<name>X</name>` / Terraform `variable "x" {`, the lines
 * after it) into (name, value, span) pairs. Every rule keyed on a name asks it (Rule.regex as an `Assigned`).
 *
 * A hand-written scanner, one pass per line: words, quoted strings, operators and brackets. Each character is read
 * a bounded number of times (a string's content is read again at most twice, for `"KEY=value"` inside a string,
 * and a line at most three more times as the neighbour of a name waiting for its value), so the time is linear in
 * the text.
 */
export interface Assignment {
  /** The name as written, qualified by what encloses it on the line: API_KEY, process.env.X, OpenAI.api_key. */
  name: string;
  /** The value as written, without its quotes (and without the scheme of an Authorization header). */
  value: string;
  /** The value's span in the text that was read. */
  start: number;
  end: number;
}

const enum C {
  TAB = 9,
  NL = 10,
  CR = 13,
  SPACE = 32,
  BANG = 33,
  DQ = 34,
  HASH = 35,
  DOLLAR = 36,
  AMP = 38,
  SQ = 39,
  LPAREN = 40,
  RPAREN = 41,
  COMMA = 44,
  DASH = 45,
  DOT = 46,
  SLASH = 47,
  COLON = 58,
  SEMI = 59,
  LT = 60,
  EQ = 61,
  GT = 62,
  QMARK = 63,
  LBRACKET = 91,
  BACKSLASH = 92,
  RBRACKET = 93,
  BACKTICK = 96,
  LBRACE = 123,
  PIPE = 124,
  RBRACE = 125,
  TILDE = 126,
}

/** Names whose value names another value: `- name: X` / `value: …`, `{"key": "X", "value": …}`, `<add key="X" …/>`. */
const NAME_FIELDS = new Set(['name', 'key', 'parameterkey', 'variable', 'envvar']);
const VALUE_FIELDS = new Set(['value', 'parametervalue', 'defaultvalue']);
/** Calls whose first argument is a name and second its fallback: os.getenv("X", "…"), ENV.fetch("X", "…"). */
const GETTERS = new Set(['getenv', 'get', 'fetch', 'env', 'getproperty', 'get_env', 'getordefault', 'setdefault']);
/** Words that start an expression, not a value: `= new Client(…)`. */
const CODE_WORDS = new Set(['new', 'await', 'yield', 'typeof', 'function', 'async', 'lambda', 'not', 'require']);
/** Type words between a declared name and `=` (Go's `var key string = …`). */
const TYPE_WORDS = new Set(['string', 'String', 'str', 'SecretStr', 'SecureString']);
/** Brackets tracked at most this deep. */
const MAX_DEPTH = 32;
/** Lines after a name field searched for its value field. */
const NEIGHBOURS = 3;

function isWordChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 95 ||
    c === 36 ||
    c === 64 ||
    c === 46 ||
    c === 45
  );
}
function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c === 64;
}
const isBlank = (c: number): boolean => c === C.SPACE || c === C.TAB;
/** Characters that end an unquoted value. */
function endsBare(c: number, depth: number): boolean {
  return (
    c <= C.SPACE || // and -1: the end of the text
    c === C.SEMI ||
    c === C.COMMA ||
    c === C.RPAREN ||
    c === C.RBRACE ||
    c === C.RBRACKET ||
    c === C.DQ ||
    c === C.SQ ||
    c === C.BACKTICK ||
    c === C.LT ||
    c === C.GT ||
    c === C.AMP ||
    c === C.PIPE ||
    (depth > 0 && c === C.BACKSLASH)
  );
}
function isQuote(c: number): boolean {
  return c === C.DQ || c === C.SQ || c === C.BACKTICK;
}
const lastSegment = (name: string): string => name.slice(name.lastIndexOf('.') + 1).toLowerCase();
const IDENTIFIER = /^[A-Za-z_$@][A-Za-z0-9_.$@-]{0,80}$/;

/** A name that waits for its value on this line or the next ones (`- name: API_KEY`). */
interface Pending {
  name: string;
  /** The pair the name field itself made, kept when no value comes. */
  own: Assignment | null;
  values: Set<string>;
}

/** What a word or string left behind for the token after it. */
interface Token {
  text: string;
  kind: 'word' | 'string';
  /** For a string: its content's span. */
  start: number;
  end: number;
}

interface Frame {
  /** The name this bracket belongs to ('' for none): a callee, or the name assigned an object. */
  name: string;
  /** The names of this bracket and those around it, each followed by a dot (at most 200 characters). */
  prefix: string;
  call: boolean;
  /** Strings that were whole arguments of a call, in order, up to two. */
  args: Token[];
  /** The current argument held a single string so far. */
  argToken: Token | null;
  argTokens: number;
  /** Open `?` of conditional expressions inside this bracket. */
  ternaries: number;
}

/** Every assignment in the lines of text[from, to); lines after `to` are read as neighbours only. */
export function readAssignments(text: string, from = 0, to = text.length): Assignment[] {
  const out: Assignment[] = [];
  let start = from;
  while (start < to) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const cut = end > to; // the reading stops inside this line: no neighbours
    if (cut) end = to;
    const pending = readLine(text, start, end, 0, out);
    if (pending !== null && cut) {
      if (pending.own !== null) out.push(pending.own);
    } else if (pending !== null) resolve(text, end, pending, out);
    start = end + 1;
  }
  return out;
}

/** Looks for the value of a waiting name in the next lines; else keeps the name field's own pair. */
function resolve(text: string, lineEnd: number, pending: Pending, out: Assignment[]): void {
  let start = lineEnd + 1;
  for (let n = 0; n < NEIGHBOURS && start < text.length; n++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const pairs: Assignment[] = [];
    const another = readLine(text, start, end, 0, pairs);
    const value = pairs.find((p) => pending.values.has(lastSegment(p.name)));
    if (value !== undefined) {
      out.push({ ...value, name: pending.name });
      return;
    }
    if (another !== null) break;
    start = end + 1;
  }
  if (pending.own !== null) out.push(pending.own);
}

/** Reads one line (or a string's content, depth > 0); returns a name still waiting for its value at the end. */
function readLine(
  text: string,
  from: number,
  to: number,
  depth: number,
  out: Assignment[],
  outer = '',
): Pending | null {
  const at = (i: number): number => (i < to ? text.charCodeAt(i) : -1);
  const stack: Frame[] = [];
  let last: Token | null = null;
  /** Open `?` of conditional expressions outside brackets, whose `:` is not an operator (see Frame.ternaries). */
  const top = { ternaries: 0 };
  /** Brackets opened past MAX_DEPTH. */
  let deep = 0;
  /** The word before `last`, when both are words (`var key string`). */
  let before: Token | null = null;
  let pending: Pending | null = null;
  let i = from;

  const scope = (): string => stack[stack.length - 1]?.prefix ?? outer;
  const emit = (name: string, start: number, end: number): Assignment => {
    // `"Authorization": "Bearer abc…"`: the credential is the word after the scheme, which joins the name.
    const s = lastSegment(name).endsWith('authorization') ? afterScheme(text, start, end) : start;
    if (s === start) return { name, value: text.slice(start, end), start, end };
    return { name: `${name} ${text.slice(start, s).trim()}`, value: text.slice(s, end), start: s, end };
  };
  /** Does `close` occur after k on this line? (Found once per line and kind, so reading stays linear.) */
  const lastClose: Record<number, number> = {};
  const closes = (close: number, k: number): boolean =>
    k < (lastClose[close] ??= text.lastIndexOf(String.fromCharCode(close), to - 1));
  const push = (pair: Assignment, field: string): void => {
    const lower = field.toLowerCase();
    if (pending !== null && pending.values.has(lower)) {
      out.push({ ...pair, name: pending.name });
      pending = null;
      return;
    }
    if (NAME_FIELDS.has(lower) && IDENTIFIER.test(pair.value)) {
      if (pending?.own) out.push(pending.own);
      pending = { name: pair.value, own: pair, values: VALUE_FIELDS };
      return;
    }
    out.push(pair);
  };
  /** A string at `q` (its opening quote, escaped when `esc`): its token; the end of the line when it does not close. */
  const readString = (q: number, esc: boolean): Token => {
    const quote = text.charCodeAt(q + (esc ? 1 : 0));
    const open = q + (esc ? 2 : 1);
    let j = open;
    while (j < to) {
      const c = text.charCodeAt(j);
      if (esc) {
        if (c === C.BACKSLASH && text.charCodeAt(j + 1) === quote) break;
        if (c === C.BACKSLASH) j++;
      } else {
        // A quote right before a letter or digit is one inside the value (`"Client(api_key="…")"`), not its end.
        if (c === quote && !isWordChar(j + 1 < to ? text.charCodeAt(j + 1) : -1)) break;
        if (c === quote && text.charCodeAt(j + 1) === C.DOLLAR) break;
        if (c === C.BACKSLASH) j++;
      }
      j++;
    }
    if (j > to) j = to;
    return { text: text.slice(open, j), kind: 'string', start: open, end: j };
  };
  const stringEnd = (t: Token, esc: boolean): number => Math.min(to, t.end + (esc ? 2 : 1));
  /** Is a quote (or, inside a string, an escaped quote) at j? Returns 0, 1 (plain) or 2 (escaped). */
  const quoteAt = (j: number): number => {
    const c = at(j);
    if (isQuote(c)) return 1;
    if (c === C.BACKSLASH && isQuote(at(j + 1)) && depth > 0) return 2;
    return 0;
  };
  /** Reads a value after an operator at j (blanks skipped), pushing the pair; returns where reading goes on, or -1. */
  const value = (name: string, field: string, j: number): number => {
    while (isBlank(at(j))) j++;
    let c = at(j);
    // Prefixed strings: r"…", b'…', f"…", @"…", $"…".
    if ((c === 114 || c === 98 || c === 102 || c === 64 || c === C.DOLLAR) && quoteAt(j + 1) === 1) c = at(++j);
    const q = quoteAt(j);
    if (q > 0) {
      const t = readString(j, q === 2);
      push(emit(name, t.start, t.end), field);
      // What the value holds, named under its name: JSON or a connection string in a string (`CONFIG='{"apiKey":
      // "…"}'`, `"Server=…;Password=…;"`), a shell default (`"${KEY:-…}"`).
      if (depth < 2 && /[={]|: /.test(t.text)) readLine(text, t.start, t.end, depth + 1, out, `${name}.`);
      last = null;
      return stringEnd(t, q === 2);
    }
    if (c === C.DOLLAR && at(j + 1) === C.LBRACE) return -1; // ${X:-…} or a template: read as tokens
    if (c < 0 || c === C.LBRACE || c === C.LBRACKET || c === C.LPAREN || c === C.LT || c === C.NL || c === C.CR)
      return -1;
    let k = j;
    let code = isNameStart(c); // so far an identifier or a dotted reference
    for (let d = at(k); !endsBare(d, depth); d = at(++k)) {
      // A call or an index (`os.getenv(…)`, `env["X"]`): read as tokens; else just a character of the value.
      if (code && ((d === C.LPAREN && closes(C.RPAREN, k)) || (d === C.LBRACKET && closes(C.RBRACKET, k)))) return -1;
      if (code && d === C.LBRACE) return -1; // Go's Config{Key: "…"}
      code &&= isWordChar(d);
    }
    if (k === j || CODE_WORDS.has(text.slice(j, k))) return -1; // `new Client(…)`: read as tokens
    if (field.endsWith('authorization') && k - j <= 20 && isBlank(at(k))) {
      // `Authorization: Bearer abc…`: the credential is the word after the scheme.
      let v = k;
      while (isBlank(at(v))) v++;
      let e = v;
      while (!endsBare(at(e), depth)) e++;
      if (e > v) {
        push({ name: `${name} ${text.slice(j, k)}`, value: text.slice(v, e), start: v, end: e }, field);
        last = null;
        return e;
      }
    }
    push(emit(name, j, k), field);
    // `process.env.X || "…"`: the fallback after a reference is named by it.
    last = { text: text.slice(j, k), kind: 'word', start: j, end: k };
    return k;
  };
  /** The name a token gives to what follows it: a word, a string, or `["NAME"]`. */
  const nameOf = (t: Token | null): string | null => {
    if (t === null) return null;
    if (t.kind === 'word') {
      if (TYPE_WORDS.has(t.text) && before !== null && isNameStart(before.text.charCodeAt(0))) return before.text;
      return isNameStart(t.text.charCodeAt(0)) || t.text.startsWith('--') ? t.text : null;
    }
    return IDENTIFIER.test(t.text) || /^[A-Za-z][\w .-]{0,60}$/.test(t.text) ? t.text : null;
  };
  const qualified = (name: string): string => (name.startsWith('-') ? flagName(name) : scope() + name);
  /** A flag is named with the command it belongs to: `modal token set --token-secret` → modal.token-secret. */
  const flagName = (flag: string): string => {
    let s = from;
    while (isBlank(at(s))) s++;
    let e = s;
    while (isWordChar(at(e)) && at(e) !== C.DASH) e++;
    const command = text.slice(s, e);
    return `${command === '' ? '' : `${command}.`}${flag.replace(/^-{1,2}/, '')}`;
  };

  while (i < to) {
    const c = at(i);
    if (isBlank(c) || c === C.CR) {
      i++;
      continue;
    }
    // Comments that start a line (#, //, ;, --) still hold assignments people leave there: read on.
    const q = quoteAt(i);
    if (q > 0) {
      const t = readString(i, q === 2);
      i = stringEnd(t, q === 2);
      const frame = stack[stack.length - 1];
      if (frame?.call && frame.argTokens === 0) frame.argToken = t;
      if (frame) frame.argTokens++;
      // A string that is not a name: read what it holds (`"KEY=value"`, `-H "Authorization: Bearer …"`, notebooks).
      let j = i;
      while (isBlank(at(j))) j++;
      const op = operator(at, j);
      if (op === 0 && depth < 2 && /[=:]/.test(t.text)) readLine(text, t.start, t.end, depth + 1, out);
      last = t;
      continue;
    }
    if (c === C.DOLLAR && at(i + 1) === C.LBRACE) {
      i = shellDefault(i);
      continue;
    }
    if (isWordChar(c)) {
      let j = i + 1;
      while (isWordChar(at(j))) j++;
      const word = text.slice(i, j);
      const frame = stack[stack.length - 1];
      if (frame) frame.argTokens++;
      i = j;
      // `--api-key value`: a flag and its value.
      if (word.startsWith('--') && word.length > 3 && isBlank(at(j))) {
        let k = j;
        while (isBlank(at(k))) k++;
        if (at(k) !== C.DASH && at(k) !== C.EQ && at(k) >= 0) {
          const next = value(flagName(word), lastSegment(word), k);
          i = next === -1 ? k : next;
          last = null;
          continue;
        }
      }
      // Terraform: variable "x" { default = "…" }.
      if (word === 'variable') {
        let k = j;
        while (isBlank(at(k))) k++;
        if (quoteAt(k) === 1) {
          const t = readString(k, false);
          if (IDENTIFIER.test(t.text)) {
            if (pending?.own) out.push(pending.own);
            pending = { name: t.text, own: null, values: new Set(['default']) };
          }
          i = stringEnd(t, false);
          last = null;
          continue;
        }
      }
      // `#define NAME value`, csh's `setenv NAME value`
      if ((word === 'define' && at(i - 7) === C.HASH) || word === 'setenv') {
        let k = j;
        while (isBlank(at(k))) k++;
        let e = k;
        while (isWordChar(at(e))) e++;
        if (e > k && isBlank(at(e))) {
          const next = value(text.slice(k, e), text.slice(k, e), e);
          i = next === -1 ? e : next;
          continue;
        }
      }
      if (word === 'or' && isBlank(at(i)) && isBlank(at(i - 3))) {
        i = assign(i - 2, 2);
        continue;
      }
      before = last?.kind === 'word' ? last : null;
      last = { text: word, kind: 'word', start: i - word.length, end: i };
      continue;
    }
    const op = operator(at, i);
    const level = stack[stack.length - 1] ?? top;
    if (op > 0 && c === C.COLON && level.ternaries > 0) {
      level.ternaries--; // `a ? b : c` assigns nothing
      last = null;
      i++;
      continue;
    }
    if (op > 0) {
      i = assign(i, op);
      continue;
    }
    if (c === C.QMARK && at(i + 1) !== C.DOT) level.ternaries++;
    if (c === C.SEMI) level.ternaries = 0;
    if (c === C.LPAREN || c === C.LBRACE || c === C.LBRACKET) {
      // A callee, or a composite literal's type (Go's Config{…}: no blank before the brace).
      const named = last?.kind === 'word' && (c === C.LPAREN || (c === C.LBRACE && last.end === i));
      const callee = named ? last!.text : '';
      const outer = stack[stack.length - 1];
      if (outer) outer.argTokens++;
      if (stack.length >= MAX_DEPTH)
        deep++; // brackets nested past any real code: counted, not tracked
      else stack.push(frame(c === C.LBRACKET ? '' : callee, c === C.LPAREN || c === C.LBRACKET));
      last = null;
      i++;
      continue;
    }
    if (c === C.RPAREN || c === C.RBRACE || c === C.RBRACKET) {
      const f = deep > 0 ? (deep--, undefined) : stack.pop();
      last = null;
      if (f) {
        endArg(f);
        if (c === C.RBRACKET && f.args.length === 1 && f.args[0]!.kind === 'string') last = f.args[0]!;
        else if (c === C.RPAREN) last = callEnded(f);
      }
      i++;
      continue;
    }
    if (c === C.COMMA) {
      const f = stack[stack.length - 1];
      if (f) endArg(f);
      last = null;
      i++;
      continue;
    }
    if (c === C.LT && isNameStart(at(i + 1))) {
      i = element(i);
      continue;
    }
    last = null;
    i++;
  }
  for (let f = stack.pop(); f !== undefined; f = stack.pop()) {
    endArg(f);
    if (f.call) callEnded(f);
  }
  if (depth > 0 && pending !== null) {
    if (pending.own !== null) out.push(pending.own);
    return null;
  }
  return pending;

  /** An operator of length `op` at `o`: the last token names the value after it. Returns where reading goes on. */
  function assign(o: number, op: number): number {
    const name = nameOf(last);
    const c = text.charCodeAt(o);
    const fallback = c === C.PIPE || c === C.QMARK || c === 111;
    let j = o + op;
    last = null;
    if (name === null) return j;
    if (c === C.COLON && op === 1) j = afterType(at, j);
    const next = value(fallback ? name : qualified(name), lastSegment(name), j);
    if (next !== -1) return next;
    // An object follows: its properties are qualified by this name.
    while (isBlank(at(j))) j++;
    if (at(j) !== C.LBRACE) return j;
    stack.push(frame(name, false));
    return j + 1;
  }
  function frame(name: string, call: boolean): Frame {
    const prefix = name === '' ? scope() : `${scope()}${name}.`.slice(-200);
    return { name, prefix, call, args: [], argToken: null, argTokens: 0, ternaries: 0 };
  }
  function endArg(f: Frame): void {
    if (f.call && f.argTokens === 1 && f.argToken !== null && f.args.length < 2) f.args.push(f.argToken);
    else if (f.args.length < 2) f.args.push({ text: '', kind: 'word', start: 0, end: 0 });
    f.argToken = null;
    f.argTokens = 0;
  }
  /** At a call's end: `define("X", "…")` names its second argument; `OpenAI("…")` its first. */
  function callEnded(f: Frame): Token | null {
    const [first, second] = f.args;
    const getter = GETTERS.has(lastSegment(f.name));
    if (first?.kind === 'string' && second?.kind === 'string' && IDENTIFIER.test(first.text))
      out.push(emit(first.text, second.start, second.end));
    else if (first?.kind === 'string' && f.name !== '' && !getter && !first.text.includes('='))
      out.push(emit(scope() + f.name, first.start, first.end));
    // `os.getenv("X") or "…"`: the fallback is named by the call's first argument.
    return getter && first?.kind === 'string' && IDENTIFIER.test(first.text) ? first : null;
  }
  /** `${NAME:-default}`, `${NAME-default}`, `${NAME:=default}`; returns where reading goes on. */
  function shellDefault(s: number): number {
    let j = s + 2;
    while (isWordChar(at(j)) && at(j) !== C.DASH) j++;
    const name = text.slice(s + 2, j);
    let k = j;
    if (at(k) === C.COLON) k++;
    if ((at(k) === C.DASH || at(k) === C.EQ) && name !== '') {
      k++;
      let e = k;
      while (e < to && at(e) !== C.RBRACE) e++;
      if (quoteAt(k) === 1 && e > k + 1 && at(e - 1) === at(k)) out.push(emit(name, k + 1, e - 1));
      else if (e > k) out.push(emit(name, k, e));
      return e + 1;
    }
    last = null;
    return j > s + 2 ? j : s + 2;
  }
  /** `<apiKey>…</apiKey>`: the element's text is its value; attributes are read as tokens. */
  function element(s: number): number {
    let j = s + 1;
    while (isWordChar(at(j)) || at(j) === C.COLON) j++;
    const tag = text.slice(s + 1, j);
    if (at(j) !== C.GT) {
      last = null;
      return j; // attributes follow: key="…" pairs are read as tokens
    }
    const open = j + 1;
    let e = open;
    while (e < to && at(e) !== C.LT) e++;
    if (e > open && at(e + 1) === C.SLASH && text.startsWith(tag, e + 2)) {
      const pair = emit(scope() + tag, open, e);
      push(pair, lastSegment(tag));
      return e + 3 + tag.length;
    }
    return open;
  }
}

/**
 * The assignment operator at j and its length: `=`, `:=`, `:`, `=>`, `??=`, `||=`; the fallbacks `||`, `??`, `?:`
 * and ` or `. Comparisons (`==`, `!=`, `<=`, `>=`), `::` and a URL's `://` are not operators.
 */
function operator(at: (i: number) => number, j: number): number {
  const c = at(j);
  const n = at(j + 1);
  if (c === C.EQ) {
    if (n === C.EQ || n === C.TILDE) return 0;
    if (n === C.GT) return 2;
    const p = at(j - 1);
    return p === C.BANG || p === C.LT || p === C.GT || p === C.EQ ? 0 : 1;
  }
  if (c === C.COLON) {
    if (n === C.EQ) return 2;
    if (n === C.COLON || at(j - 1) === C.COLON || (n === C.SLASH && at(j + 2) === C.SLASH)) return 0;
    return 1;
  }
  if ((c === C.QMARK && n === C.QMARK) || (c === C.PIPE && n === C.PIPE)) return at(j + 2) === C.EQ ? 3 : 2;
  if (c === C.QMARK && n === C.COLON) return 2;
  if (c === 111 && n === 114 && isBlank(at(j - 1)) && isBlank(at(j + 2))) return 2; // Python's `or`
  return 0;
}

/** After `name:` in typed code, a type before `=` (`apiKey: string = …`, `key: Option<String> = …`): skip it. */
function afterType(at: (i: number) => number, j: number): number {
  let k = j;
  while (isBlank(at(k))) k++;
  if (!isNameStart(at(k)) && at(k) !== C.AMP) return j;
  const stop = k + 40;
  while (
    k < stop &&
    (isWordChar(at(k)) ||
      at(k) === C.LT ||
      at(k) === C.GT ||
      at(k) === C.AMP ||
      at(k) === C.COMMA ||
      at(k) === C.LBRACKET ||
      at(k) === C.RBRACKET ||
      at(k) === C.SPACE ||
      at(k) === C.QMARK)
  ) {
    if (at(k) === C.SPACE && at(k + 1) === C.EQ) break;
    k++;
  }
  while (isBlank(at(k))) k++;
  if (at(k) === C.EQ && at(k + 1) !== C.EQ && at(k + 1) !== C.GT) return k + 1;
  return j;
}

/** `Bearer abc…` → where `abc…` starts: after a first word (the scheme) and blanks; `start` when there is none. */
function afterScheme(text: string, start: number, end: number): number {
  let s = start;
  while (s < end && s - start <= 20 && (isWordChar(text.charCodeAt(s)) || text.charCodeAt(s) === C.DASH)) s++;
  if (s === start || s >= end || text.charCodeAt(s) !== C.SPACE) return start;
  while (s < end && text.charCodeAt(s) === C.SPACE) s++;
  return s < end ? s : start;
}
