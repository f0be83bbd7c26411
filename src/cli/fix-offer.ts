import { basename } from 'node:path';
import { EXIT } from '../errors.js';
import type { Format } from './args.js';
import type { IO } from '../io.js';
import { amendInProgress, hasStagedChanges } from '../git/commit-state.js';
import { messages } from '../messages.js';
import { blocks, exitCode, isBlocking, type FileFinding, type Report } from '../report/types.js';
import type { StagedScan } from '../commands/scan-staged.js';
import { applyFix, planFix, type FixOutcome, type FixPlan } from '../fix/apply.js';
import { planKeyMoves, type FoundKey } from '../fix/move-keys.js';
import { keyguardCommand } from './invocation.js';
import { askTerminal, isYes, mayAsk } from './terminal.js';
import { FILE_RULES } from '../detect/secret-files.js';
import { summary, toCommitNext, trackedFiles } from './fix-summary.js';

export interface FixFlowOptions {
  fix: boolean;
  format: Format;
  render: (report: Report) => Promise<string>;
}

const m = messages.secretFiles;

/** The commit is blocked: print, then fix (--fix or a yes at the offer), and decide the exit code. */
export async function handleBlocked(scan: StagedScan, options: FixFlowOptions, io: IO): Promise<number> {
  if (!options.fix) {
    io.stdout(await options.render(scan.report));
    if (!mayAsk(io, options.format)) return EXIT.FINDINGS;
  }
  const plan = makePlan(scan);
  const something = plan.toUnstage.length > 0 || (plan.moves?.moved.length ?? 0) > 0;
  if (!options.fix && (!something || !agreed(plan, scan.report, io))) return EXIT.FINDINGS;
  return fixAndReport(scan, plan, options, io);
}

/** Staged secret files leave the index; blocking keys in the files that stay move into .env. */
function makePlan(scan: StagedScan): FixPlan {
  // A file meant to be committed (.env.test with a real value) is not unstaged: its value is what must change.
  const files = scan.report.findings
    .filter((f): f is FileFinding => f.kind === 'file' && f.rule !== FILE_RULES.values)
    .map((f) => f.file);
  const blocking = isBlocking(scan.report);
  const keys: FoundKey[] = scan.raw
    .filter((f) => blocking({ ...f, fingerprint: '' })) // fingerprints play no part in blocking
    .map(({ rule, provider, description, remediation, file, line, raw }) => {
      return { rule, provider, description, remediation, file, line, secret: raw };
    });
  const moves = keys.length > 0 ? planKeyMoves(scan.root, keys, scan.changes, new Set(files)) : null;
  return planFix(scan.root, files, moves);
}

/** The one question of the run; no terminal or no answer counts as "no" without a word, a typed "no" is confirmed. */
function agreed(plan: FixPlan, report: Report, io: IO): boolean {
  const answer = askTerminal(question(plan, report));
  if (answer !== null && !isYes(answer)) io.stderr(`${m.declined(keyguardCommand(io.invokedAs, io.cwd, io.env))}\n`);
  return isYes(answer);
}

function question(plan: FixPlan, report: Report): string {
  const parts: string[] = [];
  if (plan.toUnstage.length > 0) parts.push(m.question(plan.toIgnore, plan.toUnstage, trackedFiles(report)));
  const moved = plan.moves?.moved ?? [];
  if (moved.length > 0) {
    const files = [...new Set(moved.map((o) => o.key.file))];
    const envs = [...new Set(moved.map((o) => o.env))];
    const names = [...new Set(moved.map((o) => o.name!))];
    const text = messages.moveKeys.question(moved.length, files, envs, names);
    parts.push(parts.length === 0 ? text.charAt(0).toUpperCase() + text.slice(1) : text);
  }
  return `${parts.join(', and ')}? [Y/n] `;
}

const spot = (f: { file: string; line: number }) => `${f.file}\0${f.line}`;

async function fixAndReport(scan: StagedScan, plan: FixPlan, options: FixFlowOptions, io: IO): Promise<number> {
  const outcome = applyFix(scan.root, plan);
  // What still goes into the commit: keys in the unstaged files leave with them, moved keys are gone.
  const gone = new Set(outcome.unstaged);
  const moved = new Set(plan.moves?.moved.map((o) => spot(o.key)) ?? []);
  const rest: Report = {
    ...scan.report,
    findings: scan.report.findings.filter((f) => !gone.has(f.file) && (f.kind === 'file' || !moved.has(spot(f)))),
  };
  const say = options.format === 'text' ? io.stdout : io.stderr;
  say(summary(scan.report, plan, outcome).join('\n') + '\n');
  if (options.fix && options.format !== 'text') io.stdout(await options.render(rest));
  else if (options.fix && rest.findings.length > 0) io.stdout(`\n${await options.render(rest)}`);
  const code = exitAfterFix(scan, rest, plan, outcome, io);
  say(`${code.message}\n`);
  if (code.exit !== EXIT.CLEAN && discardedOnFailure(io)) say(`${m.redoUnstage(outcome.unstaged)}\n`);
  if (code.exit === EXIT.CLEAN && partialCommit(io)) {
    if (outcome.unstaged.length > 0) say(`${m.stillInIndex(outcome.unstaged)}\n`);
    const rewritten = [...new Set(plan.moves?.moved.map((o) => o.key.file) ?? [])];
    if (rewritten.length > 0) say(`${messages.moveKeys.restage(rewritten)}\n`);
  }
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

/**
 * Whether the commit may go on. Tested with real git (2.39): after a pre-commit hook, `git commit` re-reads the
 * index it named in GIT_INDEX_FILE, so files unstaged there are left out of the commit, for a plain commit, `-a` and
 * `git commit PATHS` alike. Stopping instead would lose the fix under `-a` and PATHS (git rolls those indexes back).
 * But git does not check again whether anything is left: an index equal to HEAD would become an empty commit, so
 * then the commit stops; unless it is `--amend`, which then rewrites HEAD's message (or drops the file from it).
 */
function exitAfterFix(scan: StagedScan, rest: Report, plan: FixPlan, outcome: FixOutcome, io: IO) {
  const next = toCommitNext(plan, outcome);
  const then = next.length > 0 ? ` ${messages.moveKeys.commitNext(next)}` : '';
  if (blocks(rest)) {
    const keysLeft = rest.findings.some((f) => f.kind === 'secret' && isBlocking(rest)(f));
    return { exit: EXIT.FINDINGS, message: keysLeft ? m.stillBlocked : messages.logLeaks.stillBlocked };
  }
  if (exitCode(rest) !== EXIT.CLEAN) return { exit: exitCode(rest), message: messages.skipped.blockedStaged };
  if (io.env.GIT_INDEX_FILE === undefined) return { exit: EXIT.CLEAN, message: `${m.done(plan)}${then}` };
  if (!hasStagedChanges(scan.root)) {
    if (amendInProgress(scan.root, io.env)) return { exit: EXIT.CLEAN, message: `${m.amendGoesOn}${then}` };
    return { exit: EXIT.FINDINGS, message: m.nothingLeft };
  }
  const filesOnly = plan.moves === null || plan.moves.moved.length === 0;
  if (filesOnly) return { exit: EXIT.CLEAN, message: outcome.added.length > 0 ? m.continues : m.continuesNoGitignore };
  return { exit: EXIT.CLEAN, message: `${m.continuesMoved}${then}` };
}
