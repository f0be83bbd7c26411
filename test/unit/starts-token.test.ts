import { describe, expect, it } from 'vitest';
import { compileDetector, followOf, startsToken } from '../../src/detect/compile.js';
import { rulesForHits } from '../../src/detect/engine.js';
import { scanText } from '../../src/detect/engine.js';
import { builtinRules } from '../../src/rules/index.js';
import { ALNUM, fake, join } from '../../src/rules/fake.js';

const rule = (id: string) => builtinRules.find((r) => r.id === id)!;

describe('keywords that start a token', () => {
  it('are read off the regex: prefixed rules yes, context rules no', () => {
    expect(startsToken(rule('resend-api-key'))).toBe(true);
    expect(startsToken(rule('github-fine-grained-pat'))).toBe(true);
    expect(startsToken(rule('mistral-api-key'))).toBe(false);
    expect(startsToken(rule('generic-secret-assignment'))).toBe(false);
  });

  it('a keyword inside a word does not start a match; the same token after a boundary does', () => {
    const detector = compileDetector([rule('resend-api-key')]);
    const key = join('re', '_', fake(ALNUM, 8, 'st1'), '_', fake(ALNUM, 24, 'st2'));
    expect(scanText(`RESEND_API_KEY=${key}`, detector)).toHaveLength(1);
    expect(scanText(`const store_${key.slice(3)} = 1;`, detector)).toHaveLength(0);
  });

  it('what must follow the keyword is read off the regex, and a keyword not followed so runs nothing', () => {
    expect(followOf(rule('airtable-personal-access-token'))).toEqual(['A-Za-z0-9', 8]);
    expect(followOf(rule('mistral-api-key'))).toBeNull();
    const detector = compileDetector([rule('airtable-personal-access-token')]);
    const wanted = (text: string) => {
      const bytes = Buffer.from(text);
      const into = new Set<number>();
      rulesForHits(bytes, detector.automaton.scan(bytes), detector, into);
      return into.size;
    };
    expect(wanted('const file = path.join(dir, "x"); patch(1); pattern')).toBe(0);
    const token = join('pat', fake(ALNUM, 14, 'st3'), '.', fake('0123456789abcdef', 64, 'st4'));
    expect(wanted(`AIRTABLE_TOKEN=${token}`)).toBe(1);
    expect(scanText(`AIRTABLE_TOKEN=${token}`, detector)).toHaveLength(1);
  });
});
