import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../src/rules/index.js';
import type { Rule } from '../../src/rules/types.js';

/**
 * Every built-in pattern runs in linear time: each rule's patterns are timed on about 1 MB of adversarial near
 * misses built from the rule itself (its keywords repeated, each followed by long runs of every character class
 * of its patterns, on short lines and on one long line), and must stay under a fixed budget per megabyte. A
 * pattern that backtracks badly takes minutes on such text; a linear one, milliseconds. The budget leaves room for a
 * loaded two-core machine.
 */
const BUDGET_MS_PER_MB = 5000;
const SIZE = 1 << 20;

/** The patterns a rule runs: its line regex, or its name and value patterns and its `also`. */
function patternsOf(rule: Rule): RegExp[] {
  const { regex } = rule;
  if (regex instanceof RegExp) return [regex];
  return [regex.name, regex.value, ...(regex.also ? [regex.also] : [])];
}

/** The character classes of a pattern's source (`[A-Za-z0-9_-]`), as sources. */
function classesOf(source: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === '[') {
      let j = i + 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      out.push(source.slice(i, j + 1));
      i = j;
    }
  }
  return [...new Set(out)];
}

const CANDIDATES = 'aZ9f0_-+/=.:A~!@#%^&*()';
/** One character of each class of the rule's patterns (a letter or digit when the class has one). */
function classChars(rule: Rule): string[] {
  const chars = new Set<string>(['a']);
  for (const pattern of patternsOf(rule))
    for (const cls of classesOf(pattern.source)) {
      let test: RegExp;
      try {
        test = new RegExp(cls);
      } catch {
        continue;
      }
      const ch = [...CANDIDATES].find((c) => test.test(c));
      if (ch !== undefined) chars.add(ch);
    }
  return [...chars];
}

/** About 1 MB: `unit(i)` repeated, joined by `sep`. */
function fill(unit: (i: number) => string, sep: string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < SIZE; i++) {
    const part = unit(i);
    parts.push(part);
    length += part.length + sep.length;
  }
  return parts.join(sep);
}

/** Near misses for a rule: runs of its classes after its keywords, its keywords and assignments repeated. */
function adversarial(rule: Rule): Record<string, string> {
  const keywords = rule.keywords;
  const chars = classChars(rule);
  const run = (i: number, length: number): string =>
    `${keywords[i % keywords.length]!}${i % 3 === 0 ? '="' : i % 3 === 1 ? ': ' : ''}${chars[i % chars.length]!.repeat(length)}`;
  return {
    'class runs after keywords': fill((i) => `${run(i, 40 + ((i * 37) % 3000))}${i % 2 === 0 ? '\n' : ' '}`, ''),
    'keywords and assignments repeated': fill((i) => `${keywords[i % keywords.length]!}${i % 2 ? '' : '_key="'}`, ''),
  };
}

/** Runs a pattern over the whole text the way the engine does (global, every match), or, sticky, at each value. */
function exercise(pattern: RegExp, text: string, values: number[]): void {
  if (pattern.sticky) {
    for (const at of values) {
      pattern.lastIndex = at;
      pattern.exec(text);
    }
    return;
  }
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  for (let m = global.exec(text); m !== null; m = global.exec(text)) if (m[0].length === 0) global.lastIndex++;
}

/** After every `=`, `"` and `: `: where the reader could start a value. */
function valueStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3d || c === 0x22 || (c === 0x3a && text.charCodeAt(i + 1) === 0x20))
      starts.push(c === 0x3a ? i + 2 : i + 1);
  }
  return starts;
}

describe.each(builtinRules.map((rule) => [rule.id, rule] as const))('rule %s runs in linear time', (_id, rule) => {
  it.each(Object.entries(adversarial(rule)))('on %s', (_kind, text) => {
    const start = performance.now();
    const { regex } = rule;
    if (regex instanceof RegExp) exercise(regex, text, []);
    else {
      // A name-keyed rule: the name pattern over the whole text (a name far longer than any), the value pattern at
      // every place a value could start, and the line pattern `also`. (The reader is timed in assignments.test.ts.)
      exercise(regex.name, text, []);
      exercise(new RegExp(regex.value.source, `${regex.value.flags}y`), text, valueStarts(text));
      if (regex.also) exercise(regex.also, text, []);
    }
    const perMb = ((performance.now() - start) * (1 << 20)) / text.length;
    expect(perMb, `${rule.id}: ${perMb.toFixed(0)} ms per MB`).toBeLessThan(BUDGET_MS_PER_MB);
  });
});
