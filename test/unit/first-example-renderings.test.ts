import { describe, expect, it } from 'vitest';
import { compileDetector } from '../../src/detect/compile.js';
import { scanText } from '../../src/detect/engine.js';
import { builtinRules } from '../../src/rules/index.js';

/**
 * The first true-positive example of every rule is `NAME=SECRET` (or a multi-line block); a key committed in real
 * code appears in many syntaxes, and the labelled corpus re-renders it the same way. Each rule must find the same
 * secret in every rendering, and be the only specific rule that reports it.
 */
const catalog = compileDetector(builtinRules);
/** Rules whose findings are low confidence by design (reported, never blocking). */
const REPORT_ONLY = new Set(['stripe-test-secret-key']);

function camel(name: string): string {
  return name.toLowerCase().replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

function renderings(name: string, secret: string): Record<string, string> {
  const lower = name.toLowerCase();
  const filler = 'function(e){return e&&e.__esModule?e:{default:e}},'.repeat(120);
  return {
    env: `${name}=${secret}`,
    python: `${name} = "${secret}"`,
    js: `const ${camel(name)} = "${secret}";`,
    yaml: `${lower}: ${secret}`,
    json: `  "${name}": "${secret}",`,
    toml: `${lower} = '${secret}'`,
    shell: `export ${name}="${secret}"`,
    dockerfile: `ENV ${name}=${secret}`,
    properties: `${lower.replace(/_/g, '.')}=${secret}`,
    environ: `os.environ["${name}"] = "${secret}"`,
    call: `load_dotenv(); os.environ.setdefault("${name}", "${secret}")`,
    minified: `!function(){var a={${filler}${camel(name)}:"${secret}",b:1};${filler}}();`,
    notebook: `    "${name} = \\"${secret}\\"\\n",`,
    notebookEnviron: `    "os.environ[\\"${name}\\"] = \\"${secret}\\"\\n",`,
  };
}

describe.each(builtinRules.map((rule) => [rule.id, rule] as const))('rule %s', (_id, rule) => {
  const { match } = rule.examples();
  const first = match[0]!;
  const assignment = /^([A-Z][A-Z0-9_]*[A-Za-z0-9_]*)=(.+)$/.exec(first);
  const alone = compileDetector([rule]);

  it('has NAME=SECRET (or a multi-line block) as its first example', () => {
    if (rule.generic) return; // the generic rule's examples show the many names it accepts
    expect(assignment !== null || first.includes('\n'), first.slice(0, 60)).toBe(true);
  });

  it('reports its true positives with full confidence, and alone (one finding per secret)', () => {
    for (const example of match) {
      const found = scanText(example, alone);
      expect(found.length, example.slice(0, 80)).toBeGreaterThan(0);
      if (!REPORT_ONLY.has(rule.id))
        expect(
          found.every((m) => !m.lowConfidence),
          example.slice(0, 80),
        ).toBe(true);
      const all = scanText(example, catalog);
      for (const a of all)
        for (const b of all)
          if (a !== b && a.start < b.end && b.start < a.end) {
            const ids = [a, b].map((m) => catalog.rules[m.ruleIndex]!.rule.id);
            expect.fail(`${ids.join(' and ')} both report ${example.slice(0, 80)}`);
          }
    }
  });

  if (!assignment) return;
  const [, name, secret] = assignment as unknown as [string, string, string];
  const expected = scanText(first, alone).map((m) => m.secret);
  it.each(Object.entries(renderings(name, secret)))('fires in %s', (syntax, text) => {
    expect(
      scanText(text, alone).map((m) => m.secret),
      syntax,
    ).toEqual(expected);
    const others = scanText(text, catalog)
      .map((m) => catalog.rules[m.ruleIndex]!.rule)
      .filter((r) => !r.generic && r.id !== rule.id);
    expect(others.map((r) => r.id)).toEqual([]);
  });
});
