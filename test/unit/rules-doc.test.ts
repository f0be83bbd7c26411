import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatRulesMarkdown, listRules } from '../../src/report/rules.js';
import { PROJECT_ROOT } from '../helpers/cli.js';

describe('docs/rules.md', () => {
  it('is what the rule records give today (regenerate with: npm run docs:rules)', () => {
    const committed = readFileSync(join(PROJECT_ROOT, 'docs/rules.md'), 'utf8');
    const fresh = formatRulesMarkdown(listRules());
    const [a, b] = [committed.split('\n'), fresh.split('\n')];
    const at = a.findIndex((line, i) => line !== b[i]);
    const where =
      at === -1 ? `${b.length - a.length} lines missing at the end` : `line ${at + 1}: ${b[at] ?? '(none)'}`;
    expect(committed === fresh, `docs/rules.md is stale (${where}): run npm run docs:rules`).toBe(true);
  });

  it('lists every rule id once, under its family', () => {
    const text = formatRulesMarkdown(listRules());
    for (const rule of listRules()) {
      expect(text.split(`| \`${rule.id}\` |`).length - 1, rule.id).toBe(1);
      expect(text).toContain(`## ${rule.family}`);
    }
  });
});
