import { shannonEntropy } from './entropy.js';
import { isPlaceholder } from './placeholder.js';
import type { Detector } from './compile.js';
import { looksLikeCode } from './code-like.js';
import { inDataUri, isDocumentationKey } from './look-alikes.js';
import type { Rule } from '../rules/types.js';

/** One secret found in a text, before it is turned into a report finding. The secret never leaves detect/. */
export interface Match {
  ruleIndex: number;
  /** Offset of the secret in the text. */
  start: number;
  end: number;
  /** 0-based line and column of the secret's first character. */
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
export const ALLOW_MARKER = 'keyguard:allow';

/** Keeps line numbers incrementally: matches arrive roughly in order. */
class LineCounter {
  private pos = 0;
  private line = 0;
  constructor(private readonly text: string) {}
  lineOf(offset: number): number {
    if (offset < this.pos) {
      this.pos = 0;
      this.line = 0;
    }
    let i = this.text.indexOf('\n', this.pos);
    while (i !== -1 && i < offset) {
      this.line++;
      i = this.text.indexOf('\n', i + 1);
    }
    this.pos = offset;
    return this.line;
  }
}

function lineBounds(text: string, offset: number): [number, number] {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  return [start, nl === -1 ? text.length : nl];
}

/**
 * Find every secret in `text`: a keyword prefilter picks the segments (lines, or windows of long lines) and the
 * rules worth running there; each rule's regex then runs on its segment only.
 */
export function scanText(text: string, detector: Detector): Match[] {
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  const haystack = sameLength ? lower : text;
  const keywords = sameLength ? detector.keywords : detector.keywordsIgnoreCase;
  const found: Match[] = [];
  const seen = new Set<string>();
  const lines = new LineCounter(text);
  const pending = new Set<number>();
  let segStart = 0;
  let segEnd = -1;

  const flush = (): void => {
    if (pending.size === 0) return;
    const segment = text.slice(segStart, segEnd);
    for (const ruleIndex of pending) runRule(ruleIndex, segment, segStart);
    pending.clear();
  };

  const runRule = (ruleIndex: number, segment: string, base: number): void => {
    const compiled = detector.rules[ruleIndex]!;
    const { rule } = compiled;
    const regex = compiled.regex();
    regex.lastIndex = 0;
    for (let m = regex.exec(segment); m !== null; m = regex.exec(segment)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const secret = m.groups?.secret ?? m[0];
      const start = base + m.index + m[0].lastIndexOf(secret);
      const key = `${ruleIndex}:${start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (rule.entropy !== undefined && shannonEntropy(secret) < rule.entropy) continue;
      if (isDocumentationKey(secret) || inDataUri(text, start) || (rule.generic && looksLikeCode(secret))) continue;
      if (rule.reject?.test(secret)) continue;
      if (isPlaceholder(secret)) continue;
      const [ls, le] = lineBounds(text, start);
      if (text.slice(ls, le).includes(ALLOW_MARKER)) continue;
      found.push({
        ruleIndex,
        start,
        end: start + secret.length,
        line: lines.lineOf(start),
        column: start - ls,
        secret,
        lowConfidence: !passesCheck(rule, secret),
      });
    }
  };

  keywords.lastIndex = 0;
  for (let m = keywords.exec(haystack); m !== null; m = keywords.exec(haystack)) {
    const at = m.index;
    keywords.lastIndex = at + 1;
    const ruleIndexes = detector.rulesByKeyword.get(sameLength ? m[0] : m[0].toLowerCase()) ?? [];
    if (at >= segEnd) {
      flush();
      let [ls, le] = lineBounds(text, at);
      if (le - ls > LONG_LINE) {
        ls = Math.max(ls, at - WINDOW_BEFORE);
        le = Math.min(le, at + WINDOW_AFTER);
      }
      segStart = ls;
      segEnd = le;
    }
    for (const i of ruleIndexes) {
      pending.add(i);
      const span = detector.rules[i]!.rule.span;
      if (span !== undefined) segEnd = Math.max(segEnd, Math.min(text.length, at + span));
    }
  }
  flush();
  return preferSpecific(found, detector);
}

/** The rule's offline structural check; a check that throws could not decide, and the finding keeps blocking. */
function passesCheck(rule: Rule, secret: string): boolean {
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
  found.sort((a, b) => a.start - b.start || a.ruleIndex - b.ruleIndex);
  const isGeneric = (m: Match) => detector.rules[m.ruleIndex]!.rule.generic === true;
  const specific = found.filter((m) => !isGeneric(m));
  return found.filter((m, i) => {
    if (isGeneric(m)) return !specific.some((s) => s.start < m.end && m.start < s.end);
    const previous = found[i - 1];
    return !(previous && !isGeneric(previous) && previous.start === m.start && previous.end === m.end);
  });
}
