import { fstatSync, writeSync } from 'node:fs';
import { run } from './run.js';

/** Write straight to the file descriptor: creating process.stdout costs milliseconds the hook does not have. */
function writer(fd: number): (text: string) => void {
  return (text) => {
    const data = Buffer.from(text);
    let offset = 0;
    while (offset < data.length) {
      try {
        offset += writeSync(fd, data, offset);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
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
  });
}
