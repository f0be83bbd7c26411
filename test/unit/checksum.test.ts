import { describe, expect, it } from 'vitest';
import { compileDetector } from '../../src/detect/compile.js';
import { scanText } from '../../src/detect/engine.js';
import { crc32, hasCrc32Suffix, toBase62, withChecksum } from '../../src/rules/checksum.js';
import { join } from '../../src/rules/fake.js';
import { builtinRules } from '../../src/rules/index.js';

const detector = compileDetector(builtinRules);

function findingsOf(line: string): { rule: string; lowConfidence: boolean }[] {
  return scanText(line, detector).map((m) => ({
    rule: detector.rules[m.ruleIndex]!.rule.id,
    lowConfidence: m.lowConfidence,
  }));
}

/** Replace the last checksum character by another base62 character: the checksum no longer holds. */
function corrupt(tokenText: string): string {
  const last = tokenText.at(-1)!;
  return tokenText.slice(0, -1) + (last === 'A' ? 'B' : 'A');
}

describe('crc32 and base62', () => {
  it('computes the standard CRC-32 (IEEE) check value', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(crc32('')).toBe(0);
  });

  it('writes base62 with digits first and pads to six characters', () => {
    expect(toBase62(0)).toBe('000000');
    expect(toBase62(61)).toBe('00000z');
    expect(toBase62(62)).toBe('000010');
    expect(toBase62(0xffffffff)).toBe('4gfFC3');
  });

  it('checks the suffix of a generated token', () => {
    const good = withChecksum(join('gh', 'p_'), 'cs1');
    expect(good).toHaveLength(40);
    expect(hasCrc32Suffix(good, 4)).toBe(true);
    expect(hasCrc32Suffix(corrupt(good), 4)).toBe(false);
  });
});

describe.each([
  ['github-token', join('gh', 'p_'), 'GITHUB_TOKEN'],
  ['github-token', join('gh', 'u_'), 'GH_TOKEN'],
  ['npm-access-token', join('np', 'm_'), 'NPM_TOKEN'],
])('%s with prefix %s', (rule, prefix, name) => {
  it('is high confidence when the checksum holds', () => {
    const line = `${name}=${withChecksum(prefix, `${rule}-ok`)}`;
    expect(findingsOf(line)).toEqual([{ rule, lowConfidence: false }]);
  });

  it('is low confidence when the checksum fails', () => {
    const line = `${name}=${corrupt(withChecksum(prefix, `${rule}-bad`))}`;
    expect(findingsOf(line)).toEqual([{ rule, lowConfidence: true }]);
  });
});
