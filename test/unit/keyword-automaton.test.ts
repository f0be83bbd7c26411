import { describe, expect, it } from 'vitest';
import {
  automatonFrom,
  buildTrie,
  type KeywordAutomaton,
  type KeywordScanner,
} from '../../src/detect/keyword-automaton.js';

const build = (keywords: string[], use: KeywordScanner['kind']): KeywordAutomaton =>
  automatonFrom(buildTrie(keywords), keywords, use);

/** Every (start, keyword) the automaton reports over `text`. */
function run(a: KeywordAutomaton, text: string): string[] {
  const hits = a.scan(Buffer.from(text, 'utf8'));
  const found: string[] = [];
  for (let h = 0; h < hits.length; h += 2)
    for (const k of a.outputs(hits[h + 1]!)) found.push(`${hits[h]! - a.lengths[k]! + 1}:${k}`);
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

describe.each(['wasm', 'js'] as const)('keyword automaton (%s scanner)', (use) => {
  it('runs the scanner asked for', () => {
    expect(build(['key'], use).kind).toBe(use);
  });

  it('finds overlapping, nested and case-varied keywords like a brute-force search', () => {
    const keywords = ['key', 'api_key', 'secret', 'secret_access', 'sk-', 'sk-proj-', 'ghp_', 'he', 'she', 'hers'];
    const text = 'API_KEY=x SECRET_ACCESS_KEY ushers Sk-Proj-abc GHP_ ключ sk-sk- hershe';
    expect(run(build(keywords, use), text)).toEqual(bruteForce(keywords, text));
  });

  it('agrees with brute force on random keyword sets', () => {
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 1000) / 1000;
    const alphabet = 'abcAB_-.0';
    const word = (n: number) =>
      Array.from({ length: n }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
    for (let round = 0; round < 20; round++) {
      const keywords = [...new Set(Array.from({ length: 15 }, () => word(2 + Math.floor(rand() * 4)).toLowerCase()))];
      const text = word(400);
      expect(run(build(keywords, use), text)).toEqual(bruteForce(keywords, text));
    }
  });

  it('agrees with brute force on inputs long enough to be walked in halves and in chunks', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 1000) / 1000;
    const alphabet = 'abcAB_-.0 \n';
    const word = (n: number) =>
      Array.from({ length: n }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
    const keywords = [
      ...new Set(
        Array.from({ length: 40 }, () =>
          word(2 + Math.floor(rand() * 6))
            .toLowerCase()
            .trim(),
        ),
      ),
    ].filter((k) => k.length > 1);
    const a = build(keywords, use);
    for (const length of [0, 1, 100, 8191, 8192, 20001, 65535, 65536, 65537, 140000]) {
      const text = word(length);
      expect(run(a, text)).toEqual(bruteForce(keywords, text));
    }
  });

  it('finds a keyword longer than half a chunk', () => {
    const long = 'ab'.repeat(3000);
    const keywords = [long, 'ba'];
    const text = `x${long}y${long.slice(1)}a`.repeat(5);
    expect(run(build(keywords, use), text)).toEqual(bruteForce(keywords, text));
  });
});
