import { fstatSync, readFileSync, writeSync } from 'node:fs';
import { pathBytes } from '../fs/path-bytes.js';
import { run } from './run.js';

/**
 * Write straight to the file descriptor: creating process.stdout costs milliseconds the hook does not have. A reader
 * that went away (`keyguard rules | head`) ends the output quietly. A file name that is not UTF-8 is written as its
 * own bytes (fs/path-bytes.ts), as `ls` would show it.
 */
function writer(fd: number): (text: string) => void {
  let closed = false;
  return (text) => {
    const data = pathBytes(text);
    let offset = 0;
    while (offset < data.length && !closed) {
      try {
        offset += writeSync(fd, data, offset);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') closed = true;
        else if (code !== 'EAGAIN') throw error;
      }
    }
  };
}

/** A character device on stdout: a terminal (node:tty would cost more to load than this check). */
function isTerminal(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice();
  } catch {
    return false;
  }
}

/** The process boundary: the only place that reads process.argv and sets the exit code. */
export async function main(): Promise<void> {
  process.exitCode = await run(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: writer(1),
    stderr: writer(2),
    stdoutIsTTY: isTerminal(1),
    stderrIsTTY: isTerminal(2),
    readStdin: () => readFileSync(0, 'utf8'),
    invokedAs: process.argv[1],
  });
}
