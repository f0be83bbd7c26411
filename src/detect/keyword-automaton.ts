/**
 * Aho–Corasick over ASCII, case-insensitive: one pass over the bytes reports every occurrence of every keyword.
 * It replaces lower-casing the text and running a keyword alternation regex, which together cost more than the
 * rest of a scan. Bytes that occur in no keyword share class 0, which always leads back to the root.
 *
 * The transition table is filled lazily: building all of it up front costs more start-up time than a typical
 * commit takes to scan, while the states a text actually visits are few.
 */
export interface KeywordAutomaton {
  /** byte → class. */
  classes: Uint8Array;
  classCount: number;
  /**
   * Transitions, premultiplied and fused for the hot loop: entry `row + class` holds `(nextRow << 1) | hasOutput`
   * (a row is `state * classCount`), or -1 while not yet computed (see `fill`).
   */
  next: Int32Array;
  /** Computes, stores and returns the entry `row + cls` of `next`. */
  fill(row: number, cls: number): number;
  /** state → keyword indexes that end there (own and by suffix). */
  outputs(state: number): number[];
  lengths: number[];
}

export function buildAutomaton(keywords: readonly string[]): KeywordAutomaton {
  const classes = new Uint8Array(256);
  let classCount = 1;
  let totalLength = 0;
  for (const keyword of keywords) {
    totalLength += keyword.length;
    for (let i = 0; i < keyword.length; i++) {
      const lo = keyword.charCodeAt(i) | (isUpper(keyword.charCodeAt(i)) ? 0x20 : 0);
      if (lo > 255 || classes[lo] !== 0) continue;
      classes[lo] = classCount;
      if (isLower(lo)) classes[lo - 0x20] = classCount;
      classCount++;
    }
  }
  if (classCount > 255) throw new Error('too many distinct keyword characters');
  const maxStates = totalLength + 1;
  const goto = new Int32Array(maxStates * classCount).fill(-1);
  const own = new Int32Array(maxStates).fill(-1);
  // Children as linked lists (first child, next sibling, edge class): the walk below visits edges, not the
  // states × classes table, which matters when this runs cold at start-up.
  const firstChild = new Int32Array(maxStates).fill(-1);
  const sibling = new Int32Array(maxStates).fill(-1);
  const edgeClass = new Uint8Array(maxStates);
  let stateCount = 1;
  for (let index = 0; index < keywords.length; index++) {
    const keyword = keywords[index]!;
    let state = 0;
    for (let i = 0; i < keyword.length; i++) {
      const at = state * classCount + classes[keyword.charCodeAt(i) & 0xff]!;
      if (goto[at] === -1) {
        const child = stateCount++;
        goto[at] = child;
        edgeClass[child] = at - state * classCount;
        sibling[child] = firstChild[state]!;
        firstChild[state] = child;
      }
      state = goto[at]!;
    }
    own[state] = index;
  }
  // Failure links breadth first (a state's failure target is always shallower), and whether any keyword ends in
  // a state or in its failure chain.
  const fail = new Int32Array(stateCount);
  const hasOutput = new Uint8Array(stateCount);
  const queue = new Int32Array(stateCount);
  let tail = 0;
  for (let child = firstChild[0]!; child !== -1; child = sibling[child]!) queue[tail++] = child;
  for (let head = 0; head < tail; head++) {
    const state = queue[head]!;
    hasOutput[state] = own[state] !== -1 || hasOutput[fail[state]!] === 1 ? 1 : 0;
    for (let child = firstChild[state]!; child !== -1; child = sibling[child]!) {
      const c = edgeClass[child]!;
      let f = fail[state]!;
      while (f !== 0 && goto[f * classCount + c] === -1) f = fail[f]!;
      const target = goto[f * classCount + c]!;
      fail[child] = target !== -1 && target !== child ? target : 0;
      queue[tail++] = child;
    }
  }
  const next = new Int32Array(stateCount * classCount).fill(-1);
  const entry = (to: number): number => ((to * classCount) << 1) | hasOutput[to]!;
  for (let c = 0; c < classCount; c++) next[c] = entry(goto[c] === -1 || c === 0 ? 0 : goto[c]!);
  for (let row = 0; row < next.length; row += classCount) next[row] = 0; // class 0 always returns to the root
  const fill = (row: number, cls: number): number => {
    const state = row / classCount;
    const to = goto[state * classCount + cls]!;
    let value: number;
    if (to !== -1) value = entry(to);
    else {
      const viaFail = fail[state]! * classCount;
      value = next[viaFail + cls]! >= 0 ? next[viaFail + cls]! : fill(viaFail, cls);
    }
    next[row + cls] = value;
    return value;
  };
  const outputCache = new Map<number, number[]>();
  const outputs = (state: number): number[] => {
    let list = outputCache.get(state);
    if (list === undefined) {
      list = [];
      for (let f = state; f !== 0; f = fail[f]!) if (own[f] !== -1) list.push(own[f]!);
      outputCache.set(state, list);
    }
    return list;
  };
  return { classes, classCount, next, fill, outputs, lengths: keywords.map((k) => k.length) };
}

function isUpper(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

function isLower(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}
