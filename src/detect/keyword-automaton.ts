/**
 * The keyword prefilter as one Aho-Corasick automaton over ASCII, case-folded: a single pass over the text, whatever
 * the number of keywords (an alternation regex slows down with each one it gains; with hundreds it dominated the
 * scan). Built on every commit, so kept cheap: a dense trie and failure links, no full transition table.
 */
export interface KeywordAutomaton {
  /** state * 128 + character code → child state, or -1. Upper- and lower-case letters lead to the same child. */
  trie: Int32Array;
  /** The longest proper suffix of a state that is also a state. */
  fail: Int32Array;
  /** For each state: an index into `rules` when one or more keywords end there, else -1. */
  hit: Int32Array;
  /** The rule indexes to run for a hit: those of every keyword ending at that state. */
  rules: number[][];
}

/** A keyword with characters outside ASCII is reduced to its longest ASCII run: keywords only narrow the search. */
function asciiPart(keyword: string): string {
  return keyword.split(/[^\x00-\x7f]+/).reduce((a, b) => (b.length > a.length ? b : a), '');
}

export function buildAutomaton(keywords: Map<string, number[]>): KeywordAutomaton {
  const words = [...keywords].map(([k, r]) => [asciiPart(k.toLowerCase()), r] as const).filter(([k]) => k.length > 0);
  const capacity = 1 + words.reduce((n, [k]) => n + k.length, 0);
  const trie = new Int32Array(capacity * 128).fill(-1);
  const children: number[][] = [[]]; // pairs of (character, child), lower-case only
  const own: (number[] | undefined)[] = [];
  for (const [word, ruleIndexes] of words) {
    let s = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let t = trie[s * 128 + c]!;
      if (t < 0) {
        t = children.length;
        children.push([]);
        children[s]!.push(c, t);
        trie[s * 128 + c] = t;
        if (c >= 97 && c <= 122) trie[s * 128 + c - 32] = t;
      }
      s = t;
    }
    own[s] = [...(own[s] ?? []), ...ruleIndexes];
  }
  const count = children.length;
  const fail = new Int32Array(count);
  const outputs: (number[] | undefined)[] = [own[0]];
  const queue: number[] = [0];
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q]!;
    const list = children[s]!;
    for (let j = 0; j < list.length; j += 2) {
      const c = list[j]!;
      const t = list[j + 1]!;
      let f = s === 0 ? -1 : fail[s]!;
      while (f > 0 && trie[f * 128 + c]! < 0) f = fail[f]!;
      const g = f < 0 ? -1 : trie[f * 128 + c]!;
      fail[t] = g < 0 ? 0 : g;
      // Breadth-first: the failure target's outputs are complete before this state's.
      const inherited = outputs[fail[t]!];
      const mine = own[t];
      outputs[t] = mine && inherited ? [...new Set([...mine, ...inherited])].sort((a, b) => a - b) : (mine ?? inherited);
      queue.push(t);
    }
  }
  const hit = new Int32Array(count).fill(-1);
  const rules: number[][] = [];
  const index = new Map<number[], number>();
  for (let s = 0; s < count; s++) {
    const list = outputs[s];
    if (list === undefined) continue;
    let i = index.get(list);
    if (i === undefined) {
      i = rules.push(list) - 1;
      index.set(list, i);
    }
    hit[s] = i;
  }
  return { trie, fail, hit, rules };
}

/** The automaton's next state from `state` on character code `c` (< 128), following failure links. */
export function step(a: KeywordAutomaton, state: number, c: number): number {
  let s = state;
  for (;;) {
    const t = a.trie[s * 128 + c]!;
    if (t >= 0) return t;
    if (s === 0) return 0;
    s = a.fail[s]!;
  }
}
