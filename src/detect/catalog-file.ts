import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogIndex, RuleRecord } from './catalog-index.js';
import type { KeywordTrie } from './keyword-automaton.js';

/**
 * The built-in catalog as one binary file (dist/catalog.bin), written by the build and read by the hook: the keyword
 * trie's typed arrays as raw bytes, the index, and every rule's record. Kept out of the CLI bundle because the hook
 * reads this as one buffer (no decoding, no string hashing) while V8 would parse and cache strings in the bundle on
 * every start.
 *
 *   "KGC1" | u32 header length | header (JSON) | padding to 8 | arrays | records (JSON texts)
 *
 * Arrays are in the build machine's byte order (little-endian); a reader of the other order rebuilds the trie.
 */
interface Header {
  littleEndian: boolean;
  classCount: number;
  stateCount: number;
  /** name → [byte offset in the file, byte length] */
  arrays: Record<(typeof INT32)[number] | (typeof UINT8)[number], [number, number]>;
  /** For each rule: [byte offset in the file, byte length] of its JSON record. */
  records: [number, number][];
  index: CatalogIndex;
}

export interface BuiltinCatalog {
  index: CatalogIndex;
  /** The trie of `index.keywords`; null when the file was written in the other byte order. */
  trie: KeywordTrie | null;
  record(ruleIndex: number): RuleRecord;
}

const MAGIC = 'KGC1';
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const INT32 = ['rootChild', 'firstChild', 'sibling', 'own', 'fail'] as const;
const UINT8 = ['classes', 'edgeClass', 'hasOutput'] as const;

const align = (n: number, to: number): number => Math.ceil(n / to) * to;

export function encodeCatalog(index: CatalogIndex, trie: KeywordTrie, records: readonly RuleRecord[]): Buffer {
  if (trie.keywords !== index.keywords) throw new Error('the trie was built for other keywords');
  const parts: Buffer[] = [];
  const place = (bytes: Buffer, at: number): [number, number] => (parts.push(bytes), [at, bytes.length]);
  // Offsets depend on the header's length, which holds them: lay out the body first, relative to its start.
  let at = 0;
  const arrays = {} as Header['arrays'];
  for (const name of [...INT32, ...UINT8]) {
    const a = trie[name];
    arrays[name] = place(Buffer.from(a.buffer, a.byteOffset, a.byteLength), at);
    at = align(at + a.byteLength, 8);
    parts.push(Buffer.alloc(at - arrays[name][0] - a.byteLength));
  }
  const recordSpans = records.map((r) => {
    const span = place(Buffer.from(JSON.stringify(r), 'utf8'), at);
    at += span[1];
    return span;
  });
  const header = (base: number): Buffer => {
    const shift = ([o, n]: [number, number]): [number, number] => [o + base, n];
    const h: Header = {
      littleEndian: LITTLE_ENDIAN,
      classCount: trie.classCount,
      stateCount: trie.stateCount,
      arrays: Object.fromEntries(Object.entries(arrays).map(([k, v]) => [k, shift(v)])) as Header['arrays'],
      records: recordSpans.map(shift),
      index,
    };
    return Buffer.from(JSON.stringify(h), 'utf8');
  };
  // The base is where the body starts; growing it can lengthen the header's numbers, so settle it by iterating.
  let base = 0;
  for (;;) {
    const next = align(8 + header(base).length, 8);
    if (next === base) break;
    base = next;
  }
  const head = header(base);
  const prefix = Buffer.alloc(base);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(head.length, 4);
  head.copy(prefix, 8);
  return Buffer.concat([prefix, ...parts]);
}

export function decodeCatalog(file: Buffer): BuiltinCatalog {
  if (file.toString('latin1', 0, 4) !== MAGIC) throw new Error('not a keyguard catalog');
  const header = JSON.parse(file.toString('utf8', 8, 8 + file.readUInt32LE(4))) as Header;
  const { index } = header;
  const view = <T>(
    name: keyof Header['arrays'],
    Type: new (b: ArrayBuffer, o: number, n: number) => T,
    size: number,
  ): T => {
    const [offset, length] = header.arrays[name];
    const start = file.byteOffset + offset;
    // A typed array needs an aligned offset: a buffer from a small read may sit anywhere in Node's pool.
    return start % size === 0
      ? new Type(file.buffer as ArrayBuffer, start, length / size)
      : new Type(file.buffer.slice(start, start + length) as ArrayBuffer, 0, length / size);
  };
  const trie: KeywordTrie | null =
    header.littleEndian !== LITTLE_ENDIAN
      ? null
      : {
          keywords: index.keywords,
          classCount: header.classCount,
          stateCount: header.stateCount,
          classes: view('classes', Uint8Array, 1),
          edgeClass: view('edgeClass', Uint8Array, 1),
          hasOutput: view('hasOutput', Uint8Array, 1),
          rootChild: view('rootChild', Int32Array, 4),
          firstChild: view('firstChild', Int32Array, 4),
          sibling: view('sibling', Int32Array, 4),
          own: view('own', Int32Array, 4),
          fail: view('fail', Int32Array, 4),
        };
  const record = (i: number): RuleRecord => {
    const [offset, length] = header.records[i]!;
    return JSON.parse(file.toString('utf8', offset, offset + length)) as RuleRecord;
  };
  return { index, trie, record };
}

/** The file's name next to the CLI bundle, set by the build; undefined when running from source or the library. */
declare const __BUILTIN_CATALOG__: string | undefined;

let loaded: BuiltinCatalog | null | undefined;

/**
 * The built-in catalog shipped with the CLI, read once; null when there is none (running from source, the
 * library entry) or it cannot be read, and the caller builds from the rules themselves: slower, same findings.
 */
export function builtinCatalogFile(): BuiltinCatalog | null {
  if (loaded === undefined) {
    loaded = null;
    if (typeof __BUILTIN_CATALOG__ === 'string') {
      try {
        loaded = decodeCatalog(readFileSync(join(__dirname, __BUILTIN_CATALOG__)));
      } catch {
        loaded = null;
      }
    }
  }
  return loaded;
}
