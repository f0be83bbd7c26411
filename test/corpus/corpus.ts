import { builtinRules } from '../../src/rules/index.js';
import type { Rule } from '../../src/rules/types.js';
import { BLOCK_CONTEXTS, LINE_CONTEXTS } from './contexts.js';
import { samplesOf } from './names.js';
import { ruleNegatives, staticNegatives } from './negatives.js';

/** One labelled file: `expect` is the rule that must report it, or null for a file that must stay silent. */
export interface Item {
  id: string;
  file: string;
  content: string;
  /** Where the secret sits (py, yaml, minified…) or what kind of negative it is (uuid, lockfile…). */
  context: string;
  expect: string | null;
}

/** Every rule's examples rendered into every context, plus the examples themselves as written. */
export function positives(rules: readonly Rule[] = builtinRules): Item[] {
  const items: Item[] = [];
  for (const rule of rules) {
    const samples = samplesOf(rule);
    for (const sample of samples) {
      // A secret already escaped for a string literal (a PEM block as "…\\n…") is not escaped a second time.
      const contexts = sample.secret.includes('\n')
        ? BLOCK_CONTEXTS
        : sample.secret.includes('\\')
          ? LINE_CONTEXTS.filter((c) => c.context !== 'notebook')
          : LINE_CONTEXTS;
      contexts.forEach((c, i) => {
        items.push({
          id: `${rule.id}#${sample.example}/${c.context}-${i}`,
          file: `corpus/${rule.id}/${sample.example}/${c.file}`,
          content: c.render(sample.name, sample.secret),
          context: c.context,
          expect: rule.id,
        });
      });
    }
    rule.examples().match.forEach((example, i) => {
      items.push({
        id: `${rule.id}#${i}/as-written`,
        file: `corpus/${rule.id}/example-${i}.txt`,
        content: `${example}\n`,
        context: 'as-written',
        expect: rule.id,
      });
    });
  }
  return items;
}

/** Hard negatives: look-alikes of every kind, and each rule's own placeholders and references. */
export function negatives(rules: readonly Rule[] = builtinRules, rounds = 40): Item[] {
  const items: Item[] = [];
  staticNegatives(rounds).forEach((n, i) => {
    items.push({
      id: `${n.kind}-${i}`,
      file: `negatives/${i}/${n.file}`,
      content: n.content,
      context: n.kind,
      expect: null,
    });
  });
  for (const rule of rules) {
    const first = samplesOf(rule)[0];
    if (first === undefined) continue;
    ruleNegatives(rule, first).forEach((n, i) => {
      items.push({
        id: `${n.kind}-${i}`,
        file: `negatives/${rule.id}/${i}/${n.file}`,
        content: n.content,
        context: n.kind.split(':')[0]!,
        expect: null,
      });
    });
  }
  return items;
}
