import { describe, expect, it } from 'vitest';
import { compileDetector } from '../../src/detect/compile.js';
import { scanText } from '../../src/detect/engine.js';
import { builtinRules } from '../../src/rules/index.js';

/**
 * Every pattern must run in linear time: each rule is timed on text built to make a backtracking regex stumble, from
 * its own keywords (repeated prefixes, a keyword followed by long runs of the characters a secret is made of, names
 * with an operator and a value that stops one character short), as lines of a few KiB and as one long line.
 */
const SIZE = 256 * 1024;
/** Milliseconds per 256 KiB; a backtracking pattern takes seconds here, a linear one a few milliseconds. */
const BUDGET = 750;

const RUNS = ['a', 'A', '0', 'f', 'aA0', 'a-', 'a_', 'a.', 'a/', 'a+', 'A-', '0:'];

function adversarial(keywords: string[], newline: boolean): string {
  const pieces: string[] = [];
  for (const keyword of keywords) {
    const upper = keyword.toUpperCase();
    pieces.push(keyword.repeat(200), upper.repeat(200));
    for (const run of RUNS) {
      pieces.push(`${keyword}${run.repeat(600)}`, `${upper}${run.repeat(600)}!`);
      pieces.push(`${upper}_TOKEN = "${run.repeat(400)}`, `${keyword}.key: ${run.repeat(300)}=`);
      pieces.push(`${keyword}_${keyword}_${keyword}=${run.repeat(50)}`.repeat(20));
    }
  }
  const sep = newline ? '\n' : ' ';
  let text = '';
  while (text.length < SIZE) text += pieces.join(sep) + sep;
  return text.slice(0, SIZE);
}

describe('every rule runs in linear time', () => {
  it.each(builtinRules.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
    const detector = compileDetector([rule]);
    for (const newline of [true, false]) {
      const text = adversarial(rule.keywords, newline);
      const started = performance.now();
      scanText(text, detector);
      const elapsed = performance.now() - started;
      expect(elapsed, `${rule.id} took ${Math.round(elapsed)} ms on 256 KiB`).toBeLessThan(BUDGET);
    }
  });
});
