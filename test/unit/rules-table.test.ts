import { describe, expect, it } from 'vitest';
import { compileDetector } from '../../src/detect/compile.js';
import { scanText } from '../../src/detect/engine.js';
import { builtinRules, families } from '../../src/rules/index.js';

const all = compileDetector(builtinRules);

describe('rule catalog', () => {
  it('has unique kebab-case ids and complete metadata', () => {
    const ids = new Set<string>();
    for (const rule of builtinRules) {
      expect(rule.id, rule.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(ids.has(rule.id), `duplicate id ${rule.id}`).toBe(false);
      ids.add(rule.id);
      expect(rule.provider.length, rule.id).toBeGreaterThan(0);
      expect(rule.description.length, rule.id).toBeGreaterThan(0);
      expect(rule.remediation.length, rule.id).toBeGreaterThan(0);
      expect(rule.keywords.length, rule.id).toBeGreaterThan(0);
      for (const k of rule.keywords) expect(k, rule.id).toBe(k.toLowerCase());
      const { match, noMatch } = rule.examples();
      expect(match.length, `${rule.id} needs true-positive examples`).toBeGreaterThan(0);
      expect(noMatch.length, `${rule.id} needs false-positive examples`).toBeGreaterThan(0);
    }
  });

  it('keeps one family per file', () => {
    expect(new Set(families.map((f) => f.family)).size).toBe(families.length);
  });
});

describe.each(builtinRules.map((rule) => [rule.id, rule] as const))('rule %s', (_id, rule) => {
  const alone = compileDetector([rule]);
  const { match, noMatch } = rule.examples();

  it.each(match.map((m, i) => [i, m] as const))('reports true-positive example #%i', (_i, example) => {
    const lower = example.toLowerCase();
    expect(
      rule.keywords.some((k) => lower.includes(k)),
      'a keyword must occur in every true positive',
    ).toBe(true);
    expect(scanText(example, alone).length).toBeGreaterThan(0);
    const inCatalog = scanText(example, all).map((m) => all.rules[m.ruleIndex]!.rule.id);
    expect(inCatalog).toContain(rule.id);
  });

  it.each(noMatch.map((m, i) => [i, m] as const))('stays silent on false-positive example #%i', (_i, example) => {
    expect(scanText(example, alone)).toEqual([]);
  });
});
