import { EXIT, UsageError } from '../errors.js';
import { baselineMessages } from '../messages.js';
import { formatRulesJson, formatRulesText, listRules } from '../report/rules.js';
import type { Format } from '../report/types.js';
import type { IO } from '../io.js';

/** `keyguard rules [--format json]`: every built-in rule, what it matches and where to revoke it. */
export function rulesCommand(format: Format, io: IO): number {
  if (format === 'sarif') throw new UsageError(baselineMessages.rulesFormat);
  const rules = listRules();
  io.stdout(format === 'json' ? formatRulesJson(rules) : formatRulesText(rules));
  return EXIT.CLEAN;
}
