import { shannonEntropy } from './entropy.js';
import { isBlockPlaceholder, isPlaceholder } from './placeholder.js';
import type { Detector, RuleInfo } from './compile.js';
import { looksLikeCode } from './code-like.js';
import { inDataUri, isDocumentationKey } from './look-alikes.js';
import { readAssignments, type Assignment } from './assignments.js';

/** One secret found in a text, before it is turned into a report finding. The secret never leaves detect/. */
export interface Match {
  ruleIndex: number;
  /** Byte offsets of the secret in the scanned bytes. */
  start: number;
  end: number;
  /** 0-based line, and 0-based column in characters. */
  line: number;
  column: number;
  secret: string;
  /** The rule's structural check failed: reported, but does not block by default. */
  lowConfidence: boolean;
}

/** Lines longer than this (minified code) are scanned in windows around each keyword hit. */
const LONG_LINE = 4096;
const WINDOW_BEFORE = 512;
const WINDOW_AFTER = 1024;
/** A window grows with the hits in it up to this length; then the next hit opens a window of its own. */
const MAX_WINDOW = 16 * 1024;
const NL = 10;
const ALLOW_MARKER = 'keyguard:allow';
/** A name-keyed rule also reads this many lines after its segment (`- name: API_KEY` then `value: …`)… */
const NEIGHBOUR_LINES = 3;
/** …within this many bytes. */
const NEIGHBOUR_BYTES = 2048;
/** In a window of a long line, how far the reader reads from the name of a keyword hit. */
const NAME_READ = 1024;

/** Keeps line numbers incrementally: matches arrive roughly in order. */
class LineCounter {
  private pos = 0;
  private line = 0;
  constructor(private readonly bytes: Buffer) {}
  lineOf(offset: number): number {
    if (offset < this.pos) {
      this.pos = 0;
      this.line = 0;
    }
    // Counted on a Latin-1 copy with String#indexOf, a builtin: Buffer#indexOf goes through JavaScript argument
    // checks on every call, which adds up over thousands of lines in a process that has just started.
    const text = this.bytes.toString('latin1', this.pos, offset);
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.line++;
    this.pos = offset;
    return this.line;
  }
}

const QUOTES = new Set([0x22, 0x27, 0x60]);
/** What may follow a name being given a value: `=`, `:`, `?` (`??`), `|` (`||`), `,`, `(`, `>`, `{`. */
const AFTER_NAME = new Set([0x3d, 0x3a, 0x3f, 0x7c, 0x2c, 0x28, 0x3e, 0x7b]);

/**
 * After a name: an optional plural `s`, an optionally escaped quote, a closing bracket (`env["KEY"] = …`), up to
 * four blanks, then an operator or what else may give the name a value (AFTER_NAME), or the end of the line (a
 * YAML `- name: API_KEY` whose value is below). A `--flag` followed by a blank takes the next word as its value.
 */
function assignedAfter(bytes: Buffer, p: number, at: number): boolean {
  if (bytes[p] === 0x73 || bytes[p] === 0x53) p++;
  if (bytes[p] === 0x5c) p++;
  if (QUOTES.has(bytes[p]!)) p++;
  if (bytes[p] === 0x5d) p++;
  const blank = p;
  for (let blanks = 0; blanks < 4 && (bytes[p] === 0x20 || bytes[p] === 0x09); blanks++) p++;
  const c = bytes[p];
  if (c === undefined || c === NL || c === 0x0d || AFTER_NAME.has(c)) return true;
  return p > blank && isFlag(bytes, at);
}

/** Does the name holding the keyword at `at` start with `--` (a command-line flag)? */
function isFlag(bytes: Buffer, at: number): boolean {
  let i = at - 1;
  for (let n = 0; n < 40 && i >= 0 && (isWordByte(bytes[i]) || bytes[i] === 0x2d); n++) i--;
  return bytes[i + 1] === 0x2d && bytes[i + 2] === 0x2d;
}

function lineStart(bytes: Buffer, offset: number): number {
  return offset === 0 ? 0 : bytes.lastIndexOf(NL, offset - 1) + 1;
}

function lineEnd(bytes: Buffer, offset: number): number {
  const nl = bytes.indexOf(NL, offset);
  return nl === -1 ? bytes.length : nl;
}

/** UTF-8 text of a byte range (secrets and columns are reported in characters, not bytes). */
function utf8(bytes: Buffer, start: number, end: number): string {
  return bytes.toString('utf8', start, end);
}

/** Find every secret in a string. */
export function scanText(text: string, detector: Detector): Match[] {
  return scanBytes(Buffer.from(text, 'utf8'), detector);
}

/**
 * Find every secret in UTF-8 bytes. One Aho–Corasick pass finds the keywords; each hit opens a segment (its line,
 * or a window of a very long line) and queues the rules of that keyword; each queued rule's regex then runs once
 * on its segment, decoded as Latin-1 (byte for byte, so offsets stay byte offsets). The file is never decoded
 * or lower-cased as a whole.
 */
export function scanBytes(bytes: Buffer, detector: Detector): Match[] {
  return matchHits(bytes, detector.automaton.scan(bytes), detector);
}

/** The rules the keyword hits of a scan will run (so that a lazy catalog can load just those). */
export function rulesForHits(bytes: Buffer, hits: number[], detector: Detector, into: Set<number>): void {
  const { outputs, lengths } = detector.automaton;
  for (let h = 0; h < hits.length; h += 2) {
    for (const k of outputs(hits[h + 1]!)) {
      const length = lengths[k]!;
      const at = hits[h]! - length + 1;
      const inWord = isWordByte(bytes[at - 1]);
      for (const i of detector.rulesByKeyword[k]!)
        if (!into.has(i) && wants(detector, i, bytes, at, length, inWord)) into.add(i);
    }
  }
}

/**
 * Does rule `i` want to run for its keyword at `at`? Not when the keyword must start a token and sits inside a word,
 * nor when what must follow it does not (see Detector.follows), nor when the rule wants an assignment after a name
 * and there is none. (Rule i need not be built: this reads only the detector's tables and the rule's record.)
 */
function wants(detector: Detector, i: number, bytes: Buffer, at: number, length: number, inWord: boolean): boolean {
  if (detector.startsToken[i]) {
    if (inWord) return false;
    const follow = detector.follows[i];
    if (follow && !followed(bytes, at + length, follow)) return false;
  }
  return !detector.requireAssignment[i] || assignedAfter(bytes, at + length, at);
}

const classTables = new Map<string, Uint8Array>();

/** byte → 1 when the Latin-1 character (what the regex sees) is in the class. */
function classTable(cls: string): Uint8Array {
  let table = classTables.get(cls);
  if (table === undefined) {
    const re = new RegExp(`[${cls}]`);
    table = new Uint8Array(256);
    for (let b = 0; b < 256; b++) table[b] = re.test(String.fromCharCode(b)) ? 1 : 0;
    classTables.set(cls, table);
  }
  return table;
}

/** Are the `min` bytes from `from` all in the class? */
function followed(bytes: Buffer, from: number, [cls, min]: [string, number]): boolean {
  const table = classTable(cls);
  if (from + min > bytes.length) return false;
  for (let j = 0; j < min; j++) if (table[bytes[from + j]!] === 0) return false;
  return true;
}

/** Do the bytes [from, to) hold `min` bytes of the class in a row? */
function hasRun(bytes: Buffer, from: number, to: number, [cls, min]: [string, number]): boolean {
  const table = classTable(cls);
  let run = 0;
  for (let i = from; i < to; i++) {
    if (table[bytes[i]!] === 0) run = 0;
    else if (++run >= min) return true;
  }
  return false;
}

/** A letter, digit or underscore (undefined, before the first byte, is not). */
function isWordByte(b: number | undefined): boolean {
  return (
    b !== undefined && ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x5f)
  );
}

/** Second half of a scan: from keyword hits (pairs end offset, state) to matches. */
export function matchHits(bytes: Buffer, hits: number[], detector: Detector): Match[] {
  const found: Match[] = [];
  const seen = new Set<string>();
  const lines = new LineCounter(bytes);
  const pending = new Set<number>();
  let segStart = 0;
  let segEnd = -1;
  /** End of the line the segment is on (the segment ends before it when it is a window of a long line). */
  let segLineEnd = -1;
  /** In a window of a long line: where the names of its keyword hits start, for name-keyed rules (at most 16). */
  const segNames: number[] = [];

  /** Every candidate secret goes through the same checks; those that pass become matches. */
  const consider = (ruleIndex: number, start: number, end: number): void => {
    const key = `${ruleIndex}:${start}`;
    if (seen.has(key)) return;
    seen.add(key);
    const { rule, assigned } = detector.rules[ruleIndex]!;
    // A generic match over a specific one is dropped at the end (preferSpecific): skip its checks now.
    if (rule.generic && found.some((f) => f.start < end && start < f.end && !detector.rules[f.ruleIndex]!.rule.generic))
      return;
    const secret = utf8(bytes, start, end);
    if (rule.entropy !== undefined && shannonEntropy(secret) < rule.entropy) return;
    if (isDocumentationKey(secret) || inDataUri(bytes, start) || (rule.generic && looksLikeCode(secret))) return;
    if (rule.reject?.test(secret)) return;
    if (rule.span === undefined ? isPlaceholder(secret) : isBlockPlaceholder(secret)) return;
    const ls = lineStart(bytes, start);
    if (bytes.toString('latin1', ls, lineEnd(bytes, start)).includes(ALLOW_MARKER)) return;
    found.push({
      ruleIndex,
      start,
      end,
      line: lines.lineOf(start),
      column: utf8(bytes, ls, start).length,
      secret,
      // A value under a credential's name that begins like a provider's token failed that provider's own rule.
      lowConfidence:
        !passesCheck(rule, secret) ||
        (rule.generic === true && assigned !== null && looksLikeProviderToken(secret, detector)),
    });
  };

  const runRule = (ruleIndex: number, segment: string, base: number): void => {
    const regex = detector.rules[ruleIndex]!.regex();
    if (regex === null) return;
    regex.lastIndex = 0;
    for (let m = regex.exec(segment); m !== null; m = regex.exec(segment)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const latin = m.groups?.secret ?? m[0];
      const start = base + m.index + m[0].lastIndexOf(latin);
      consider(ruleIndex, start, start + latin.length);
    }
  };

  /** A name-keyed rule: its value pattern where the reader found a value under a name its name pattern accepts. */
  const runAssigned = (ruleIndex: number, context: Context): void => {
    const { name, value } = detector.rules[ruleIndex]!.assigned!();
    for (const pair of context.pairs) {
      if (!name.test(pair.name)) continue;
      value.lastIndex = pair.start;
      const m = value.exec(context.text);
      if (m === null || m[0].length === 0) continue;
      const latin = m.groups?.secret ?? m[0];
      const start = context.base + m.index + m[0].lastIndexOf(latin);
      consider(ruleIndex, start, start + latin.length);
    }
  };

  const flush = (): void => {
    if (pending.size === 0) return;
    let segment: string | undefined;
    let context: Context | undefined;
    const contextEnd = neighboursEnd(bytes, segEnd);
    // Specific rules first, so that a generic rule finding the same secret can skip its checks.
    for (const generic of [false, true]) {
      for (const ruleIndex of pending) {
        const compiled = detector.rules[ruleIndex]!;
        if ((compiled.rule.generic === true) !== generic) continue;
        const named = compiled.assigned !== null;
        // Minified code is full of public client keys (`apiKey:"…"` in a bundle): no generic name-keyed rule there.
        if (generic && named && segLineEnd - lineStart(bytes, segStart) > LONG_LINE) continue;
        const run = detector.secretRuns[ruleIndex];
        if (run && !hasRun(bytes, segStart, named ? contextEnd : segEnd, run)) continue;
        if (named) {
          if (context === undefined) {
            const text = bytes.toString('latin1', segStart, contextEnd);
            context = { text, base: segStart, pairs: readAssignments(text, 0, segEnd - segStart) };
            // A window of a long line may start inside a string, and the reader, out of step, takes code for
            // strings: it also reads from the name of each keyword hit, a little way (linear: at most 16 of them).
            for (const s of segNames) {
              const to = Math.min(segEnd, s + NAME_READ) - segStart;
              context.pairs.push(...readAssignments(text, s - segStart, to));
            }
          }
          runAssigned(ruleIndex, context);
        }
        runRule(ruleIndex, (segment ??= bytes.toString('latin1', segStart, segEnd)), segStart);
      }
    }
    pending.clear();
  };

  const hit = (at: number, keyword: number, length: number): void => {
    const inWord = isWordByte(bytes[at - 1]);
    const wanted = detector.rulesByKeyword[keyword]!.filter((i) => wants(detector, i, bytes, at, length, inWord));
    if (wanted.length === 0) return;
    // In a window of a long line, a hit near its end would leave the secret cut off: the window grows to this hit's
    // own reach, or, past MAX_WINDOW, a new window opens around the hit.
    const reach = Math.min(segLineEnd, at + WINDOW_AFTER);
    if (at < segEnd && reach > segEnd) {
      if (reach - segStart <= MAX_WINDOW) segEnd = reach;
      else segEnd = at; // falls through to a new window
    }
    if (at >= segEnd) {
      flush();
      let ls = lineStart(bytes, at);
      let le = lineEnd(bytes, at);
      segLineEnd = le;
      if (le - ls > LONG_LINE) {
        ls = Math.max(ls, at - WINDOW_BEFORE);
        le = Math.min(le, at + WINDOW_AFTER);
      }
      segStart = ls;
      segNames.length = 0;
      segEnd = le;
    }
    if (
      segStart > 0 &&
      bytes[segStart - 1] !== NL &&
      segNames.length < 16 &&
      wanted.some((i) => detector.rules[i]!.assigned)
    ) {
      const s = nameStart(bytes, at, segStart);
      if (!segNames.includes(s)) segNames.push(s);
    }
    for (const i of wanted) {
      pending.add(i);
      const span = detector.rules[i]!.rule.span;
      if (span !== undefined) segEnd = Math.max(segEnd, Math.min(bytes.length, at + span));
    }
  };

  const { outputs, lengths } = detector.automaton;
  for (let h = 0; h < hits.length; h += 2) {
    const end = hits[h]!;
    for (const k of outputs(hits[h + 1]!)) hit(end - lengths[k]! + 1, k, lengths[k]!);
  }
  flush();
  return preferSpecific(found, detector);
}

/** Where the name around offset `at` starts: back over name characters and an opening quote, at most 64 bytes. */
function nameStart(bytes: Buffer, at: number, floor: number): number {
  let i = at;
  const stop = Math.max(floor, at - 64);
  while (
    i > stop &&
    (isWordByte(bytes[i - 1]) || bytes[i - 1] === 0x2e || bytes[i - 1] === 0x2d || bytes[i - 1] === 0x24)
  )
    i--;
  if (i > stop && QUOTES.has(bytes[i - 1]!)) i--;
  return i;
}

/** A segment read by the assignment reader: its text (with the neighbour lines), where it starts, its pairs. */
interface Context {
  text: string;
  base: number;
  pairs: Assignment[];
}

/** Where the neighbour lines of a segment ending at `end` end (the segment's end when it is not a line's end). */
function neighboursEnd(bytes: Buffer, end: number): number {
  if (bytes[end] !== NL) return end;
  const limit = Math.min(bytes.length, end + NEIGHBOUR_BYTES);
  let p = end;
  for (let n = 0; n < NEIGHBOUR_LINES && p < limit; n++) {
    const nl = bytes.indexOf(NL, p + 1);
    p = nl === -1 || nl > limit ? limit : nl;
  }
  return p;
}

const providerPrefixes = new WeakMap<Detector, (secret: string) => boolean>();

/**
 * Does the secret begin with a rule's token prefix (ghp_, xoxb-, sk_live_, or a keyword that starts a secret)? Then
 * that rule judged the value and refused it (a wrong length, a failed checksum): a generic rule finding it is
 * not sure of it. Read off the detector's own keyword automaton.
 */
function looksLikeProviderToken(secret: string, detector: Detector): boolean {
  let test = providerPrefixes.get(detector);
  if (test === undefined) {
    const { automaton, rulesByKeyword, startsToken } = detector;
    test = (value: string): boolean => {
      const head = Buffer.from(value.slice(0, 64), 'utf8');
      const hits = automaton.scan(head);
      for (let h = 0; h < hits.length; h += 2) {
        for (const k of automaton.outputs(hits[h + 1]!)) {
          const length = automaton.lengths[k]!;
          if (hits[h]! + 1 !== length || length < 3) continue;
          // A keyword with punctuation (ghp_, xoxb-, sk_live_) is a token prefix; a word (akia) only where it starts one.
          const prefix = /[^A-Za-z0-9]/.test(value.slice(0, length));
          if (rulesByKeyword[k]!.some((i) => prefix || startsToken[i])) return true;
        }
      }
      return false;
    };
    providerPrefixes.set(detector, test);
  }
  return test(secret);
}

/** The rule's offline structural check; a check that throws could not decide, and the finding keeps blocking. */
function passesCheck(rule: RuleInfo, secret: string): boolean {
  if (!rule.validate) return true;
  try {
    return rule.validate(secret);
  } catch {
    return true;
  }
}

/**
 * Drop generic matches that overlap a specific rule's match, and duplicate reports of one secret (two specific rules
 * matching exactly the same text: the first in catalog order, the most specific family, wins); order by position.
 */
function preferSpecific(found: Match[], detector: Detector): Match[] {
  if (found.length < 2) return found;
  found.sort((a, b) => a.start - b.start || a.ruleIndex - b.ruleIndex || b.end - a.end);
  const isGeneric = (m: Match) => detector.rules[m.ruleIndex]!.rule.generic === true;
  const specific = found.filter((m) => !isGeneric(m));
  /** Per rule, where its last kept match ends. */
  const reach = new Map<number, number>();
  return found.filter((m, i) => {
    if (isGeneric(m)) return !specific.some((s) => s.start < m.end && m.start < s.end);
    const previous = found[i - 1];
    if (previous && !isGeneric(previous) && previous.start === m.start && previous.end === m.end) return false;
    // One rule reporting a value and a part of it (a name-keyed value read whole and inside its string): the first.
    if (m.start < (reach.get(m.ruleIndex) ?? -1)) return false;
    reach.set(m.ruleIndex, m.end);
    return true;
  });
}
