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

  it('scan() reports the same hits as the step-by-step walk, also on inputs long enough to be walked in halves', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 1000) / 1000;
    const alphabet = 'abcAB_-.0 \n';
    const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
    const keywords = [...new Set(Array.from({ length: 40 }, () => word(2 + Math.floor(rand() * 6)).toLowerCase().trim()))].filter(
      (k) => k.length > 1,
    );
    for (const length of [100, 8191, 8192, 20001]) {
      const text = word(length);
      const a = buildAutomaton(keywords);
      const hits = a.scan(Buffer.from(text, 'utf8'));
      const found: string[] = [];
      for (let h = 0; h < hits.length; h += 2) for (const k of a.outputs(hits[h + 1]!)) found.push(`${hits[h]! - a.lengths[k]! + 1}:${k}`);
      expect(found.sort()).toEqual(bruteForce(keywords, text));
    }
  });
});

