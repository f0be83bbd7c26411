import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { historyMessages } from '../messages.js';

import type { Format } from '../report/types.js';

export type { Format };

export type Command =
  | { name: 'help' }
  | { name: 'version' }
  | { name: 'scan'; staged: boolean; fix: boolean; format: Format; paths: string[]; verbose: boolean }
  | { name: 'history'; revs: string[]; since: string | undefined; prePush: boolean; format: Format }
  | { name: 'doctor' }
  | { name: 'init'; yes: boolean; lintStaged: boolean | undefined }
  | { name: 'uninstall' }
  | { name: 'rules'; format: Format }
  | { name: 'baseline'; force: string[] };

const FORMATS = new Set<Format>(['text', 'json', 'sarif']);

type Options = Record<string, { type: 'boolean' | 'string'; short?: string; multiple?: boolean }>;

/**
 * Options in the usual forms (`--name`, `--name=value`, `--name value`, `-f value`, `--` ends them), strictly: an
 * unknown option is an error. node:util's parseArgs, whose messages are kept up to their first sentence.
 */
function parse(
  args: string[],
  options: Options,
  allowPositionals = false,
): { values: Record<string, string | boolean | string[]>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args, options, strict: true, allowPositionals });
    return { values: values as Record<string, string | boolean | string[]>, positionals };
  } catch (error) {
    const message = (error as Error).message;
    throw new UsageError(message.replace(/^(.*?[.?])\s.*$/s, '$1').replace(/\.$/, ''));
  }
}

function format(value: unknown): Format {
  const f = (value ?? 'text') as Format;
  if (!FORMATS.has(f)) throw new UsageError(`unknown format "${String(value)}" (use text, json or sarif)`);
  return f;
}

/** Turn argv (without node and the script) into a command. Pure: touches nothing. */
export function parseCommand(argv: string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') return { name: 'help' };
  if (first === '--version' || first === '-v') return { name: 'version' };
  switch (first) {
    case 'scan': {
      // --not, --all… among the revisions of --history stay positional, in their place (see historyCommand)
      const history = rest.includes('--history');
      const { values, positionals: given } = parse(
        history ? rest.map((a) => (REV_OPTION.test(a) ? `\0${a}` : a)) : rest,
        {
          staged: { type: 'boolean' },
          fix: { type: 'boolean' },
          format: { type: 'string', short: 'f' },
          verbose: { type: 'boolean' },
          history: { type: 'boolean' },
          'pre-push': { type: 'boolean' },
          since: { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
        true,
      );
      const positionals = given.map((p) => p.replace(/^\0/, ''));
      if (values.help) return { name: 'help' };
      if (values.history || values['pre-push']) return historyCommand(values, positionals);
      if (values.since !== undefined) throw new UsageError('--since works with --history');
      if (values.fix && !values.staged) throw new UsageError('--fix works with --staged');
      return {
        name: 'scan',
        staged: values.staged === true,
        fix: values.fix === true,
        format: format(values.format),
        paths: positionals,
        verbose: values.verbose === true,
      };
    }
    case 'init': {
      const { values } = parse(rest, {
        yes: { type: 'boolean', short: 'y' },
        'lint-staged': { type: 'boolean' },
        'no-lint-staged': { type: 'boolean' },
      });
      if (values['lint-staged'] && values['no-lint-staged']) {
        throw new UsageError('choose one of --lint-staged and --no-lint-staged');
      }
      const lintStaged = values['lint-staged'] ? true : values['no-lint-staged'] ? false : undefined;
      return { name: 'init', yes: values.yes === true, lintStaged };
    }
    case 'doctor':
      parse(rest, {});
      return { name: 'doctor' };
    case 'uninstall':
      parse(rest, {});
      return { name: 'uninstall' };
    case 'rules': {
      const { values } = parse(rest, { format: { type: 'string', short: 'f' } });
      return { name: 'rules', format: format(values.format) };
    }
    case 'baseline': {
      const { values, positionals } = parse(rest, { force: { type: 'string', multiple: true } });
      if (positionals.length > 0) throw new UsageError(`keyguard baseline takes no paths (got "${positionals[0]}")`);
      return { name: 'baseline', force: (values.force as string[] | undefined) ?? [] };
    }
    default:
      throw new UsageError(`unknown command "${first}"`);
  }
}

/** Options git's revision walk takes besides revisions: whole sets of refs, and --not. Anything else is refused. */
const REV_OPTION = /^--(?:not|all|branches|remotes|tags)(?:=[^\s]*)?$/;

function historyCommand(values: Record<string, string | boolean | string[]>, revs: string[]): Command {
  const prePush = values['pre-push'] === true;
  if (values.history && prePush) throw new UsageError('choose one of --history and --pre-push');
  if (values.staged || values.fix)
    throw new UsageError('--history and --pre-push scan commits, not the index (no --staged, --fix)');
  if (prePush && (revs.length > 0 || values.since !== undefined))
    throw new UsageError('--pre-push reads the refs from git on its standard input (no revisions, no --since)');
  for (const rev of revs)
    if (rev.startsWith('-') && !REV_OPTION.test(rev)) throw new UsageError(historyMessages.badRev(rev));
  const since = typeof values.since === 'string' ? values.since : undefined;
  return { name: 'history', revs, since, prePush, format: format(values.format) };
}
