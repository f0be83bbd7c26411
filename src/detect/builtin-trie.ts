import { builtinRules } from '../rules/index.js';
import { keywordsOf } from './compile.js';
import { buildTrie } from './keyword-automaton.js';
import { encodeTrie } from './trie-codec.js';

/** The encoded trie of the built-in catalog, which the build embeds in the CLI. */
export function builtinTrie(): string {
  return encodeTrie(buildTrie(keywordsOf(builtinRules)));
}
