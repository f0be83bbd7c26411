import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtinAutomaton, keywordsOf } from '../../src/detect/compile.js';
import { automatonFrom, buildTrie, type KeywordAutomaton } from '../../src/detect/keyword-automaton.js';
import { sleb, uleb } from '../../src/detect/wasm-emit.js';
import { scannerModuleBytes } from '../../src/detect/wasm-scanner-code.js';
import { CHUNK, SCANNER_WASM, SPLIT } from '../../src/detect/wasm-scanner.js';
import { builtinRules } from '../../src/rules/index.js';
import { CLI, PROJECT_ROOT } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake-keys.js';
import { makeRepo, tempDir } from '../helpers/git-repo.js';

/** The WebAssembly API (the project's TypeScript libraries do not declare it). */
const WA = (
  globalThis as unknown as {
    WebAssembly: { validate(bytes: Uint8Array): boolean; Memory: new (descriptor: object) => object };
  }
).WebAssembly;

const keywords = keywordsOf(builtinRules);
const trie = buildTrie(keywords);
const wasm = automatonFrom(trie, keywords, 'wasm');
const js = automatonFrom(trie, keywords, 'js');

/** Both scanners, same hits: the pairs (end offset, state), in order. */
function expectSameHits(bytes: Uint8Array, a: KeywordAutomaton = wasm, b: KeywordAutomaton = js): number[] {
  const hits = a.scan(bytes);
  expect(hits).toEqual(b.scan(bytes));
  return hits;
}

/** A small seeded generator (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const randomBytes = (length: number, seed: number): Buffer => {
  const next = random(seed);
  return Buffer.from(Array.from({ length }, () => Math.floor(next() * 256)));
};

/** `length` bytes: keywords in random case, glued by noise (separators, letters, now and then a non-ASCII character). */
function keywordText(length: number, seed: number): Buffer {
  const next = random(seed);
  const noise = ' \n\t=:"\'_-.abcxyz019é€';
  let text = '';
  // The byte count is kept as the text grows: measuring the whole text on every round made this quadratic.
  let bytes = 0;
  while (bytes < length) {
    const keyword = keywords[Math.floor(next() * keywords.length)]!;
    let piece = [...keyword].map((c) => (next() < 0.5 ? c.toUpperCase() : c)).join('');
    const gap = Math.floor(next() * 4);
    for (let i = 0; i < gap; i++) piece += noise[Math.floor(next() * noise.length)];
    text += piece;
    bytes += Buffer.byteLength(piece);
  }
  return Buffer.from(text, 'utf8').subarray(0, length);
}

/** Lengths on either side of where the wasm scanner changes how it walks: halves, chunks, the last short chunk. */
const BOUNDARIES = [
  0,
  1,
  2,
  SPLIT - 1,
  SPLIT,
  SPLIT + 1,
  CHUNK - 1,
  CHUNK,
  CHUNK + 1,
  CHUNK + SPLIT - 1,
  CHUNK + SPLIT,
  3 * CHUNK + 12345,
];

describe('wasm module', () => {
  it('ships the bytes that wasm-scanner-code.ts assembles (if not, paste this value into SCANNER_WASM)', () => {
    expect(SCANNER_WASM).toBe(Buffer.from(scannerModuleBytes()).toString('base64'));
    expect(WA.validate(Buffer.from(SCANNER_WASM, 'base64'))).toBe(true);
  });

  it('encodes LEB128 numbers', () => {
    expect(uleb(0)).toEqual([0]);
    expect(uleb(127)).toEqual([127]);
    expect(uleb(128)).toEqual([0x80, 1]);
    expect(uleb(624485)).toEqual([0xe5, 0x8e, 0x26]);
    expect(sleb(-1)).toEqual([0x7f]);
    expect(sleb(-2)).toEqual([0x7e]);
    expect(sleb(63)).toEqual([63]);
    expect(sleb(64)).toEqual([0xc0, 0]);
    expect(sleb(-123456)).toEqual([0xc0, 0xbb, 0x78]);
  });

  it('is what the built-in automaton runs', () => {
    expect(wasm.kind).toBe('wasm');
    expect(builtinAutomaton(keywords.join('\n')).kind).toBe('wasm');
  });
});

describe('wasm and JavaScript scanners agree', () => {
  it('on empty input', () => {
    expect(expectSameHits(new Uint8Array(0))).toEqual([]);
  });

  it.each(BOUNDARIES)('on random bytes, %i of them', (length) => {
    expectSameHits(randomBytes(length, length + 1));
  });

  it.each(BOUNDARIES)('on keywords with noise, %i bytes', (length) => {
    const hits = expectSameHits(keywordText(length, length + 2));
    if (length > 100) expect(hits.length).toBeGreaterThan(length / 100);
  });

  it('on keywords that straddle the middle of a chunk and the boundary between chunks', () => {
    const next = random(3);
    for (const length of [SPLIT, 2 * SPLIT + 1, CHUNK, 2 * CHUNK + 7]) {
      const mid = (Math.min(length, CHUNK) >> 1) + (length > CHUNK ? CHUNK : 0);
      for (const at of [mid, length > CHUNK ? CHUNK : mid]) {
        for (let shift = -3; shift <= 3; shift++) {
          const keyword = keywords[Math.floor(next() * keywords.length)]!;
          const bytes = Buffer.alloc(length, 0x20);
          bytes.write(keyword, at + shift - Math.floor(keyword.length / 2), 'latin1');
          const hits = expectSameHits(bytes);
          expect(hits.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('when every position ends a keyword (the output regions full), in a single walk and in halves', () => {
    const a = ['a', 'aa'];
    const t = buildTrie(a);
    const [w, j] = [automatonFrom(t, a, 'wasm'), automatonFrom(t, a, 'js')];
    for (const length of [SPLIT - 1, CHUNK, 2 * CHUNK + SPLIT + 3]) {
      const hits = expectSameHits(Buffer.alloc(length, 'A'), w, j);
      expect(hits.length).toBe(2 * length);
    }
  });

  it('with several automata alive at once (one compiled module, a memory each)', () => {
    const other = ['zz', 'z-z'];
    const t = buildTrie(other);
    const [w, j] = [automatonFrom(t, other, 'wasm'), automatonFrom(t, other, 'js')];
    const text = Buffer.concat([keywordText(CHUNK + 99, 5), Buffer.from(' zz Z-Zz ')]);
    expectSameHits(text);
    expectSameHits(text, w, j);
    expect(w.scan(Buffer.from(' zz Z-Zz '))).toEqual(j.scan(Buffer.from(' zz Z-Zz ')));
    expect(w.scan(Buffer.from(' zz Z-Zz ')).length).toBe(6);
    expectSameHits(text);
  });

  it('on real files from node_modules', () => {
    const TEXT = new Set(['.js', '.cjs', '.mjs', '.ts', '.json', '.md', '.map']);
    const picked: string[] = [];
    const sizes = [1_000, 8_000, 30_000, 70_000, 200_000, 1_000_000];
    const want = new Map(sizes.map((s) => [s, 3]));
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1))) {
        if ([...want.values()].every((n) => n === 0)) return;
        const full = join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.isFile() && TEXT.has(extname(entry.name))) {
          const size = statSync(full).size;
          const bucket = [...sizes].reverse().find((s) => size >= s);
          if (bucket !== undefined && want.get(bucket)! > 0 && size < 5 * bucket) {
            want.set(bucket, want.get(bucket)! - 1);
            picked.push(full);
          }
        }
      }
    };
    walk(join(PROJECT_ROOT, 'node_modules'));
    expect(picked.length).toBeGreaterThan(10);
    let total = 0;
    for (const file of picked) total += expectSameHits(readFileSync(file)).length;
    expect(total).toBeGreaterThan(100);
  });
});

describe('without WebAssembly', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('falls back to the JavaScript scanner where WebAssembly is missing (node --jitless)', () => {
    vi.stubGlobal('WebAssembly', undefined);
    const a = automatonFrom(trie, keywords);
    expect(a.kind).toBe('js');
    expect(() => automatonFrom(trie, keywords, 'wasm')).toThrow(/WebAssembly/);
    vi.unstubAllGlobals();
    expectSameHits(keywordText(20_000, 9), a, wasm);
  });

  it('falls back when instantiating fails', () => {
    const memory = vi.spyOn(WA, 'Memory').mockImplementation(function () {
      throw new RangeError('WebAssembly.Memory(): could not allocate memory');
    });
    expect(automatonFrom(trie, keywords).kind).toBe('js');
    expect(memory).toHaveBeenCalled();
  });
});

describe('the built CLI under node --jitless (no WebAssembly there)', () => {
  const run = (flags: string[], args: string[], cwd: string) =>
    spawnSync(process.execPath, [...flags, CLI, ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
  const findings = (stdout: string) =>
    (JSON.parse(stdout).findings as { file: string; rule: string; line: number }[]).map(
      (f) => `${f.file}:${f.line}:${f.rule}`,
    );

  it('scans a folder as it does with WebAssembly', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'config.js'),
      `${readFileSync(join(PROJECT_ROOT, 'src/detect/engine.ts'), 'utf8')}\nconst key = "${fakeKeys.openaiProject('jl')}";\n`,
    );
    writeFileSync(join(dir, 'clean.txt'), 'nothing to see\n'.repeat(2000));
    const jitless = run(['--jitless'], ['scan', dir, '--format', 'json'], dir);
    const normal = run([], ['scan', dir, '--format', 'json'], dir);
    expect(jitless.status).toBe(1);
    expect(findings(jitless.stdout)).toEqual(findings(normal.stdout));
    expect(findings(jitless.stdout)).toHaveLength(1);
  });

  it('blocks a staged key (the hook)', () => {
    const repo = makeRepo({ 'app.py': `OPENAI_API_KEY = "${fakeKeys.openaiProject('jl2')}"\n` });
    repo.stage('app.py');
    const r = run(['--jitless'], ['scan', '--staged'], repo.dir);
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).toContain('app.py');
  });
});
