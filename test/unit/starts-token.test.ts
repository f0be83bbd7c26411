import { describe, expect, it } from 'vitest';
import { compileDetector } from '../../src/detect/compile.js';
import { followOf, secretRunOf, startsToken } from '../../src/detect/regex-shape.js';
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

describe('the run a secret begins with', () => {
  const custom = (source: string): Parameters<typeof secretRunOf>[0] => ({
    ...rule('mistral-api-key'),
    regex: new RegExp(source),
  });

  it('is read off the regex, through a context rule second form, and not through alternatives that differ', () => {
    expect(secretRunOf(rule('together-legacy-api-key'))).toEqual(['0-9a-f', 64]);
    expect(secretRunOf(rule('generic-secret-assignment'))).toEqual(['A-Za-z0-9_\\-+/=.~!@#%^&*', 16]);
    expect(secretRunOf(rule('azure-devops-pat'))).toBeNull(); // (?<secret>[a-z2-7]{52}|[A-Za-z0-9]{84})
    expect(secretRunOf(custom('key=(?<secret>[0-9a-f]{32})|token=([0-9a-f]{32})'))).toBeNull();
    expect(secretRunOf(custom('key=(?<secret>[0-9a-f]{32})|(?:[0-9a-f]{32})?x'))).toBeNull();
    expect(secretRunOf(custom('key=(?<secret>[0-9a-f]{32})|(?:[0-9a-f]{32})x'))).toEqual(['0-9a-f', 32]);
    expect(secretRunOf(custom('key=(?<secret>[0-9a-f]{4}-[0-9a-f]{4})'))).toBeNull(); // too short to be worth it
  });

  it('a line without the run never compiles nor runs the rule; a line with the key does', () => {
    const detector = compileDetector([rule('together-legacy-api-key')]);
    let compiled = 0;
    const regex = detector.rules[0]!.regex;
    detector.rules[0]!.regex = () => (compiled++, regex());
    expect(scanText('// we work together on this: the key is elsewhere', detector)).toHaveLength(0);
    expect(compiled).toBe(0);
    const key = fake('0123456789abcdef', 64, 'run1');
    expect(scanText(`TOGETHER_API_KEY=${key}`, detector)).toHaveLength(1);
    expect(compiled).toBe(1);
  });
});
