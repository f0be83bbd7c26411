import type { KeywordTrie } from './keyword-automaton.js';

/**
 * The built-in rules' trie is computed when the CLI is built and shipped inside it, so the hook does not rebuild
 * it on every commit. Typed arrays travel as base64 of their bytes; a reader on a machine of the other byte order
 * rebuilds instead.
 */
interface Encoded {
  littleEndian: boolean;
  keywords: string;
  classCount: number;
  stateCount: number;
  arrays: Record<string, string>;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const INT32 = ['rootChild', 'firstChild', 'sibling', 'own', 'fail'] as const;
const UINT8 = ['classes', 'edgeClass', 'hasOutput'] as const;

export function encodeTrie(trie: KeywordTrie): string {
  const arrays: Record<string, string> = {};
  for (const name of [...INT32, ...UINT8]) {
    const a = trie[name];
    arrays[name] = Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
  }
  const encoded: Encoded = {
    littleEndian: LITTLE_ENDIAN,
    keywords: trie.keywords,
    classCount: trie.classCount,
    stateCount: trie.stateCount,
    arrays,
  };
  return JSON.stringify(encoded);
}

function bytes(base64: string): ArrayBuffer {
  const b = Buffer.from(base64, 'base64');
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

/** The trie, or null when it was built for other keywords or another byte order. */
export function decodeTrie(text: string, keywords: string): KeywordTrie | null {
  const e = JSON.parse(text) as Encoded;
  if (e.littleEndian !== LITTLE_ENDIAN || e.keywords !== keywords) return null;
  const a = e.arrays;
  return {
    keywords: e.keywords,
    classCount: e.classCount,
    stateCount: e.stateCount,
    classes: new Uint8Array(bytes(a.classes!)),
    edgeClass: new Uint8Array(bytes(a.edgeClass!)),
    hasOutput: new Uint8Array(bytes(a.hasOutput!)),
    rootChild: new Int32Array(bytes(a.rootChild!)),
    firstChild: new Int32Array(bytes(a.firstChild!)),
    sibling: new Int32Array(bytes(a.sibling!)),
    own: new Int32Array(bytes(a.own!)),
    fail: new Int32Array(bytes(a.fail!)),
  };
}
