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
