import { EXIT } from '../errors.js';
import type { IO } from '../io.js';
import { historyMessages } from '../messages.js';
import type { Report } from '../report/types.js';
import type { Command } from './args.js';

type HistoryCommand = Extract<Command, { name: 'history' }>;

/** Progress on stderr, at most a few times a second and only on a terminal; the line is cleared at the end. */
function progressLine(io: IO): ((done: number, total: number | null) => void) | undefined {
  if (io.stderrIsTTY !== true) return undefined;
  const start = Date.now();
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    const end = total !== null && done >= total;
    if (!end && now - last < 250) return;
    last = now;
    const rate = done / Math.max(0.001, (now - start) / 1000);
    io.stderr(`\r${historyMessages.progress(done, total, rate)}\u001b[K${end ? '\r\u001b[K' : ''}`);
  };
}

/** `scan --history` and `scan --pre-push`: the report on stdout, exit 1 when a key blocks. */
export async function historyScan(command: HistoryCommand, io: IO, color: boolean): Promise<number> {
  const { scanHistory } = await import('../commands/scan-history.js');
  const { exitCode } = await import('../report/types.js');
  let revs = command.revs;
  if (command.prePush) {
    const { prePushRevs } = await import('../commands/pre-push.js');
    const pushed = prePushRevs(io.readStdin?.() ?? '');
    if (pushed === null) return EXIT.CLEAN;
    revs = pushed;
  }
  const mode = command.prePush ? 'pre-push' : 'history';
  const progress = command.prePush ? undefined : progressLine(io);
  const report = await scanHistory({ cwd: io.cwd, revs, since: command.since, mode, progress });
  const code = exitCode(report);
  if (command.prePush && code === EXIT.CLEAN && report.skipped.length === 0) return code;
  io.stdout(await render(report, command.format, color));
  if (command.format !== 'text') for (const notice of report.notices) io.stderr(`${notice}\n`);
  return code;
}

async function render(report: Report, format: HistoryCommand['format'], color: boolean): Promise<string> {
  if (format === 'json') return (await import('../report/json.js')).formatJson(report);
  if (format === 'sarif') return (await import('../report/sarif.js')).formatSarif(report);
  return (await import('../report/history-text.js')).formatHistoryText(report, { color });
}
