import { describe, expect, it } from 'vitest';
import { applyBaseline } from '../../src/detect/baseline-filter.js';
import { formatBaseline, parseBaseline, type BaselineEntry } from '../../src/config/baseline-file.js';
import { ConfigError } from '../../src/errors.js';
import type { SecretFinding } from '../../src/report/types.js';
import { HEX, fake } from '../../src/rules/fake.js';
import { tempDir } from '../helpers/git-repo.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const entry = (file: string, rule: string, seed: string): BaselineEntry => ({
  fingerprint: fake(HEX, 64, seed),
  rule,
  file,
  secret: 'ab…z',
});

describe('baseline file', () => {
  it('formats deterministically: sorted, one entry per fingerprint, whatever the input order', () => {
    const a = entry('b.py', 'github-token', 'f1');
    const b = entry('a.py', 'stripe-live-secret-key', 'f2');
    const c = entry('a.py', 'github-token', 'f3');
    const text = formatBaseline([a, b, c, { ...a, file: 'b.py' }]);
    expect(formatBaseline([c, a, b])).toBe(text);
    expect(parseBaseline(text).map((e) => e.fingerprint)).toEqual([c.fingerprint, b.fingerprint, a.fingerprint]);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it.each([
    ['{', 'is not valid JSON'],
    ['[]', 'must be a JSON object'],
    ['{"version": 2, "findings": []}', '"version" must be 1'],
    ['{"version": 1}', '"findings" must be a list'],
    ['{"version": 1, "findings": ["x"]}', '"findings"[0] must be an object'],
    ['{"version": 1, "findings": [{"fingerprint": "not-a-digest"}]}', 'sha256'],
  ])('rejects %s, naming the file', (text, problem) => {
    expect(() => parseBaseline(text)).toThrow(ConfigError);
    expect(() => parseBaseline(text)).toThrow(problem);
    expect(() => parseBaseline(text)).toThrow('.keyguard-baseline.json');
  });
});

describe('applying the baseline', () => {
  it('drops findings by fingerprint only and counts them', () => {
    const dir = tempDir();
    const accepted = entry('old/place.js', 'github-token', 'f4');
    writeFileSync(join(dir, '.keyguard-baseline.json'), formatBaseline([accepted]));
    const finding = (fingerprint: string): SecretFinding => ({
      kind: 'secret',
      rule: 'github-token',
      provider: 'GitHub',
      description: '',
      file: 'new/place.js',
      line: 9,
      column: 1,
      secret: 'x…y',
      fingerprint,
      remediation: '',
      confidence: 'high',
    });
    const report = { baselined: 0 };
    const other = finding(fake(HEX, 64, 'f5'));
    expect(applyBaseline(dir, [finding(accepted.fingerprint), other], report)).toEqual([other]);
    expect(report.baselined).toBe(1);
    expect(applyBaseline(tempDir(), [other], report)).toEqual([other]);
  });
});
