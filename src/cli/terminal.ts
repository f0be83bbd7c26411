import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import type { Format } from '../report/types.js';
import type { IO } from '../io.js';

/**
 * Ask one question on the controlling terminal and return the first line typed, or null when there is no terminal
 * (CI, GUI clients, Windows) or it closed without an answer. Git runs hooks with standard input from /dev/null, so
 * the answer is read from the terminal device itself, not stdin.
 */
export function askTerminal(question: string, device = '/dev/tty'): string | null {
  let fd: number;
  try {
    fd = openSync(device, 'r+');
  } catch {
    return null;
  }
  try {
    writeSync(fd, question);
    const buffer = Buffer.alloc(256);
    let answer = '';
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, buffer, 0, buffer.length, null);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EAGAIN') continue;
        return null;
      }
      if (n === 0) return null;
      answer += buffer.toString('utf8', 0, n);
      const end = answer.indexOf('\n');
      if (end !== -1) return answer.slice(0, end).trim();
    }
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/** Enter alone means yes, as the capital Y promises. */
export function isYes(answer: string | null): boolean {
  return answer !== null && /^(?:y|yes)?$/i.test(answer);
}

/**
 * The offer is made only when a person is watching this very run: stdout is a terminal (git sends a hook's stdout to
 * its own stderr, so under `git commit` in a shell it is; lint-staged and GUI clients pipe it), the output is text,
 * CI is not set, and /dev/tty opens (checked when asking). Anyone else sees the --fix command in the report.
 */
export function mayAsk(io: IO, format: Format): boolean {
  const ci = io.env.CI;
  const inCi = ci !== undefined && ci !== '' && ci !== 'false';
  return io.stdoutIsTTY && format === 'text' && !inCi && io.env.KEYGUARD_NO_PROMPT === undefined;
}
