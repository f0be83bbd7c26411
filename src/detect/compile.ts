import type { Rule } from '../rules/types.js';

export interface CompiledRule {
  rule: Rule;
  /** The rule's regex with the global flag, built on first use. */
  regex(): RegExp;
}

/** Rules ready for the engine: one keyword prefilter for all of them. */
export interface Detector {
  rules: CompiledRule[];
  /** Lower-case keyword alternation, longest first; runs over lower-cased text. */
  keywords: RegExp;
  /** The same, case-insensitive, for text whose lower-casing changes its length. */
  keywordsIgnoreCase: RegExp;
  /** For each keyword: the rules to run when it occurs (including rules of keywords it contains). */
  rulesByKeyword: Map<string, number[]>;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function compileRule(rule: Rule): CompiledRule {
  let cached: RegExp | undefined;
  return {
    rule,
    regex() {
      if (!cached) {
        const flags = rule.regex.flags.replace(/[^is]/g, '');
        cached = new RegExp(rule.regex.source, `${flags}g`);
      }
      return cached;
    },
  };
}

export function compileDetector(rules: readonly Rule[]): Detector {
  const compiled = rules.map(compileRule);
  const direct = new Map<string, number[]>();
  rules.forEach((rule, index) => {
    for (const raw of rule.keywords) {
      const keyword = raw.toLowerCase();
      const list = direct.get(keyword) ?? [];
      list.push(index);
      direct.set(keyword, list);
    }
  });
  const keywords = [...direct.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  const rulesByKeyword = new Map<string, number[]>();
  for (const keyword of keywords) {
    const set = new Set<number>();
    for (const other of keywords) if (keyword.includes(other)) for (const i of direct.get(other) ?? []) set.add(i);
    rulesByKeyword.set(keyword, [...set].sort((a, b) => a - b));
  }
  const source = keywords.length > 0 ? keywords.map(escape).join('|') : '(?!)';
  return {
    rules: compiled,
    keywords: new RegExp(source, 'g'),
    keywordsIgnoreCase: new RegExp(source, 'gi'),
    rulesByKeyword,
  };
}
