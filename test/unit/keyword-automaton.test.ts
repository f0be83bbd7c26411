import { describe, expect, it } from 'vitest';
import { buildAutomaton, step } from '../../src/detect/keyword-automaton.js';
import { fake } from '../../src/rules/fake.js';

const KEYWORDS = ['key', 'api_key', 'sk-', 'sk-proj-', 'proj', 'oj-x', 'a', 'é-token', 'hooks.slack.com'];

/** Every (end offset, rule) pair, the slow obvious way. */
function naive(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  KEYWORDS.forEach((k, rule) => {
    const ascii = k.replace(/[^\x00-\x7f]+/g, ' ').split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');
    for (let i = lower.indexOf(ascii); i !== -1; i = lower.indexOf(ascii, i + 1)) out.push(`${i + ascii.length - 1}:${rule}`);
  });
  return out.sort();
}

function automatonHits(text: string): string[] {
  const a = buildAutomaton(new Map(KEYWORDS.map((k, i) => [k, [i]])));
  const out: string[] = [];
  let state = 0;
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    state = c >= 128 ? 0 : step(a, state, c);
    const h = a.hit[state]!;
    if (h >= 0) for (const r of a.rules[h]!) out.push(`${at}:${r}`);
  }
  return out.sort();
}

describe('keyword automaton', () => {
  it('finds every keyword ending at every offset, overlapping and case-folded, like a naive search', () => {
    const alphabet = 'aAkKeEyYsSpPrRoOjJ-_x.iI é';
    for (let i = 0; i < 200; i++) {
      const text = fake(alphabet, 300, `ka${i}`) + ' SK-PROJ-x API_KEY hooks.SLACK.com';
      expect(automatonHits(text), text).toEqual(naive(text));
    }
  });
});
