import { closeSync, fstatSync, openSync, readSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { STAGED_DIFF_ARGS, gitEnv } from './invocation.js';
import { envPairs } from './spawn.js';

/** Node's asynchronous process primitive, as node:child_process uses it internally. */
interface ProcessHandle {
  spawn(options: Record<string, unknown>): number;
  onexit: (status: number, signal: string) => void;
  close(): void;
}

/**
 * Starts the hook's `git diff --cached` before the CLI itself is loaded, so that git works on the other core while
 * Node compiles keyguard (a synchronous spawn would wait for git after loading). Its output goes to an unlinked
 * temporary file (an async pipe needs node:child_process, which costs more to load than this saves). Resolves to
 * the output when git succeeded, else to null: the scan then runs git the ordinary way, which reports any error.
 * Returns undefined when it cannot start at all.
 */
export function startStagedDiff(cwd: string): Promise<Buffer | null> | undefined {
  let fd: number | undefined;
  let path: string | undefined;
  try {
    const { Process } = (process as unknown as { binding(name: string): { Process: new () => ProcessHandle } }).binding('process_wrap');
    path = join(tempDir(), `keyguard-${process.pid}-${Date.now()}.diff`);
    fd = openSync(path, 'wx+', 0o600);
    const file = path;
    const out = fd;
    const child = new Process();
    const result = new Promise<Buffer | null>((resolve) => {
      child.onexit = (status, signal) => {
        child.close();
        try {
          if (status !== 0 || signal) return resolve(null);
          const size = fstatSync(out).size;
          const bytes = Buffer.allocUnsafe(size);
          let read = 0;
          while (read < size) {
            const n = readSync(out, bytes, read, size - read, read);
            if (n === 0) break;
            read += n;
          }
          resolve(read === size ? bytes : null);
        } catch {
          resolve(null);
        } finally {
          closeSync(out);
          unlinkQuietly(file);
        }
      };
    });
    const error = child.spawn({
      file: 'git',
      args: ['git', ...STAGED_DIFF_ARGS],
      cwd,
      envPairs: envPairs(gitEnv()),
      stdio: [{ type: 'ignore' }, { type: 'fd', fd }, { type: 'ignore' }],
      detached: false,
      windowsHide: true,
      windowsVerbatimArguments: false,
    });
    if (error !== 0) {
      child.close();
      closeSync(fd);
      unlinkQuietly(path);
      return undefined;
    }
    // The open descriptor keeps the file readable; unlinked now, it leaves nothing behind if the process dies.
    unlinkQuietly(path);
    return result;
  } catch {
    if (fd !== undefined) closeSync(fd);
    if (fd !== undefined && path !== undefined) unlinkQuietly(path);
    return undefined;
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // gone already, or (Windows) still open: removed after reading
  }
}

/** os.tmpdir(), without loading node:os on the hook's path (POSIX: TMPDIR, TMP, TEMP, else /tmp). */
function tempDir(): string {
  if (process.platform === 'win32') return process.getBuiltinModule('node:os').tmpdir();
  const dir = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  return dir.length > 1 && dir.endsWith('/') ? dir.slice(0, -1) : dir;
}
