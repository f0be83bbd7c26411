import { EXIT, UsageError, isKeyguardError } from '../errors.js';
import { messages } from '../messages.js';
import { parseCommand, type Command, type Format } from './args.js';
import { HELP } from './help.js';
import type { IO } from '../io.js';
import type { Report } from '../report/types.js';

declare const __VERSION__: string;

/** Colour on a terminal unless NO_COLOR is set (https://no-color.org); FORCE_COLOR (but 0) forces it anywhere. */
function useColor(io: IO): boolean {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.stdoutIsTTY && io.env.TERM !== 'dumb';
}

async function format(report: Report, as: Format, io: IO): Promise<string> {
  if (as === 'json') return (await import('../report/json.js')).formatJson(report);
  if (as === 'sarif') return (await import('../report/sarif.js')).formatSarif(report);
  const color = useColor(io);
  return (await import('../report/text.js')).formatText(report, { color });
}

/** The report on stdout; in JSON and SARIF, which must stay parseable, its notices go to stderr. */
async function print(report: Report, as: Format, io: IO): Promise<void> {
  if (as !== 'text') for (const notice of report.notices) io.stderr(`${notice}\n`);
  io.stdout(await format(report, as, io));
}

async function scan(command: Extract<Command, { name: 'scan' }>, io: IO): Promise<number> {
  const { exitCode } = await import('../report/types.js');
  if (command.staged) {
    const { scanStaged } = await import('../commands/scan-staged.js');
    const files = command.paths.length > 0 ? command.paths : undefined;
    const result = await scanStaged({ cwd: io.cwd, files, fingerprints: command.format !== 'text' });
    if (result.report.findings.some((f) => f.kind === 'file')) {
      const { handleSecretFiles } = await import('./fix-offer.js');
      const render = (report: Report) => format(report, command.format, io);
      return handleSecretFiles(result, { fix: command.fix, format: command.format, render }, io);
    }
    await print(result.report, command.format, io);
    return exitCode(result.report);
  }
  const { scanPaths } = await import('../commands/scan-paths.js');
  const { report } = await scanPaths({ cwd: io.cwd, paths: command.paths, fingerprints: command.format !== 'text' });
  await print(report, command.format, io);
  return exitCode(report);
}

async function dispatch(command: Command, io: IO): Promise<number> {
  switch (command.name) {
    case 'help':
      io.stdout(HELP);
      return EXIT.CLEAN;
    case 'version':
      io.stdout(`${typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0'}\n`);
      return EXIT.CLEAN;
    case 'baseline':
      return (await import('../commands/baseline.js')).baselineCommand({ cwd: io.cwd, force: command.force }, io);
    case 'rules':
      return (await import('../commands/rules.js')).rulesCommand(command.format, io);
    case 'scan':
      return scan(command, io);
    case 'init':
      return (await import('../commands/init.js')).init(command, io);
  }
}

/** The whole CLI: returns an exit code, never exits the process, never throws. */
export async function run(argv: string[], io: IO): Promise<number> {
  try {
    return await dispatch(parseCommand(argv), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${messages.usage(error.message)}\n`);
      return EXIT.ERROR;
    }
    const reason = isKeyguardError(error)
      ? error.message
      : `unexpected error: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`;
    io.stderr(`${messages.failed(reason)}\n${messages.escape}\n`);
    if (io.env.KEYGUARD_DEBUG === '1' && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    else if (!isKeyguardError(error)) io.stderr(`${messages.debugHint}\n`);
    return EXIT.ERROR;
  }
}
