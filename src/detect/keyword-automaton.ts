import { wasmScanner } from './wasm-scanner.js';

/**
 * Aho–Corasick over ASCII, case-insensitive: one pass over the bytes reports every occurrence of every keyword.
 * It replaces lower-casing the text and running a keyword alternation regex, which together cost more than the
 * rest of a scan. Bytes that occur in no keyword share class 0, which always leads back to the root.
 *
 * Built for start-up: the trie is kept as linked lists (a few small typed arrays, computed at build time for the
 * built-in rules). The pass itself runs in WebAssembly (wasm-scanner.ts), over a dense transition table it fills
 * from the trie; where WebAssembly is unavailable (`node --jitless`), a JavaScript scanner fills its table lazily,
 * on the first visit of each (state, class), since the states a text actually visits are few.
 */
export interface KeywordAutomaton {
  /** byte → class. */
  classes: Uint8Array;
  classCount: number;
  /** state → keyword indexes that end there (own and by suffix). */
  outputs(state: number): number[];
  /** Pairs (end offset, state) for every position where a keyword ends, in order. */
  scan(bytes: Uint8Array): number[];
  lengths: number[];
  /** Which scanner runs `scan`. */
  kind: KeywordScanner['kind'];
}

/** The keyword pass, implemented twice: in WebAssembly, and in JavaScript where wasm is unavailable. */
export interface KeywordScanner {
  kind: 'wasm' | 'js';
  /** Pairs (end offset, state) for every position where a keyword ends, in order. */
  scan(bytes: Uint8Array): number[];
}

/** The trie with failure links: everything the automaton needs, in typed arrays (serialisable at build time). */
export interface KeywordTrie {
  keywords: string;
  classes: Uint8Array;
  classCount: number;
  stateCount: number;
  rootChild: Int32Array;
  firstChild: Int32Array;
  sibling: Int32Array;
  edgeClass: Uint8Array;
  own: Int32Array;
  fail: Int32Array;
  hasOutput: Uint8Array;
}

export function buildTrie(keywords: readonly string[]): KeywordTrie {
  const classes = new Uint8Array(256);
  let classCount = 1;
  let totalLength = 0;
  for (const keyword of keywords) {
    totalLength += keyword.length;
    for (let i = 0; i < keyword.length; i++) {
      const code = keyword.charCodeAt(i);
      const lo = code >= 0x41 && code <= 0x5a ? code | 0x20 : code;
      if (lo > 255 || classes[lo] !== 0) continue;
      classes[lo] = classCount;
      if (lo >= 0x61 && lo <= 0x7a) classes[lo - 0x20] = classCount;
      classCount++;
    }
  }
  if (classCount > 255) throw new Error('too many distinct keyword characters');
  const maxStates = totalLength + 1;
  // Trie as linked lists: first child, next sibling, class of the edge into a state, keyword ending there.
  const firstChild = new Int32Array(maxStates).fill(-1);
  const sibling = new Int32Array(maxStates).fill(-1);
  const edgeClass = new Uint8Array(maxStates);
  const own = new Int32Array(maxStates).fill(-1);
  // The root has a child for almost every class: a direct table there, sibling lists below.
  const rootChild = new Int32Array(classCount).fill(-1);
  const child = (state: number, cls: number): number => {
    if (state === 0) return rootChild[cls]!;
    for (let c = firstChild[state]!; c !== -1; c = sibling[c]!) if (edgeClass[c] === cls) return c;
    return -1;
  };
  let stateCount = 1;
  for (let index = 0; index < keywords.length; index++) {
    const keyword = keywords[index]!;
    let state = 0;
    for (let i = 0; i < keyword.length; i++) {
      const cls = classes[keyword.charCodeAt(i) & 0xff]!;
      let next = child(state, cls);
      if (next === -1) {
        next = stateCount++;
        edgeClass[next] = cls;
        sibling[next] = firstChild[state]!;
        firstChild[state] = next;
        if (state === 0) rootChild[cls] = next;
      }
      state = next;
    }
    own[state] = index;
  }
  // Failure links breadth first (a state's failure target is always shallower), and whether a keyword ends in a
  // state or anywhere along its failure chain.
  const fail = new Int32Array(stateCount);
  const hasOutput = new Uint8Array(stateCount);
  const queue = new Int32Array(stateCount);
  let tail = 0;
  for (let c = firstChild[0]!; c !== -1; c = sibling[c]!) queue[tail++] = c;
  for (let head = 0; head < tail; head++) {
    const state = queue[head]!;
    hasOutput[state] = own[state] !== -1 || hasOutput[fail[state]!] === 1 ? 1 : 0;
    for (let c = firstChild[state]!; c !== -1; c = sibling[c]!) {
      const cls = edgeClass[c]!;
      let f = fail[state]!;
      let target = child(f, cls);
      while (target === -1 && f !== 0) {
        f = fail[f]!;
        target = child(f, cls);
      }
      fail[c] = target !== -1 && target !== c ? target : 0;
      queue[tail++] = c;
    }
  }
  return {
    keywords: keywords.join('\n'),
    classes,
    classCount,
    stateCount,
    rootChild,
    firstChild: firstChild.subarray(0, stateCount),
    sibling: sibling.subarray(0, stateCount),
    edgeClass: edgeClass.subarray(0, stateCount),
    own: own.subarray(0, stateCount),
    fail,
    hasOutput,
  };
}

/**
 * The scanning side over a trie: the wasm scanner where it can run, else the JavaScript one. `use` forces one
 * (tests compare them); forcing 'wasm' where it cannot run throws.
 */
export function automatonFrom(
  trie: KeywordTrie,
  keywords: readonly string[],
  use?: KeywordScanner['kind'],
): KeywordAutomaton {
  const { classes, classCount, own, fail } = trie;
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
  const lengths = keywords.map((k) => k.length);
  const maxLength = Math.max(1, ...lengths);
  let scanner = use === 'js' ? null : wasmScanner(trie, maxLength);
  if (scanner === null && use === 'wasm') throw new Error('WebAssembly is not available');
  scanner ??= jsScanner(trie, maxLength);
  return { classes, classCount, outputs, lengths, scan: scanner.scan, kind: scanner.kind };
}

/**
 * The JavaScript scanner: a transition table filled lazily. Entries are stored complemented (`~entry`) so that 0
 * means "not computed yet"; an entry is `(nextRow << 1) | hasOutput`, a row being `state * classCount`.
 */
function jsScanner(trie: KeywordTrie, maxLength: number): KeywordScanner {
  const { classes, classCount, stateCount, rootChild, firstChild, sibling, edgeClass, fail, hasOutput } = trie;
  const child = (state: number, cls: number): number => {
    if (state === 0) return rootChild[cls]!;
    for (let c = firstChild[state]!; c !== -1; c = sibling[c]!) if (edgeClass[c] === cls) return c;
    return -1;
  };
  const next = new Int32Array(stateCount * classCount);
  const entry = (to: number): number => ((to * classCount) << 1) | hasOutput[to]!;
  /** Computes, stores and returns the entry (not complemented) for `row + cls`. */
  const fill = (row: number, cls: number): number => {
    const state = row / classCount;
    let value: number;
    if (cls === 0) value = 0;
    else {
      const to = child(state, cls);
      if (to !== -1) value = entry(to);
      else if (state === 0) value = 0;
      else {
        const viaFail = fail[state]! * classCount;
        value = next[viaFail + cls] !== 0 ? ~next[viaFail + cls]! : fill(viaFail, cls);
      }
    }
    next[row + cls] = ~value;
    return value;
  };
  return { kind: 'js', scan: scanner(classes, classCount, next, fill, maxLength) };
}

/**
 * The hot loop, as a closure over the tables (V8 keeps them in registers better than when they are read from an
 * object). Each step depends on the previous state, so one walk is bound by memory latency; on larger inputs two
 * walks cover the two halves in the same loop and the CPU overlaps them. The second starts early by the longest
 * keyword's length and keeps only what ends in its half.
 */
function scanner(
  classes: Uint8Array,
  classCount: number,
  next: Int32Array,
  fill: (row: number, cls: number) => number,
  maxLength: number,
): (bytes: Uint8Array) => number[] {
  const walk = (bytes: Uint8Array, from: number, to: number, keepFrom: number, out: number[]): number[] => {
    let row = 0;
    for (let i = from; i < to; i++) {
      const cls = classes[bytes[i]!]!;
      let v = ~next[row + cls]!;
      if (v === -1) v = fill(row, cls);
      row = v >> 1;
      if ((v & 1) !== 0 && i >= keepFrom) out.push(i, row / classCount);
    }
    return out;
  };
  return (bytes) => {
    const n = bytes.length;
    const mid = n >> 1;
    if (n < 8192 || mid < maxLength) return walk(bytes, 0, n, 0, []);
    const first: number[] = [];
    const second: number[] = [];
    let r1 = 0;
    let r2 = 0;
    let j = mid - maxLength + 1;
    for (let i = 0; i < mid; i++, j++) {
      const c1 = classes[bytes[i]!]!;
      let v1 = ~next[r1 + c1]!;
      if (v1 === -1) v1 = fill(r1, c1);
      const c2 = classes[bytes[j]!]!;
      let v2 = ~next[r2 + c2]!;
      if (v2 === -1) v2 = fill(r2, c2);
      r1 = v1 >> 1;
      r2 = v2 >> 1;
      if ((v1 & 1) !== 0) first.push(i, r1 / classCount);
      if ((v2 & 1) !== 0 && j >= mid) second.push(j, r2 / classCount);
    }
    // j === mid + (mid - maxLength + 1) here; the second walk finishes alone, keeping its state.
    for (; j < n; j++) {
      const c2 = classes[bytes[j]!]!;
      let v2 = ~next[r2 + c2]!;
      if (v2 === -1) v2 = fill(r2, c2);
      r2 = v2 >> 1;
      if ((v2 & 1) !== 0 && j >= mid) second.push(j, r2 / classCount);
    }
    for (let k = 0; k < second.length; k++) first.push(second[k]!);
    return first;
  };
}
