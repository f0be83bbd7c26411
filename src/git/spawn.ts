export interface SpawnResult {
  status: number | null;
  stdout: Buffer;
  stderr: Buffer;
  /** errno name when git could not be started (ENOENT…). */
  error?: string;
}

export interface SpawnOptions {
  cwd: string;
  env: Record<string, string | undefined>;
  input?: Buffer;
  maxBuffer: number;
}

/** Node's own synchronous spawn primitive, as node:child_process uses it internally. */
interface SpawnSyncBinding {
  spawn(options: Record<string, unknown>): {
    status: number | null;
    signal: string | null;
    output: (Buffer | null)[] | null;
    error?: number;
  };
}

let binding: SpawnSyncBinding | null | undefined;

function nativeSpawn(): SpawnSyncBinding | null {
  if (binding === undefined) {
    try {
      const candidate = (process as unknown as { binding(name: string): unknown }).binding('spawn_sync');
      binding = typeof (candidate as SpawnSyncBinding | null)?.spawn === 'function' ? (candidate as SpawnSyncBinding) : null;
    } catch {
      binding = null;
    }
  }
  return binding;
}

/**
 * Run a program synchronously. On every commit keyguard starts one git process; loading node:child_process
 * (which pulls in streams and sockets) costs more than the scan itself, so the primitive it wraps is used when
 * this Node exposes it, with exactly the options child_process passes. Anything unexpected falls back to
 * child_process.spawnSync.
 */
export function spawnProgram(file: string, args: readonly string[], options: SpawnOptions): SpawnResult {
  const native = process.env.KEYGUARD_PORTABLE_SPAWN === '1' ? null : nativeSpawn();
  if (native !== null) {
    try {
      const result = native.spawn({
        file,
        args: [file, ...args],
        cwd: options.cwd,
        envPairs: envPairs(options.env),
        stdio: [
          { type: 'pipe', readable: true, writable: false, ...(options.input ? { input: options.input } : {}) },
          { type: 'pipe', readable: false, writable: true },
          { type: 'pipe', readable: false, writable: true },
        ],
        detached: false,
        windowsHide: true,
        windowsVerbatimArguments: false,
        maxBuffer: options.maxBuffer,
        killSignal: undefined,
      });
      if (typeof result?.error === 'number' && result.error !== 0) {
        return { status: null, stdout: Buffer.alloc(0), stderr: Buffer.alloc(0), error: errnoName(result.error) };
      }
      const [, stdout, stderr] = result.output ?? [];
      if (Buffer.isBuffer(stdout) && Buffer.isBuffer(stderr)) return { status: result.status, stdout, stderr };
    } catch {
      // fall through to the portable path
    }
  }
  return portableSpawn(file, args, options);
}

/** child_process.spawnSync, loaded only when needed (process.getBuiltinModule loads a built-in synchronously). */
export function portableSpawn(file: string, args: readonly string[], options: SpawnOptions): SpawnResult {
  const { spawnSync } = process.getBuiltinModule('node:child_process');
  const r = spawnSync(file, args, {
    cwd: options.cwd,
    env: options.env,
    input: options.input,
    maxBuffer: options.maxBuffer,
    windowsHide: true,
  });
  if (r.error) {
    return { status: null, stdout: Buffer.alloc(0), stderr: Buffer.alloc(0), error: (r.error as NodeJS.ErrnoException).code ?? r.error.message };
  }
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** An environment as Node's process primitives take it: `NAME=value` strings. */
export function envPairs(env: Record<string, string | undefined>): string[] {
  return Object.entries(env)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => `${k}=${v}`);
}

function errnoName(code: number): string {
  // -2 is ENOENT on every platform Node supports; other codes are reported by number.
  return code === -2 ? 'ENOENT' : `errno ${code}`;
}
