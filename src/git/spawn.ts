import { spawnSync } from 'node:child_process';

export interface SpawnResult {
  status: number | null;
  stdout: Buffer;
  stderr: Buffer;
  /** errno name when the program could not be started (ENOENT…). */
  error?: string;
}

export interface SpawnOptions {
  cwd: string;
  env: Record<string, string | undefined>;
  input?: Buffer;
  maxBuffer: number;
}

/** Run a program synchronously with node:child_process, its output captured as bytes. */
export function spawnProgram(file: string, args: readonly string[], options: SpawnOptions): SpawnResult {
  const r = spawnSync(file, args, {
    cwd: options.cwd,
    env: options.env,
    input: options.input,
    maxBuffer: options.maxBuffer,
    windowsHide: true,
  });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code ?? r.error.message;
    return { status: null, stdout: Buffer.alloc(0), stderr: Buffer.alloc(0), error: code };
  }
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
