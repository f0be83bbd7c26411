import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';

import type { Format } from '../report/types.js';

export type { Format };

export type Command =
  | { name: 'help' }
  | { name: 'version' }
  | { name: 'scan'; staged: boolean; fix: boolean; format: Format; paths: string[]; verbose: boolean }
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
      const { values, positionals } = parse(
        rest,
        {
          staged: { type: 'boolean' },
          fix: { type: 'boolean' },
          format: { type: 'string', short: 'f' },
          verbose: { type: 'boolean' },
          help: { type: 'boolean', short: 'h' },
        },
        true,
      );
      if (values.help) return { name: 'help' };
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
