/**
 * Aho–Corasick over ASCII, case-insensitive: one pass over the text reports every occurrence of every keyword.
 * It replaces lower-casing the text and running a keyword alternation regex, which together cost more than the
 * rest of a scan. Characters that occur in no keyword share class 0, which always leads back to the root.
 */
export interface KeywordAutomaton {
  /** char code (0–255) → class; codes above 255 are class 0. */
  classes: Uint8Array;
  classCount: number;
  /**
   * Transition table, premultiplied and fused for the hot loop: entry `row + class` holds
   * `(nextRow << 1) | hasOutput`, where a row is `state * classCount`.
   */
  next: Int32Array;
  /** row → index into `matches`, or -1. */
  output: Int32Array;
  /** For each output index: the keyword indexes that end in that state (own and by suffix). */
  matches: number[][];
  lengths: number[];
}

export function buildAutomaton(keywords: readonly string[]): KeywordAutomaton {
  const classes = new Uint8Array(256);
  let classCount = 1;
  for (const keyword of keywords) {
    for (const ch of keyword) {
      const lo = ch.toLowerCase().charCodeAt(0);
      if (lo > 255) continue;
      if (classes[lo] === 0) {
        classes[lo] = classCount;
        const up = ch.toUpperCase().charCodeAt(0);
        if (up <= 255) classes[up] = classCount;
        classCount++;
      }
    }
  }
  if (classCount > 255) throw new Error('too many distinct keyword characters');
  // Trie.
  const goto: number[][] = [new Array<number>(classCount).fill(-1)];
  const own: number[][] = [[]];
  keywords.forEach((keyword, index) => {
    let state = 0;
    for (const ch of keyword.toLowerCase()) {
      const c = classes[ch.charCodeAt(0) & 0xff]!;
      let to = goto[state]![c]!;
      if (to === -1) {
        to = goto.length;
        goto.push(new Array<number>(classCount).fill(-1));
        own.push([]);
        goto[state]![c] = to;
      }
      state = to;
    }
    own[state]!.push(index);
  });
  // Breadth-first: failure links, then the full transition table.
  const stateCount = goto.length;
  const next = new Int32Array(stateCount * classCount);
  const fail = new Int32Array(stateCount);
  const out: number[][] = own.map((o) => [...o]);
  const queue: number[] = [];
  for (let c = 1; c < classCount; c++) {
    const to = goto[0]![c]!;
    next[c] = to === -1 ? 0 : to;
    if (to !== -1) queue.push(to);
  }
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q]!;
    out[state]!.push(...out[fail[state]!]!);
    for (let c = 1; c < classCount; c++) {
      const to = goto[state]![c]!;
      const viaFail = next[fail[state]! * classCount + c]!;
      if (to === -1) {
        next[state * classCount + c] = viaFail;
      } else {
        next[state * classCount + c] = to;
        fail[to] = viaFail;
        queue.push(to);
      }
    }
  }
  const output = new Int32Array(stateCount * classCount).fill(-1);
  const matches: number[][] = [];
  out.forEach((list, state) => {
    if (list.length > 0) {
      output[state * classCount] = matches.length;
      matches.push(list);
    }
  });
  const fused = new Int32Array(next.length);
  for (let i = 0; i < next.length; i++) {
    const to = next[i]!;
    fused[i] = ((to * classCount) << 1) | (out[to]!.length > 0 ? 1 : 0);
  }
  return { classes, classCount, next: fused, output, matches, lengths: keywords.map((k) => k.length) };
}
