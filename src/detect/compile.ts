import { buildAutomaton, type KeywordAutomaton } from './keyword-automaton.js';
import type { Rule } from '../rules/types.js';

export interface CompiledRule {
  rule: Rule;
  /** The rule's regex with the global flag, built on first use. */
  regex(): RegExp;
}

/** Rules ready for the engine: one keyword prefilter for all of them. */
export interface Detector {
  rules: CompiledRule[];
  /** Finds every keyword occurrence in one pass and says which rules to run there. */
  automaton: KeywordAutomaton;
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
  const byKeyword = new Map<string, number[]>();
  rules.forEach((rule, index) => {
    for (const raw of rule.keywords) {
      const keyword = raw.toLowerCase();
      const list = byKeyword.get(keyword) ?? [];
      list.push(index);
      byKeyword.set(keyword, list);
    }
  });
  return { rules: rules.map(compileRule), automaton: buildAutomaton(byKeyword) };
}
