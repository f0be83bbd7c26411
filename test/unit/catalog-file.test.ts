import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinCatalogBytes, builtinCatalogIndex } from '../../src/detect/builtin-catalog.js';
import { decodeCatalog } from '../../src/detect/catalog-file.js';
import { recordOf } from '../../src/detect/catalog-index.js';
import { buildTrie } from '../../src/detect/keyword-automaton.js';
import { builtinRules } from '../../src/rules/index.js';
import { PROJECT_ROOT } from '../helpers/cli.js';

describe('the catalog file', () => {
  const bytes = builtinCatalogBytes();
  const index = builtinCatalogIndex();

  it('round-trips the index, the keyword trie and every rule record', () => {
    const catalog = decodeCatalog(bytes);
    expect(catalog.index).toEqual(index);
    expect(catalog.trie).toEqual(buildTrie(index.keywords.split('\n')));
    builtinRules.forEach((rule, i) => expect(catalog.record(i)).toEqual(recordOf(rule)));
  });

  it('reads from a buffer at any offset (typed arrays need aligned ones)', () => {
    const shifted = Buffer.alloc(bytes.length + 3);
    bytes.copy(shifted, 3);
    const catalog = decodeCatalog(shifted.subarray(3));
    expect(catalog.trie).toEqual(buildTrie(index.keywords.split('\n')));
    expect(catalog.record(builtinRules.length - 1)).toEqual(recordOf(builtinRules.at(-1)!));
  });

  it('refuses what is not a catalog', () => {
    expect(() => decodeCatalog(Buffer.from('{"not":"a catalog"}'))).toThrow('not a keyguard catalog');
  });

  it('is what the build shipped next to the CLI', () => {
    expect(readFileSync(`${PROJECT_ROOT}/dist/catalog.bin`).equals(bytes)).toBe(true);
  });
});
