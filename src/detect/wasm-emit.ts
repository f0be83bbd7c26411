/**
 * A minimal WebAssembly binary writer: the few sections and opcodes that the keyword scanner (wasm-scanner.ts)
 * uses, nothing more. Code is written as flat lists of instructions, in the order of the wasm text format:
 *
 *   code(local.get(0), i32.const(1), i32.add, local.set(0))  ≡  local.get 0  i32.const 1  i32.add  local.set 0
 *
 * Only i32 values, one imported memory, mutable i32 globals and exported functions: see the binary format,
 * https://webassembly.github.io/spec/core/binary/.
 */
export type Code = number[];
type Part = number | Code;

/** Unsigned LEB128. */
export function uleb(n: number): Code {
  const out: Code = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

/** Signed LEB128 (of an i32). */
export function sleb(n: number): Code {
  const out: Code = [];
  n |= 0;
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    const done = (n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

/** Instructions and immediates, flattened into bytes. */
export function code(...parts: Part[]): Code {
  const out: Code = [];
  for (const p of parts) {
    if (typeof p === 'number') out.push(p);
    else for (const b of p) out.push(b);
  }
  return out;
}

const I32 = 0x7f;
const EMPTY_BLOCK = 0x40;
const END = 0x0b;

/** Control: structured blocks take their body and close it with `end`. */
export const block = (...body: Part[]): Code => code(0x02, EMPTY_BLOCK, ...body, END);
export const loop = (...body: Part[]): Code => code(0x03, EMPTY_BLOCK, ...body, END);
export const if_ = (...body: Part[]): Code => code(0x04, EMPTY_BLOCK, ...body, END);
/** Branch to the enclosing block `depth` levels out (0: the innermost; for a loop, its start). */
export const br = (depth: number): Code => code(0x0c, uleb(depth));
export const br_if = (depth: number): Code => code(0x0d, uleb(depth));

export const local = {
  get: (i: number): Code => code(0x20, uleb(i)),
  set: (i: number): Code => code(0x21, uleb(i)),
  tee: (i: number): Code => code(0x22, uleb(i)),
};

export const global = {
  get: (i: number): Code => code(0x23, uleb(i)),
  set: (i: number): Code => code(0x24, uleb(i)),
};

/** Memory accesses carry an alignment hint (log2 bytes) and a constant offset added to the address. */
export const i32 = {
  const: (n: number): Code => code(0x41, sleb(n)),
  load: (offset = 0): Code => code(0x28, 2, uleb(offset)),
  load8_u: (offset = 0): Code => code(0x2d, 0, uleb(offset)),
  store: (offset = 0): Code => code(0x36, 2, uleb(offset)),
  eqz: 0x45,
  ne: 0x47,
  lt_s: 0x48,
  lt_u: 0x49,
  ge_u: 0x4f,
  add: 0x6a,
  mul: 0x6c,
  and: 0x71,
  or: 0x72,
  shl: 0x74,
};

/** Bulk memory (Node >= 12 with a flag, on by default since Node 16): copy `n` bytes, stack [dest, src, n]. */
export const memory = {
  copy: code(0xfc, uleb(10), 0x00, 0x00),
};

export interface Func {
  name: string;
  params: number;
  locals: number;
  body: Code;
}

const vec = (items: Code[]): Code => code(uleb(items.length), ...items);
const name = (s: string): Code =>
  code(
    uleb(s.length),
    [...s].map((c) => c.charCodeAt(0)),
  );
const section = (id: number, content: Code): Code => code(id, uleb(content.length), content);

/**
 * A module importing its memory as `env.memory` (at least `minPages` pages of 64 KiB), with `globals` mutable i32
 * globals (initially 0, exported under their names) and `funcs` taking i32 parameters, returning nothing and
 * exported under their names. Functions have indexes in the order given, globals likewise.
 */
export function wasmModule(minPages: number, globals: readonly string[], funcs: readonly Func[]): Uint8Array {
  const types = funcs.map((f) => code(0x60, vec(Array.from({ length: f.params }, () => [I32])), vec([])));
  const bytes = code(
    [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00], // "\0asm", version 1
    section(1, vec(types)),
    section(2, vec([code(name('env'), name('memory'), 0x02, 0x00, uleb(minPages))])),
    section(3, vec(funcs.map((_, i) => uleb(i)))),
    section(6, vec(globals.map(() => code(I32, 0x01, i32.const(0), END)))),
    section(
      7,
      vec([
        ...funcs.map((f, i) => code(name(f.name), 0x00, uleb(i))),
        ...globals.map((g, i) => code(name(g), 0x03, uleb(i))),
      ]),
    ),
    section(
      10,
      vec(
        funcs.map((f) => {
          const body = code(vec(f.locals > 0 ? [code(uleb(f.locals), I32)] : []), f.body, END);
          return code(uleb(body.length), body);
        }),
      ),
    ),
  );
  return Uint8Array.from(bytes);
}
