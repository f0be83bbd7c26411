import { describe, expect, it } from 'vitest';
import { compileDetector } from '../../src/detect/compile.js';
import { scanText } from '../../src/detect/engine.js';
import { ai } from '../../src/rules/ai.js';
import { builtinRules } from '../../src/rules/index.js';

/**
 * The labelled corpus re-renders the first example of every rule (`NAME=SECRET`) into other file syntaxes.
 * Each AI rule must find its secret in all of them, and no other specific rule may report the same secret.
 */
const all = compileDetector(builtinRules);

function camel(name: string): string {
  return name.toLowerCase().replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/** Minified code around the assignment, long enough to be scanned in windows. */
function minified(name: string, secret: string): string {
  const filler = Array.from({ length: 120 }, (_v, i) => `function q${i}(n){return n+${i}}`).join(';');
  return `!function(){"use strict";${filler};var c={${camel(name)}:"${secret}",retries:3};${filler}}();`;
}

function renderings(name: string, secret: string): Record<string, string> {
  return {
    env: `${name}=${secret}`,
    python: `${name} = "${secret}"`,
    js: `const ${camel(name)} = "${secret}";`,
    yaml: `${name.toLowerCase()}: ${secret}`,
    json: `  "${name}": "${secret}",`,
    shell: `export ${name}="${secret}"`,
    dockerfile: `ENV ${name}=${secret}`,
    properties: `${name.toLowerCase().replace(/_/g, '.')}=${secret}`,
    minified: minified(name, secret),
    notebook: `    "os.environ[\\"${name}\\"] = \\"${secret}\\"\\n",`,
    notebookAssign: `    "${name} = \\"${secret}\\"\\n",`,
  };
}

describe.each(ai.rules.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
  const first = rule.examples().match[0]!;
  const eq = first.indexOf('=');
  const name = first.slice(0, eq);
  const secret = first.slice(eq + 1);

  it('has NAME=SECRET as its first example', () => {
    expect(name).toMatch(/^[A-Z][A-Z0-9_]*$/);
    expect(secret).toMatch(/^\S+$/);
  });

  it.each(Object.entries(renderings(name, secret)))('fires alone in %s syntax', (_syntax, text) => {
    const found = scanText(text, all)
      .filter((m) => m.secret === secret)
      .map((m) => all.rules[m.ruleIndex]!.rule.id);
    expect(found).toEqual([rule.id]);
  });
});
