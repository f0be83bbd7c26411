import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { applyBaseline } from '../../src/detect/baseline-filter.js';
import type { RawFinding } from '../../src/detect/findings.js';
import { fingerprinter, legacyFingerprinter } from '../../src/detect/fingerprint.js';
import { redact } from '../../src/detect/redact.js';
import { formatBaseline, parseBaseline, type BaselineEntry } from '../../src/config/baseline-file.js';
import { ConfigError } from '../../src/errors.js';
import { ALNUM, HEX, fake } from '../../src/rules/fake.js';

const SALT = fake(HEX, 64, 'salt');

const entry = (file: string, rule: string, seed: string): BaselineEntry => ({
  fingerprint: fake(HEX, 64, seed),
  rule,
  file,
  secret: 'ab…',
});

describe('baseline file', () => {
  it('formats deterministically: version 2 with its salt, sorted, one entry per fingerprint', () => {
    const a = entry('b.py', 'github-token', 'f1');
    const b = entry('a.py', 'stripe-live-secret-key', 'f2');
    const c = entry('a.py', 'github-token', 'f3');
    const text = formatBaseline(SALT, [a, b, c, { ...a, file: 'b.py' }]);
    expect(formatBaseline(SALT, [c, a, b])).toBe(text);
    const parsed = parseBaseline(text);
    expect(parsed).toMatchObject({ version: 2, salt: SALT });
    expect(parsed.entries.map((e) => e.fingerprint)).toEqual([c.fingerprint, b.fingerprint, a.fingerprint]);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('still reads a version-1 baseline (no salt)', () => {
    const old = parseBaseline(JSON.stringify({ version: 1, findings: [entry('a.py', 'github-token', 'f9')] }));
    expect(old).toMatchObject({ version: 1, salt: null });
    expect(old.entries).toHaveLength(1);
  });

  it.each([
    ['{', 'is not valid JSON'],
    ['[]', 'must be a JSON object'],
    ['{"version": 3, "findings": []}', '"version" must be 2'],
    ['{"version": 2, "findings": []}', '"salt" must be 64 hex digits'],
    ['{"version": 1}', '"findings" must be a list'],
    ['{"version": 1, "findings": ["x"]}', '"findings"[0] must be an object'],
    ['{"version": 1, "findings": [{"fingerprint": "not-a-digest"}]}', '64 hex digits'],
  ])('rejects %s, naming the file', (text, problem) => {
    expect(() => parseBaseline(text)).toThrow(ConfigError);
    expect(() => parseBaseline(text)).toThrow(problem);
    expect(() => parseBaseline(text)).toThrow('.keyguard-baseline.json');
  });
});

describe('fingerprints', () => {
  const secret = fake(ALNUM, 10, 'weak');

  it('are HMAC-SHA256 keyed with the salt: without the salt, guessing the secret does not confirm it', async () => {
    const fp = (await fingerprinter(Buffer.from(SALT, 'hex')))('db-password', secret);
    expect(fp).toBe(createHmac('sha256', Buffer.from(SALT, 'hex')).update(`db-password\0${secret}`).digest('hex'));
    expect(fp).not.toBe(createHash('sha256').update(`db-password\0${secret}`).digest('hex'));
    const other = (await fingerprinter(Buffer.from(fake(HEX, 64, 'other'), 'hex')))('db-password', secret);
    expect(other).not.toBe(fp);
  });

  it('read a PEM block the same with CRLF and LF line ends', async () => {
    const fp = await fingerprinter(Buffer.from(SALT, 'hex'));
    expect(fp('rsa-private-key', 'a\r\nb\r\nc')).toBe(fp('rsa-private-key', 'a\nb\nc'));
  });

  it('previews keep to a few characters, none for a short secret', () => {
    expect(redact(secret)).toBe('…');
    expect(redact(fake(ALNUM, 16, 'mid'))).toMatch(/^.{2}…$/);
    const long = fake(ALNUM, 40, 'long');
    expect(redact(long)).toBe(`${long.slice(0, 4)}…${long.slice(-2)}`);
  });
});

describe('applying the baseline', () => {
  const raw = (secret: string): RawFinding => ({
    kind: 'secret',
    rule: 'github-token',
    provider: 'GitHub',
    description: '',
    file: 'new/place.js',
    line: 9,
    column: 1,
    secret: redact(secret),
    remediation: '',
    confidence: 'high',
    raw: secret,
  });
  const [mine, other] = [fake(ALNUM, 40, 'f4'), fake(ALNUM, 40, 'f5')];

  it('drops findings by keyed fingerprint only and counts them', async () => {
    const fp = await fingerprinter(Buffer.from(SALT, 'hex'));
    const entries = [{ ...entry('old/place.js', 'github-token', 'x'), fingerprint: fp('github-token', mine) }];
    const report = { baselined: 0, notices: [] as string[] };
    const kept = await applyBaseline([raw(mine), raw(other)], { version: 2, salt: SALT, entries }, report);
    expect(kept.map((f) => f.raw)).toEqual([other]);
    expect(report).toEqual({ baselined: 1, notices: [] });
    expect(await applyBaseline([raw(other)], null, report)).toHaveLength(1);
  });

  it('matches a version-1 baseline by its unkeyed fingerprints, and says to regenerate it', async () => {
    const legacy = await legacyFingerprinter();
    const entries = [{ ...entry('old/place.js', 'github-token', 'x'), fingerprint: legacy('github-token', mine) }];
    const report = { baselined: 0, notices: [] as string[] };
    const kept = await applyBaseline([raw(mine), raw(other)], { version: 1, salt: null, entries }, report);
    expect(kept.map((f) => f.raw)).toEqual([other]);
    expect(report.baselined).toBe(1);
    expect(report.notices.join('\n')).toMatch(/version 1.*npx keyguard baseline/s);
  });
});
