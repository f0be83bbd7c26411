import type { KeywordScanner, KeywordTrie } from './keyword-automaton.js';

/**
 * The keyword pass in WebAssembly. In a fresh process V8 runs the JavaScript scanner in its interpreter (the hook
 * scans a commit long before TurboFan would step in); wasm code is compiled before it first runs, so the pass
 * runs at machine speed from the first byte.
 *
 * The module's code is written in wasm-scanner-code.ts (with its wasm text); its bytes are kept below, as base64,
 * since assembling them in a fresh process would cost more than the scan (a test checks that they match).
 *
 * Memory (imported, 64 KiB pages), all offsets in bytes:
 *
 *   CLASSES  256 bytes     byte → class
 *   INPUT    CHUNK bytes   the part of the text being scanned
 *   OUT_A    8 × CHUNK     hits of walk 1: pairs (end offset in the chunk, entry)
 *   OUT_B    4 × CHUNK     hits of walk 2 (it keeps only the second half's: at most CHUNK / 2)
 *   TABLE    4 × classCount × stateCount: the dense transition table, one row of classCount entries per state
 *   (then, while the table is built, the trie's arrays and a queue)
 *
 * A text is scanned a chunk at a time, the state carried from one chunk to the next, so memory does not grow with
 * the file; each output region holds a hit for every position it can receive, so it never fills up mid-chunk.
 *
 * A table entry is the address of the next state's row, plus 1 when a keyword ends in that state (rows are
 * 4-byte aligned, so the low bit is free): a step is `entry = load((entry & ~1) + 4 × class)`.
 */
export const CHUNK = 64 * 1024;
/** Chunks at least this long are walked in two halves at once (see `two`). */
export const SPLIT = 8 * 1024;
export const CLASSES = 0;
export const INPUT = 256;
const OUT_A = INPUT + CHUNK;
const OUT_B = OUT_A + 8 * CHUNK;
export const TABLE = OUT_B + 4 * CHUNK;
export const PAGE = 65536;
/** Globals: the state (an entry) and output position of each walk, kept between calls. */
export const GLOBALS = ['row1', 'out1', 'row2', 'out2'] as const;

/** The module assembled by `scannerModuleBytes()` (wasm-scanner-code.ts). */
export const SCANNER_WASM =
  'AGFzbQEAAAABFwNgB39/f39/f38AYAJ/fwBgBH9/f38AAg8BA2VudgZtZW1vcnkCAA4DBAMAAQIGFQR/AUEAC38BQQALfwFBAAt/AUEACwcxBwVidWlsZAAAA29uZQABA3R3bwACBHJvdzEDAARvdXQxAwEEcm93MgMCBG91dDIDAwrzAwPRAQEFf0EAIQsDQCALQYCCNDYCgII0IAtBBGoiCyAASQ0ACyAGQQA2AgAgBiIHQQRqIQgDQCAHKAIAIQkgB0EEaiEHIAkgAGxBgII0aiEKIAkEQCAKIAQgCUECdGooAgAgAGxBgII0aiAA/AoAAAsgASAJQQJ0aigCACELAkADQCALQQBIDQEgCiADIAtqLQAAQQJ0aiALIABsQYCCNGogBSALai0AAHI2AgAgCCALNgIAIAhBBGohCCACIAtBAnRqKAIAIQsMAAsLIAcgCEkNAAsLYQECfyMAIQIjASEDAkAgACABTw0AA0AgAkF+cSAALQCAAi0AAEECdGooAgAhAiACQQFxBEAgAyAANgIAIAMgAjYCBCADQQhqIQMLIABBAWoiACABSQ0ACwsgAiQAIAMkAQu7AQEFfyMAIQUjASEGIwIhByMDIQggACACaiEEAkAgACAETw0AA0AgBUF+cSAALQCAAi0AAEECdGooAgAhBSAFQQFxBEAgBiAANgIAIAYgBTYCBCAGQQhqIQYLIAdBfnEgAS0AgAItAABBAnRqKAIAIQcgB0EBcQRAIAEgA08EQCAIIAE2AgAgCCAHNgIEIAhBCGohCAsLIAFBAWohASAAQQFqIgAgBEkNAAsLIAUkACAGJAEgByQCIAgkAws=';

/** Just the parts of the WebAssembly API used here (the project's TypeScript libraries do not declare it). */
interface WasmGlobal {
  value: number;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
  Memory: new (descriptor: { initial: number; maximum?: number }) => { buffer: ArrayBuffer };
}
interface Exports {
  build(
    rowBytes: number,
    firstChild: number,
    sibling: number,
    edgeClass: number,
    fail: number,
    hasOutput: number,
    queue: number,
  ): void;
  one(i: number, end: number): void;
  two(i: number, j: number, n: number, keep: number): void;
  row1: WasmGlobal;
  out1: WasmGlobal;
  row2: WasmGlobal;
  out2: WasmGlobal;
}

let compiled: object | undefined;

/**
 * The wasm scanner over `trie`, or null where WebAssembly is not available (`node --jitless`) or fails. `maxLength`
 * is the longest keyword's length.
 */
export function wasmScanner(trie: KeywordTrie, maxLength: number): KeywordScanner | null {
  const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (wasm === undefined) return null;
  try {
    return instantiate(wasm, trie, maxLength);
  } catch {
    return null;
  }
}

function instantiate(wasm: WasmApi, trie: KeywordTrie, maxLength: number): KeywordScanner {
  const { classes, classCount, stateCount, firstChild, sibling, edgeClass, fail, hasOutput } = trie;
  const rowBytes = 4 * classCount;
  // The trie's arrays and a queue go after the table; they serve only while it is built.
  const scratch = TABLE + rowBytes * stateCount;
  const arrays = [firstChild, sibling, fail, edgeClass, hasOutput];
  const addresses: number[] = [];
  let end = scratch;
  for (const a of arrays) {
    addresses.push(end);
    end += (a.byteLength + 3) & ~3;
  }
  const queue = end;
  end += 4 * stateCount;
  // Entries are handled as signed 32-bit numbers on the JavaScript side (a table that large is no keyword list).
  if (end > 0x7fffffff) throw new RangeError('keyword table too large for the wasm scanner');
  const memory = new wasm.Memory({ initial: Math.ceil(end / PAGE) });
  compiled ??= new wasm.Module(Buffer.from(SCANNER_WASM, 'base64'));
  const x = new wasm.Instance(compiled, { env: { memory } }).exports as unknown as Exports;
  const u8 = new Uint8Array(memory.buffer);
  const words = new Int32Array(memory.buffer);
  u8.set(classes, CLASSES);
  arrays.forEach((a, k) => u8.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), addresses[k]!));
  const [fc, sib, fl, ec, ho] = addresses as [number, number, number, number, number];
  x.build(rowBytes, fc, sib, ec, fl, ho, queue);

  /** Append the hits stored in [from, to) to `out`: (offset in the text, state). */
  const collect = (from: number, to: number, base: number, out: number[]): void => {
    for (let p = from >> 2; p < to >> 2; p += 2)
      out.push(base + words[p]!, ((words[p + 1]! - TABLE) >> 2) / classCount);
  };
  const { one, two, row1, out1, row2, out2 } = x;
  const scan = (bytes: Uint8Array): number[] => {
    const out: number[] = [];
    let state = TABLE; // the root
    for (let base = 0; base < bytes.length; base += CHUNK) {
      const length = Math.min(CHUNK, bytes.length - base);
      u8.set(length === bytes.length ? bytes : bytes.subarray(base, base + length), INPUT);
      row1.value = state;
      out1.value = OUT_A;
      const mid = length >> 1;
      if (length < SPLIT || mid < maxLength) {
        one(0, length);
        state = row1.value;
        collect(OUT_A, out1.value, base, out);
        continue;
      }
      // Walk 1 takes the first half; walk 2 the second, starting maxLength - 1 bytes early to be in the right
      // state at `mid`, and keeping only what ends from there. Walk 2 then finishes the chunk alone.
      const start2 = mid - maxLength + 1;
      row2.value = TABLE;
      out2.value = OUT_B;
      two(0, start2, mid, mid);
      collect(OUT_A, out1.value, base, out);
      row1.value = row2.value;
      out1.value = out2.value;
      one(start2 + mid, length);
      state = row1.value;
      collect(OUT_B, out1.value, base, out);
    }
    return out;
  };
  return { kind: 'wasm', scan };
}
