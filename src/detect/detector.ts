import { builtinRules } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import type { Config, CustomRuleConfig } from '../config/types.js';
import { compileDetector, keywordsOf, type Detector } from './compile.js';

function customRule(rule: CustomRuleConfig): Rule {
  return {
    id: rule.id,
    provider: rule.provider ?? 'Custom',
    description: rule.description ?? `Custom rule ${rule.id}`,
    keywords: rule.keywords.map((k) => k.toLowerCase()),
    regex: new RegExp(rule.regex),
    entropy: rule.entropy,
    remediation: rule.remediation ?? 'Rotate it with whoever issued it.',
    examples: () => ({ match: [], noMatch: [] }),
  };
}

/** The rules this project runs: built-ins minus disabled ones, plus its own. */
function projectRules(config: Config): Rule[] {
  const disabled = new Set(config.disableRules);
  return [...builtinRules.filter((r) => !disabled.has(r.id)), ...config.rules.map(customRule)];
}

export function detectorFor(config: Config): Detector {
  return compileDetector(projectRules(config), keywordsOf(builtinRules));
}
