import { CLASSES, GLOBALS, INPUT, PAGE, TABLE } from './wasm-scanner.js';
import { block, br, br_if, code, global, i32, if_, local, loop, memory, wasmModule, type Func } from './wasm-emit.js';

/**
 * The keyword scanner's WebAssembly module (see wasm-scanner.ts for the memory layout and how it is driven), written
 * with the small emitter of wasm-emit.ts. Each function's wasm text is in the comment above it, in a folded,
 * slightly abbreviated form (`x += 4` for `local.get x  i32.const 4  i32.add  local.set x`).
 *
 * Its bytes are not assembled at run time: wasm-scanner.ts keeps them as SCANNER_WASM, and a unit test checks that
 * they equal `scannerModuleBytes()` (after a change here, paste the value that test prints).
 */
/** Global indexes, as in GLOBALS. */
const [ROW1, OUT1, ROW2, OUT2] = [0, 1, 2, 3];

/*
 * build(rowBytes, firstChild, sibling, edgeClass, fail, hasOutput, queue): fills the table from the trie (arrays at
 * those addresses), breadth first, so that a state's failure state, always shallower, has its row already:
 *
 *   ;; the root's row: every class leads back to the root
 *   (loop $root  (i32.store offset=TABLE $c (TABLE))  $c += 4  (br_if $root (c < rowBytes)))
 *   queue[0] = 0  head = queue  tail = queue + 4
 *   (loop $next
 *     s = load(head)  head += 4  row = TABLE + s × rowBytes
 *     ;; below the root, a row starts as a copy of its failure state's row,
 *     (if s (memory.copy row (TABLE + fail[s] × rowBytes) rowBytes))
 *     ;; then each child overrides the entry of its class, and is queued
 *     c = firstChild[s]
 *     (block $done (loop $child
 *       (br_if $done (c < 0))
 *       (i32.store (row + 4 × edgeClass[c]) ((TABLE + c × rowBytes) | hasOutput[c]))
 *       (i32.store tail c)  tail += 4
 *       c = sibling[c]  (br $child)))
 *     (br_if $next (head < tail)))
 */
function buildFunc(): Func {
  const [rowBytes, firstChild, sibling, edgeClass, fail, hasOutput, queue] = [0, 1, 2, 3, 4, 5, 6];
  const [head, tail, s, row, c] = [7, 8, 9, 10, 11];
  /** Address of element `index` of the Int32Array at `base`. */
  const at32 = (base: number, index: number) => code(local.get(base), local.get(index), i32.const(2), i32.shl, i32.add);
  /** TABLE + (the value on the stack) × rowBytes: the address of a state's row. */
  const rowOf = code(local.get(rowBytes), i32.mul, i32.const(TABLE), i32.add);
  return {
    name: 'build',
    params: 7,
    locals: 5,
    body: code(
      i32.const(0),
      local.set(c),
      loop(
        local.get(c),
        i32.const(TABLE),
        i32.store(TABLE),
        local.get(c),
        i32.const(4),
        i32.add,
        local.tee(c),
        local.get(rowBytes),
        i32.lt_u,
        br_if(0),
      ),
      local.get(queue),
      i32.const(0),
      i32.store(),
      local.get(queue),
      local.tee(head),
      i32.const(4),
      i32.add,
      local.set(tail),
      loop(
        local.get(head),
        i32.load(),
        local.set(s),
        local.get(head),
        i32.const(4),
        i32.add,
        local.set(head),
        local.get(s),
        rowOf,
        local.set(row),
        local.get(s),
        if_(local.get(row), at32(fail, s), i32.load(), rowOf, local.get(rowBytes), memory.copy),
        at32(firstChild, s),
        i32.load(),
        local.set(c),
        block(
          loop(
            local.get(c),
            i32.const(0),
            i32.lt_s,
            br_if(1),
            local.get(row),
            local.get(edgeClass),
            local.get(c),
            i32.add,
            i32.load8_u(),
            i32.const(2),
            i32.shl,
            i32.add,
            local.get(c),
            rowOf,
            local.get(hasOutput),
            local.get(c),
            i32.add,
            i32.load8_u(),
            i32.or,
            i32.store(),
            local.get(tail),
            local.get(c),
            i32.store(),
            local.get(tail),
            i32.const(4),
            i32.add,
            local.set(tail),
            at32(sibling, c),
            i32.load(),
            local.set(c),
            br(0),
          ),
        ),
        local.get(head),
        local.get(tail),
        i32.lt_u,
        br_if(0),
      ),
    ),
  };
}

/**
 * One step of a walk, for `v` (the state, as an entry) and `i` (the position in the chunk), in full:
 *
 *   local.get $v  i32.const -2  i32.and                                    ;; the state's row
 *   local.get $i  i32.load8_u offset=INPUT  i32.load8_u offset=CLASSES     ;; the byte's class
 *   i32.const 2  i32.shl  i32.add  i32.load  local.set $v                  ;; v = row[class]
 *   local.get $v  i32.const 1  i32.and
 *   if                                                                     ;; a keyword ends at i:
 *     (local.get $i  local.get $keep  i32.ge_u  if)                        ;; (with `keep` only)
 *       local.get $o  local.get $i  i32.store                              ;; append (i, v)
 *       local.get $o  local.get $v  i32.store offset=4
 *       local.get $o  i32.const 8  i32.add  local.set $o
 *     (end)
 *   end
 *
 * `keep` (optional): only hits at positions >= keep are stored.
 */
function step(v: number, i: number, o: number, keep?: number) {
  const store = code(
    local.get(o),
    local.get(i),
    i32.store(),
    local.get(o),
    local.get(v),
    i32.store(4),
    local.get(o),
    i32.const(8),
    i32.add,
    local.set(o),
  );
  return code(
    local.get(v),
    i32.const(-2),
    i32.and,
    local.get(i),
    i32.load8_u(INPUT),
    i32.load8_u(CLASSES),
    i32.const(2),
    i32.shl,
    i32.add,
    i32.load(),
    local.set(v),
    local.get(v),
    i32.const(1),
    i32.and,
    if_(keep === undefined ? store : code(local.get(i), local.get(keep), i32.ge_u, if_(store))),
  );
}

/*
 * one(i, end): walk 1 over INPUT[i .. end), from state ROW1, appending its hits at OUT1; both globals updated.
 *
 *   v = ROW1  o = OUT1
 *   (block $done (br_if $done (i >= end))
 *     (loop $step  <step v i o>  (br_if $step ((i += 1) < end))))
 *   ROW1 = v  OUT1 = o
 */
function oneFunc(): Func {
  const [i, end, v, o] = [0, 1, 2, 3];
  return {
    name: 'one',
    params: 2,
    locals: 2,
    body: code(
      global.get(ROW1),
      local.set(v),
      global.get(OUT1),
      local.set(o),
      block(
        local.get(i),
        local.get(end),
        i32.ge_u,
        br_if(0),
        loop(step(v, i, o), local.get(i), i32.const(1), i32.add, local.tee(i), local.get(end), i32.lt_u, br_if(0)),
      ),
      local.get(v),
      global.set(ROW1),
      local.get(o),
      global.set(OUT1),
    ),
  };
}

/*
 * two(i, j, n, keep): n steps of two independent walks in one loop, walk 1 over INPUT[i ..) (ROW1, OUT1) and walk 2
 * over INPUT[j ..) (ROW2, OUT2), walk 2 storing only hits at positions >= keep. Each step waits for the load of the
 * one before it; two walks give the CPU two such chains to overlap.
 *
 *   v1 = ROW1  o1 = OUT1  v2 = ROW2  o2 = OUT2  end = i + n
 *   (block $done (br_if $done (i >= end))
 *     (loop $step  <step v1 i o1>  <step v2 j o2, keep>  j += 1  (br_if $step ((i += 1) < end))))
 *   ROW1 = v1  OUT1 = o1  ROW2 = v2  OUT2 = o2
 */
function twoFunc(): Func {
  const [i, j, n, keep, end, v1, o1, v2, o2] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
  return {
    name: 'two',
    params: 4,
    locals: 5,
    body: code(
      global.get(ROW1),
      local.set(v1),
      global.get(OUT1),
      local.set(o1),
      global.get(ROW2),
      local.set(v2),
      global.get(OUT2),
      local.set(o2),
      local.get(i),
      local.get(n),
      i32.add,
      local.set(end),
      block(
        local.get(i),
        local.get(end),
        i32.ge_u,
        br_if(0),
        loop(
          step(v1, i, o1),
          step(v2, j, o2, keep),
          local.get(j),
          i32.const(1),
          i32.add,
          local.set(j),
          local.get(i),
          i32.const(1),
          i32.add,
          local.tee(i),
          local.get(end),
          i32.lt_u,
          br_if(0),
        ),
      ),
      local.get(v1),
      global.set(ROW1),
      local.get(o1),
      global.set(OUT1),
      local.get(v2),
      global.set(ROW2),
      local.get(o2),
      global.set(OUT2),
    ),
  };
}

/** The module: it needs at least the memory below the table. */
export function scannerModuleBytes(): Uint8Array {
  return wasmModule(Math.ceil(TABLE / PAGE), GLOBALS, [buildFunc(), oneFunc(), twoFunc()]);
}
