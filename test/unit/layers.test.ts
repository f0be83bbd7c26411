import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/cli.js';

const SRC = join(PROJECT_ROOT, 'src');
const IMPORT = /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** Folder of a source file below src/ ('.' for the files at its root). */
const folderOf = (file: string): string => relative(SRC, dirname(file)).split(/[\\/]/)[0] || '.';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Edges between the folders of src/ (the library entry, src/index.ts, sits on top and is left out). */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(SRC)) {
    if (file === join(SRC, 'index.ts')) continue;
    const from = folderOf(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const to = folderOf(normalize(join(dirname(file), spec!)));
      if (to !== from) graph.set(from, (graph.get(from) ?? new Set()).add(to));
    }
  }
  return graph;
}

/** A cycle through the graph as a list of folders, or null. */
function findCycle(graph: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    if (state.get(node) === 'done') return null;
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('layers of src/', () => {
  it('folders import each other without a cycle', () => {
    expect(findCycle(folderGraph())).toBeNull();
  });

  it('the cycle check finds a cycle when there is one', () => {
    const graph = new Map([
      ['cli', new Set(['commands'])],
      ['commands', new Set(['detect'])],
      ['detect', new Set(['commands'])],
    ]);
    expect(findCycle(graph)).toEqual(['commands', 'detect', 'commands']);
  });

  it('only the CLI reads argv or ends the process', () => {
    const offenders = sourceFiles(SRC)
      .filter((f) => folderOf(f) !== 'cli')
      // String literals left out: code a child process runs is that process's business.
      .filter((f) => /process\.(?:exit\(|argv\b|exitCode\b)/.test(readFileSync(f, 'utf8').replace(/'[^'\n]*'/g, "''")))
      .map((f) => relative(SRC, f));
    expect(offenders).toEqual([]);
  });
});
