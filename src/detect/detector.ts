import { builtinRules } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import type { Config, CustomRuleConfig } from '../config/types.js';
import type { SecretFinding } from '../report/types.js';
import { compileDetector, keywordsOf, type Detector } from './compile.js';
import { scanBytes } from './engine.js';
import { fingerprint } from './fingerprint.js';
import { redact } from './redact.js';

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
export function projectRules(config: Config): Rule[] {
  const disabled = new Set(config.disableRules);
  return [...builtinRules.filter((r) => !disabled.has(r.id)), ...config.rules.map(customRule)];
}

export function detectorFor(config: Config): Detector {
  return compileDetector(projectRules(config), keywordsOf(builtinRules));
}

/** A finding that still holds its secret; it never leaves the scan: `finalize` hashes and drops it. */
export interface RawFinding extends Omit<SecretFinding, 'fingerprint'> {
  raw: string;
}

/**
 * Scan `text` (a string, or UTF-8 bytes). `lineOf` maps a 0-based line index of `text` to the file's 1-based line number (staged mode joins
 * only the added lines).
 */
export function findSecrets(
  text: string | Buffer,
  file: string,
  detector: Detector,
  lineOf: (index: number) => number = (i) => i + 1,
): RawFinding[] {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return scanBytes(bytes, detector).map((m) => {
    const { rule } = detector.rules[m.ruleIndex]!;
    return {
      kind: 'secret',
      rule: rule.id,
      provider: rule.provider,
      description: rule.description,
      file,
      line: lineOf(m.line),
      column: m.column + 1,
      secret: redact(m.secret),
      remediation: rule.remediation,
      confidence: m.lowConfidence ? 'low' : 'high',
      raw: m.secret,
    };
  });
}

/** Fingerprint the findings and forget their secrets. */
export async function finalize(raw: RawFinding[]): Promise<SecretFinding[]> {
  return raw.map(({ raw: secret, ...rest }) => ({ ...rest, fingerprint: fingerprint(rest.rule, secret) }));
}
