import { families } from '../rules/index.js';
import type { Family } from '../rules/types.js';

/** What `keyguard rules` shows of a rule (never its regex internals, which are not a contract). */
export interface RuleListing {
  id: string;
  family: Family;
  provider: string;
  matches: string;
  keywords: string[];
  revoke: string;
}

export function listRules(): RuleListing[] {
  return families.flatMap((f) =>
    f.rules.map((r) => ({
      id: r.id,
      family: f.family,
      provider: r.provider,
      matches: r.description,
      keywords: r.keywords,
      revoke: r.remediation,
    })),
  );
}

export function formatRulesJson(rules: RuleListing[]): string {
  return `${JSON.stringify({ rules }, null, 2)}\n`;
}

/** One row per rule (id, provider, what it matches), the revocation hint indented below it. */
export function formatRulesText(rules: RuleListing[]): string {
  const idWidth = Math.max(2, ...rules.map((r) => r.id.length));
  const providerWidth = Math.max(8, ...rules.map((r) => r.provider.length));
  const row = (id: string, provider: string, matches: string) =>
    `${id.padEnd(idWidth)}  ${provider.padEnd(providerWidth)}  ${matches}`;
  const indent = ' '.repeat(idWidth + providerWidth + 4);
  const out = [row('ID', 'PROVIDER', 'MATCHES')];
  for (const r of rules) out.push(row(r.id, r.provider, r.matches), `${indent}revoke: ${r.revoke}`);
  out.push('', `${rules.length} rules.`);
  return `${out.join('\n')}\n`;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
/** Bare URLs become links; a trailing full stop or bracket stays outside. */
const links = (text: string) => cell(text).replace(/https?:\/\/[^\s)]+[^\s).,;]/g, (url) => `<${url}>`);

/**
 * docs/rules.md: every rule by family, what it matches and where to revoke its keys. `npm run docs:rules` writes it;
 * test/unit/rules-doc.test.ts fails when the committed file differs from what the records give.
 */
export function formatRulesMarkdown(rules: RuleListing[]): string {
  const families = [...new Set(rules.map((r) => r.family))];
  const out = [
    '# Rules',
    '',
    '<!-- generated from the rule records in src/rules/ by `npm run docs:rules`; do not edit -->',
    '',
    `${rules.length} rules in ${families.length} families. \`npx keyguard rules\` prints the same list; a project adds`,
    'its own in `.keyguardrc.json` (see [configuration.md](configuration.md)).',
    '',
  ];
  for (const family of families) {
    out.push(
      `## ${family}`,
      '',
      '| Rule | Provider | What it matches | Where to revoke |',
      '| --- | --- | --- | --- |',
    );
    for (const r of rules.filter((x) => x.family === family)) {
      out.push(`| \`${r.id}\` | ${cell(r.provider)} | ${cell(r.matches)} | ${links(r.revoke)} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
