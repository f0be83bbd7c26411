import { EXIT, isKeyguardError } from '../errors.js';
import { historyMessages, messages } from '../messages.js';
import { parseCommand, type Command, type Format } from './args.js';
import { HELP } from './help.js';
import { mayAsk } from './terminal.js';
import type { IO } from '../io.js';
import type { Report } from '../report/types.js';
import { keyguardCommand } from './invocation.js';

declare const __VERSION__: string;

/** Colour on a terminal unless NO_COLOR is set (https://no-color.org); FORCE_COLOR (but 0) forces it anywhere. */
function useColor(io: IO): boolean {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.stdoutIsTTY && io.env.TERM !== 'dumb';
}

/** keyguard as the user types it, for the commands messages print. */
const kgOf = (io: IO) => keyguardCommand(io.invokedAs, io.cwd, io.env);

async function format(report: Report, as: Format, io: IO): Promise<string> {
  const { formatterFor } = await import('../report/format.js');
  const formatter = await formatterFor(as, { color: as === 'text' && useColor(io), kg: kgOf(io) });
  return formatter(report);
}

/** In JSON and SARIF, which must stay parseable, a report's notices go to stderr (text shows them in the report). */
function printNotices(report: Report, as: Format, io: IO): void {
  if (as !== 'text') for (const notice of report.notices) io.stderr(`${notice}\n`);
}

/** The report on stdout; its notices as printNotices says. */
async function print(report: Report, as: Format, io: IO): Promise<void> {
  printNotices(report, as, io);
  io.stdout(await format(report, as, io));
}

/**
 * A passing hook says nothing: git runs hooks with GIT_INDEX_FILE set, and a commit that goes through needs no
 * words. `--verbose` (or KEYGUARD_VERBOSE=1) keeps the one line; run by hand, the line is always printed. Whatever
 * the user must know is printed all the same: findings, notices (a configuration not staged), and files that could
 * not be checked or that only the configuration lets through unscanned (over the size limit).
 */
function quietSuccess(report: Report, code: number, command: Extract<Command, { name: 'scan' }>, io: IO): boolean {
  if (command.format !== 'text' || code !== EXIT.CLEAN || report.findings.length > 0 || report.notices.length > 0)
    return false;
  if (report.skipped.some((s) => s.blocks || s.reason === 'too-large')) return false;
  const verbose = command.verbose || io.env.KEYGUARD_VERBOSE === '1';
  return !verbose && io.env.GIT_INDEX_FILE !== undefined;
}

async function scan(command: Extract<Command, { name: 'scan' }>, io: IO): Promise<number> {
  const { blocks, exitCode } = await import('../report/types.js');
  if (command.staged) {
    const { scanStaged } = await import('../commands/scan-staged.js');
    const files = command.paths.length > 0 ? command.paths : undefined;
    const result = await scanStaged({ cwd: io.cwd, files, fingerprints: command.format !== 'text' });
    if (blocks(result.report) && (command.fix || mayAsk(io, command.format))) {
      // Bundled into the CLI like everything else, but only executed when a blocked commit is to be fixed.
      const { handleBlocked } = await import('./fix-offer.js');
      printNotices(result.report, command.format, io);
      const render = (report: Report) => format(report, command.format, io);
      return handleBlocked(result, { fix: command.fix, format: command.format, render }, io);
    }
    const code = exitCode(result.report);
    if (!quietSuccess(result.report, code, command, io)) await print(result.report, command.format, io);
    return code;
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
    case 'history':
      return (await import('./history.js')).historyScan(command, io, useColor(io));
    case 'doctor':
      return (await import('./doctor.js')).doctorCommand(io, kgOf(io));
    case 'init': {
      const { init, formatInit } = await import('../commands/init.js');
      const progress = (line: string) => io.stdout(`${line}\n`);
      const result = init(io.cwd, { lintStaged: command.lintStaged, kg: kgOf(io), progress });
      io.stdout(formatInit(result));
      return EXIT.CLEAN;
    }
    case 'uninstall': {
      const { uninstall, formatUninstall } = await import('../commands/uninstall.js');
      const { text, complete } = formatUninstall(uninstall(io.cwd, kgOf(io)));
      io.stdout(text);
      return complete ? EXIT.CLEAN : EXIT.ERROR;
    }
  }
}

/** init and uninstall say their own one-line reason (no commit is involved); git's and the file system's too. */
function installFailure(name: string | undefined, error: unknown): string | null {
  if (name !== 'init' && name !== 'uninstall') return null;
  const known =
    isKeyguardError(error) ||
    (error instanceof Error &&
      (error.name === 'GitError' || typeof (error as NodeJS.ErrnoException).code === 'string'));
  if (!known) return null;
  const reason = (error as Error).message;
  return name === 'init' ? messages.init.failed(reason) : messages.uninstall.failed(reason);
}

/**
 * What went wrong, in one line, as the command it happened in says it. Only the hook's command (`scan --staged`)
 * adds that the commit is blocked and how to bypass it; `baseline`, `rules` or a path scan block no commit.
 */
function failure(error: unknown, command: Command, io: IO): number {
  const setup = installFailure(command.name, error);
  if (setup !== null) {
    io.stderr(`${setup}\n`);
    return EXIT.ERROR;
  }
  const reason = isKeyguardError(error)
    ? error.message
    : `unexpected error: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`;
  if (command.name === 'scan' && command.staged) io.stderr(`${messages.failed(reason)}\n${messages.escape}\n`);
  else if (command.name === 'history' && command.prePush) io.stderr(`${historyMessages.prePushFailed(reason)}\n`);
  else if (command.name === 'scan' || command.name === 'history') io.stderr(`${messages.failed(reason)}\n`);
  else io.stderr(`${messages.commandFailed(command.name, reason)}\n`);
  if (io.env.KEYGUARD_DEBUG === '1' && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  else if (!isKeyguardError(error)) io.stderr(`${messages.debugHint}\n`);
  return EXIT.ERROR;
}

/** The whole CLI: returns an exit code, never exits the process, never throws. */
export async function run(argv: string[], io: IO): Promise<number> {
  // Until argv is understood, assume the hook's command: an error then still blocks the commit and says how.
  let command: Command = { name: 'scan', staged: true, fix: false, format: 'text', paths: [], verbose: false };
  try {
    command = parseCommand(argv);
    return await dispatch(command, io);
  } catch (error) {
    // by name: a command in a chunk file (scripts/build.mjs) throws its own copy of the class
    if (!(isKeyguardError(error) && error.name === 'UsageError')) return failure(error, command, io);
    io.stderr(`${messages.usage(error.message)}\n`);
    return EXIT.ERROR;
  }
}
