import { spawnSync } from 'node:child_process';

/**
 * Runs a command on a fresh pseudo-terminal (python3's pty module): the command gets a controlling terminal, so
 * /dev/tty opens, and its stdio are that terminal. When `waitFor` shows up in the output, `answer` is typed.
 */
const DRIVER = String.raw`
import os, pty, select, sys, time
wait_for = os.environ.pop('PTY_WAIT_FOR', '').encode()
answer = os.environ.pop('PTY_ANSWER', '').encode()
pid, fd = pty.fork()
if pid == 0:
    os.execvp(sys.argv[1], sys.argv[1:])
out, sent, deadline = b'', False, time.time() + 40
while time.time() < deadline:
    ready, _, _ = select.select([fd], [], [], 0.1)
    if ready:
        try:
            data = os.read(fd, 4096)
        except OSError:
            break
        if not data:
            break
        out += data
    if wait_for and not sent and wait_for in out:
        os.write(fd, answer)
        sent = True
else:
    os.kill(pid, 9)
_, status = os.waitpid(pid, 0)
sys.stdout.buffer.write(out)
sys.exit(os.waitstatus_to_exitcode(status))
`;

export interface PtyResult {
  code: number | null;
  /** Everything the terminal showed, with CRLF turned back into LF. */
  output: string;
}

export function runInPty(
  command: string[],
  options: { cwd: string; env: Record<string, string | undefined>; waitFor?: string; answer?: string },
): PtyResult {
  const result = spawnSync('python3', ['-c', DRIVER, ...command], {
    cwd: options.cwd,
    encoding: 'utf8',
    env: { ...options.env, PTY_WAIT_FOR: options.waitFor ?? '', PTY_ANSWER: options.answer ?? '' },
  });
  return { code: result.status, output: result.stdout.replace(/\r\n/g, '\n') };
}
