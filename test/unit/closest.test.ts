import { describe, expect, it } from 'vitest';
import { closest } from '../../src/config/closest.js';

const KEYS = ['allowPaths', 'disableRules', 'rules', 'secretFiles', 'ignoreSecretFiles', 'blockLowConfidence'];

describe('the closest valid key to a misspelt one', () => {
  it.each([
    ['disabledRules', 'disableRules'], // one letter too many
    ['disableRule', 'disableRules'], // one too few
    ['allowpaths', 'allowPaths'], // case
    ['alowPahts', 'allowPaths'], // a missing letter and two swapped
    ['rule', 'rules'],
    ['secretFile', 'secretFiles'],
    ['ignoreSecretFile', 'ignoreSecretFiles'],
    ['blockLowConfidense', 'blockLowConfidence'],
  ])('%s → %s', (typo, meant) => expect(closest(typo, KEYS)).toBe(meant));

  it.each(['x', 'exclude', 'paths', 'disable', 'verbose'])('%s is close to none', (word) => {
    expect(closest(word, KEYS)).toBeNull();
  });

  it('prefers the nearer of two candidates', () => {
    expect(closest('secretFile', ['secretFiles', 'ignoreSecretFiles'])).toBe('secretFiles');
    expect(closest('keyword', ['keywords', 'id', 'regex'])).toBe('keywords');
  });
});
