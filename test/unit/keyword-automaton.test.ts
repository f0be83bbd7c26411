import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '../../src/detect/keyword-automaton.js';

/** Every (start, keyword) the automaton reports over `text`. */
function run(keywords: string[], text: string): string[] {
  const a = buildAutomaton(keywords);
  const bytes = Buffer.from(text, 'utf8');
  const found: string[] = [];
  let row = 0;
  for (let i = 0; i < bytes.length; i++) {
    const cls = a.classes[bytes[i]!]!;
    let v = ~a.next[row + cls]!;
    if (v === -1) v = a.fill(row, cls);
    row = v >> 1;
    if (v & 1) for (const k of a.outputs(row / a.classCount)) found.push(`${i - a.lengths[k]! + 1}:${k}`);
  }
  return found.sort();
}

function bruteForce(keywords: string[], text: string): string[] {
  const lower = Buffer.from(text.toLowerCase(), 'utf8').toString('latin1');
  const found: string[] = [];
  keywords.forEach((k, i) => {
    for (let p = lower.indexOf(k); p !== -1; p = lower.indexOf(k, p + 1)) found.push(`${p}:${i}`);
  });
  return found.sort();
}

describe('keyword automaton', () => {
  it('finds overlapping, nested and case-varied keywords like a brute-force search', () => {
    const keywords = ['key', 'api_key', 'secret', 'secret_access', 'sk-', 'sk-proj-', 'ghp_', 'he', 'she', 'hers'];
    const text = 'API_KEY=x SECRET_ACCESS_KEY ushers Sk-Proj-abc GHP_ ключ sk-sk- hershe';
    expect(run(keywords, text)).toEqual(bruteForce(keywords, text));
  });

  it('agrees with brute force on random keyword sets', () => {
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 1000) / 1000;
    const alphabet = 'abcAB_-.0';
    const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
    for (let round = 0; round < 20; round++) {
      const keywords = [...new Set(Array.from({ length: 15 }, () => word(2 + Math.floor(rand() * 4)).toLowerCase()))];
      const text = word(400);
      expect(run(keywords, text)).toEqual(bruteForce(keywords, text));
    }
  });
});
