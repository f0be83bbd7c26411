import { describe, expect, it } from 'vitest';
import { compileDetector } from '../../src/detect/compile.js';
import { scanText } from '../../src/detect/engine.js';
import { builtinRules, families } from '../../src/rules/index.js';

/**
 * The first true-positive example of a rule is `NAME=SECRET`; the labelled corpus re-renders it in other
 * syntaxes. Each rendering must still be reported by the rule, with the same secret.
 */
const CHECKED = new Set(['messaging', 'observability', 'databases', 'private-keys', 'tokens']);

function camel(name: string): string {
  return name.toLowerCase().replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

function renderings(name: string, secret: string): Record<string, string> {
  const filler = 'function(n){return n&&n.length>0?n.map(function(x){return x+1}):[]},'.repeat(80);
  return {
    env: `${name}=${secret}`,
    python: `${name} = "${secret}"`,
    js: `const ${camel(name)} = "${secret}";`,
    yaml: `${name.toLowerCase()}: ${secret}`,
    json: `  "${name}": "${secret}",`,
    shell: `export ${name}="${secret}"`,
    dockerfile: `ENV ${name}=${secret}`,
    properties: `${name.toLowerCase().replace(/_/g, '.')}=${secret}`,
    minified: `!function(){var a={${filler}${camel(name)}:"${secret}",b:1};${filler}}();`,
    notebook: `    "${name} = \\"${secret}\\"\\n",`,
  };
}

const catalog = compileDetector(builtinRules);
const rules = families.filter((f) => CHECKED.has(f.family)).flatMap((f) => f.rules);

describe.each(rules.map((rule) => [rule.id, rule] as const))('rule %s', (_id, rule) => {
  const first = rule.examples().match[0]!;
  const assignment = /^([A-Z][A-Z0-9_]*)=(\S+)$/.exec(first);
  const alone = compileDetector([rule]);

  it('has NAME=SECRET (or a multi-line block) as its first example', () => {
    expect(assignment !== null || first.includes('\n'), first).toBe(true);
  });

  it('reports every true-positive example with full confidence (its validate accepts it)', () => {
    for (const example of rule.examples().match) {
      const found = scanText(example, alone);
      expect(found.length, example).toBeGreaterThan(0);
      expect(found.every((m) => !m.lowConfidence), example).toBe(true);
    }
  });

  it('is the only rule of the catalog that reports each of its true positives (one finding per secret)', () => {
    for (const example of rule.examples().match) {
      const found = scanText(example, catalog);
      for (const a of found)
        for (const b of found)
          if (a !== b && a.start < b.end && b.start < a.end) {
            const ids = [a, b].map((m) => catalog.rules[m.ruleIndex]!.rule.id);
            expect.fail(`${ids.join(' and ')} both report ${example}`);
          }
    }
  });

  if (!assignment) return;
  const [, name, secret] = assignment as unknown as [string, string, string];
  const expected = scanText(first, alone).map((m) => m.secret);

  it.each(Object.entries(renderings(name, secret)))('fires in %s syntax', (_syntax, text) => {
    const found = scanText(text, alone).map((m) => m.secret);
    expect(found.length, text.length > 300 ? `${_syntax}` : text).toBeGreaterThan(0);
    expect(found).toEqual(expected);
  });
});
