import { basename } from 'node:path';
import { EXIT } from '../errors.js';
import type { Format } from './args.js';
import type { IO } from '../io.js';
import { hasStagedChanges } from '../git/unstage.js';
import { messages } from '../messages.js';
import { blocks, exitCode, type FileFinding, type Report } from '../report/types.js';
import type { StagedScan } from '../commands/scan-staged.js';
import { applyFix, planFix, type FixOutcome, type FixPlan } from '../fix/apply.js';
import { keyguardCommand } from './invocation.js';
import { askTerminal, isYes } from './terminal.js';

export interface FileFlowOptions {
  fix: boolean;
  format: Format;
  render: (report: Report) => Promise<string>;
}

const m = messages.secretFiles;

/**
 * The offer is made only when a person is watching this very run: stdout is a terminal (git sends a hook's stdout to
 * its own stderr, so under `git commit` in a shell it is; lint-staged and GUI clients pipe it), the output is text,
 * CI is not set, and /dev/tty opens (checked when asking). Anyone else sees the --fix command in the report.
 */
function mayAsk(io: IO, format: Format): boolean {
  const ci = io.env.CI;
  const inCi = ci !== undefined && ci !== '' && ci !== 'false';
  return io.stdoutIsTTY && format === 'text' && !inCi && io.env.KEYGUARD_NO_PROMPT === undefined;
}

/** Staged secret files were found: print, then fix (--fix or a yes at the offer), and decide the exit code. */
export async function handleSecretFiles(scan: StagedScan, options: FileFlowOptions, io: IO): Promise<number> {
  if (!options.fix) {
    io.stdout(await options.render(scan.report));
    if (!mayAsk(io, options.format)) return EXIT.FINDINGS;
  }
  const files = scan.report.findings.filter((f): f is FileFinding => f.kind === 'file').map((f) => f.file);
  const plan = planFix(scan.root, files);
  if (!options.fix && !agreed(plan, scan.report, io)) return EXIT.FINDINGS;
  return fixAndReport(scan, plan, options, io);
}

/** The one question of the run; no terminal or no answer counts as "no" without a word, a typed "no" is confirmed. */
function agreed(plan: FixPlan, report: Report, io: IO): boolean {
  const answer = askTerminal(m.question(plan.toIgnore, plan.toUnstage, trackedFiles(report)));
  if (answer !== null && !isYes(answer)) io.stderr(`${m.declined(keyguardCommand(io.invokedAs, io.cwd, io.env))}\n`);
  return isYes(answer);
}

async function fixAndReport(scan: StagedScan, plan: FixPlan, options: FileFlowOptions, io: IO): Promise<number> {
  const outcome = applyFix(scan.root, plan);
  // What still goes into the commit: keys in the unstaged files leave with them.
  const gone = new Set(outcome.unstaged);
  const rest: Report = {
    ...scan.report,
    findings: scan.report.findings.filter((f) => f.kind !== 'file' && !gone.has(f.file)),
  };
  const say = options.format === 'text' ? io.stdout : io.stderr;
  say(summary(scan.report, outcome).join('\n') + '\n');
  if (options.fix && options.format !== 'text') io.stdout(await options.render(rest));
  else if (options.fix && rest.findings.length > 0) io.stdout(`\n${await options.render(rest)}`);
  const code = exitAfterFix(scan, rest, outcome, io);
  say(`${code.message}\n`);
  if (code.exit !== EXIT.CLEAN && discardedOnFailure(io)) say(`${m.redoUnstage(outcome.unstaged)}\n`);
  if (code.exit === EXIT.CLEAN && partialCommit(io)) say(`${m.stillInIndex(outcome.unstaged)}\n`);
  return code.exit;
}

/** `git commit -a` and `git commit PATHS` hand hooks a temporary index that git throws away when the commit stops. */
function discardedOnFailure(io: IO): boolean {
  const index = io.env.GIT_INDEX_FILE;
  return index !== undefined && basename(index) !== 'index';
}

/** `git commit PATHS` commits a temporary index (git names it next-index-*); the real one keeps the files staged. */
function partialCommit(io: IO): boolean {
  return basename(io.env.GIT_INDEX_FILE ?? '').startsWith('next-index');
}

function trackedFiles(report: Report): string[] {
  return report.findings.filter((f): f is FileFinding => f.kind === 'file' && f.tracked === true).map((f) => f.file);
}

function summary(report: Report, outcome: FixOutcome): string[] {
  const lines: string[] = [];
  if (outcome.added.length > 0) lines.push(m.addedEntries('.gitignore', outcome.added, outcome.created));
  const tracked = trackedFiles(report);
  const fresh = outcome.unstaged.filter((f) => !tracked.includes(f));
  if (fresh.length > 0) lines.push(m.unstaged(fresh));
  if (tracked.length > 0) lines.push(m.untracked(tracked));
  if (outcome.stillNotIgnored.length > 0) lines.push(m.stillNotIgnored(outcome.stillNotIgnored));
  if (tracked.length > 0) lines.push(m.rotate(tracked));
  return lines;
}

/**
 * Whether the commit may go on. Tested with real git (2.39): after a pre-commit hook, `git commit` re-reads the
 * index it named in GIT_INDEX_FILE, so files unstaged there are left out of the commit, for a plain commit, `-a` and
 * `git commit PATHS` alike. Stopping instead would lose the fix under `-a` and PATHS (git rolls those indexes back).
 * But git does not check again whether anything is left: an index equal to HEAD would become an empty commit, so
 * then the commit stops.
 */
function exitAfterFix(scan: StagedScan, rest: Report, outcome: FixOutcome, io: IO): { exit: number; message: string } {
  if (blocks(rest)) return { exit: EXIT.FINDINGS, message: m.stillBlocked };
  if (exitCode(rest) !== EXIT.CLEAN) return { exit: exitCode(rest), message: messages.skipped.blockedStaged };
  if (io.env.GIT_INDEX_FILE === undefined) return { exit: EXIT.CLEAN, message: m.done };
  if (!hasStagedChanges(scan.root)) return { exit: EXIT.FINDINGS, message: m.nothingLeft };
  return { exit: EXIT.CLEAN, message: outcome.added.length > 0 ? m.continues : m.continuesNoGitignore };
}
