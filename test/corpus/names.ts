import { compileDetector } from '../../src/detect/compile.js';
import { scanText } from '../../src/detect/engine.js';
import type { Rule } from '../../src/rules/types.js';

/** An environment-variable name and the secret it holds, taken from a rule's own match example. */
export interface Sample {
  rule: string;
  name: string;
  /**
   * What is assigned: the secret, or the whole value around it when the rule reports a part of it (the password of
   * a connection URL, the key of a connection string).
   */
  secret: string;
  /** Which example it came from (0 = the first, the canonical `NAME=SECRET`). */
  example: number;
}

/** OPENAI_API_KEY → openaiApiKey */
export const camel = (name: string): string =>
  name.toLowerCase().replace(/[_.-]+([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
/** OPENAI_API_KEY → openai_api_key */
export const lower = (name: string): string => name.toLowerCase().replace(/[.-]/g, '_');
/** OPENAI_API_KEY → openai.api.key */
export const dotted = (name: string): string => name.toLowerCase().replace(/[_-]/g, '.');

const ASSIGNMENT = /^\s*(?:export\s+)?["']?([A-Za-z_][A-Za-z0-9_.]*)["']?\s*[:=]\s*(["']?)/;

/**
 * The variable an example assigns to and the value it assigns, when the value holds the secret. A dotted code path
 * (aai.settings.api_key) is not a name to re-spell (the rule may need its dots): its name is null.
 */
function assignmentOf(example: string, secret: string): { name: string | null; value: string } | null {
  const m = ASSIGNMENT.exec(example);
  if (m === null || example.includes('\n')) return null;
  const value = example.slice(m[0].length).replace(/["',;]*\s*$/, '');
  if (!value.includes(secret)) return null;
  // An escaped string (a notebook line) is re-rendered from the secret alone.
  return { name: m[1]!.includes('.') ? null : m[1]!.toUpperCase(), value: value.includes('\\') ? secret : value };
}

/** Samples from every match example of the rule: the secret the rule reports, and a plausible variable name. */
export function samplesOf(rule: Rule): Sample[] {
  const alone = compileDetector([rule]);
  const fallback = rule.id.toUpperCase().replace(/-/g, '_');
  const samples: (Sample & { named: boolean })[] = [];
  rule.examples().match.forEach((example, index) => {
    const found = scanText(example, alone)[0];
    if (found === undefined) return; // the rules table test reports this
    const assignment = assignmentOf(example, found.secret);
    // A secret the rule knows only by its surroundings (a Kubernetes Secret, a .netrc, a curl command) cannot be
    // written under another name: such an example is scored as written only.
    if (assignment === null && scanText(`${fallback}=${found.secret}\n`, alone).length === 0) return;
    samples.push({
      rule: rule.id,
      name: assignment?.name ?? fallback,
      named: typeof assignment?.name === 'string',
      secret: assignment?.value ?? found.secret,
      example: index,
    });
  });
  const firstName = samples.find((s) => s.named)?.name ?? fallback;
  return samples.map(({ named, ...s }) => ({ ...s, name: named ? s.name : firstName }));
}
