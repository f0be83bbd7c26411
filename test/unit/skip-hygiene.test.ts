import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/cli.js';

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? testFiles(join(dir, e.name)) : /\.ts$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** `if (<something about the runtime>) return` inside a test: it passes without checking anything there. */
const SILENT_SKIP =
  /if\s*\([^;{]*(process\.versions?|process\.release|process\.platform|typeof\s+\w+\.\w+\s*[!=]==\s*'function')[^;{]*\)\s*\{?\s*return\b/;

describe('tests that apply to some runtimes only', () => {
  it('skip with it.skipIf(cond) and a reason, never with a silent return', () => {
    const offenders = testFiles(join(PROJECT_ROOT, 'test'))
      .filter((file) => file !== fileURLToPath(import.meta.url)) // its own examples below
      .filter((file) => SILENT_SKIP.test(readFileSync(file, 'utf8')))
      .map((file) => relative(PROJECT_ROOT, file));
    expect(offenders).toEqual([]);
  });

  it('the check would catch one', () => {
    expect(SILENT_SKIP.test("if (Number(process.versions.node.split('.')[0]) >= 22) return; // cache")).toBe(true);
    expect(SILENT_SKIP.test("if (typeof Module.enableCompileCache !== 'function') {\n return;")).toBe(true);
    expect(SILENT_SKIP.test('it.skipIf(major < 22)("needs 22", () => {})')).toBe(false);
  });
});
