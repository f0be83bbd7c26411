import { describe, expect, it } from 'vitest';
import { keywordsOf } from '../../src/detect/compile.js';
import { buildTrie } from '../../src/detect/keyword-automaton.js';
import { decodeTrie, encodeTrie } from '../../src/detect/trie-codec.js';
import { builtinRules } from '../../src/rules/index.js';

describe('trie codec', () => {
  it('round-trips the built-in trie and refuses one built for other keywords', () => {
    const keywords = keywordsOf(builtinRules);
    const trie = buildTrie(keywords);
    const decoded = decodeTrie(encodeTrie(trie), keywords.join('\n'));
    expect(decoded).toEqual(trie);
    expect(decodeTrie(encodeTrie(trie), [...keywords, 'extra'].join('\n'))).toBeNull();
  });
});
