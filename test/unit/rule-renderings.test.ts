import { describe, expect, it } from 'vitest';
import { compileDetector } from '../../src/detect/compile.js';
import { scanText } from '../../src/detect/engine.js';
import { cloud } from '../../src/rules/cloud.js';
import { builtinRules } from '../../src/rules/index.js';
import { payments } from '../../src/rules/payments.js';
import { sourceHosting } from '../../src/rules/source-hosting.js';

/**
 * The first true-positive example of each rule is `NAME=SECRET`; a secret committed in real code appears in many
 * syntaxes. Each rule must fire on all of them, and be the only specific rule that does.
 */
const all = compileDetector(builtinRules);
const rules = [...cloud.rules, ...sourceHosting.rules, ...payments.rules];

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
    shell: `export ${name}="${secret}"`,
    dockerfile: `ENV ${name}=${secret}`,
    properties: `${lower.replace(/_/g, '.')}=${secret}`,
    minified: `!${filler}var ${camel(name)}="${secret}";${filler}`,
    notebook: `    "source": [${JSON.stringify(`${name} = "${secret}"\n`)}],`,
    environ: `os.environ["${name}"] = "${secret}"`,
    toml: `${lower} = '${secret}'`,
    call: `load_dotenv(); os.environ.setdefault("${name}", "${secret}")`,
  };
}

describe.each(rules.map((rule) => [rule.id, rule] as const))('rule %s', (_id, rule) => {
  const first = rule.examples().match[0]!;
  const assignment = /^([A-Z][A-Z0-9_]*[A-Za-z0-9_]*)=(.+)$/.exec(first);

  it('has a NAME=SECRET first example (or a multi-line block)', () => {
    expect(assignment !== null || first.includes('\n'), first.slice(0, 40)).toBe(true);
  });

  if (!assignment) return;
  const [, name, secret] = assignment as unknown as [string, string, string];
  it.each(Object.entries(renderings(name, secret)))('fires in %s', (_syntax, text) => {
    const ids = scanText(text, all).map((m) => all.rules[m.ruleIndex]!.rule);
    expect(ids.map((r) => r.id)).toContain(rule.id);
    expect(ids.filter((r) => !r.generic && r.id !== rule.id).map((r) => r.id)).toEqual([]);
  });
});
