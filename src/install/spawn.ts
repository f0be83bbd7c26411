import { spawnSync } from 'node:child_process';

export interface Spawned {
  ok: boolean;
  stdout: string;
  /** The last non-empty line of stderr (or the spawn error), for a one-line message. */
  reason: string;
}

/**
 * Run a program to completion, output captured. Package managers on Windows are .cmd files that need a shell;
 * pass `shell: false` for a program with arguments a shell would mangle (node -e).
 */
export function spawnCommand(
  command: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
  shell = process.platform === 'win32',
): Spawned {
  const [program, ...args] = command;
  const result = spawnSync(program!, args, {
    cwd,
    env,
    encoding: 'utf8',
    shell,
    windowsHide: true,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) return { ok: false, stdout: '', reason: result.error.message };
  const lines = (result.stderr ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return {
    ok: result.status === 0,
    stdout: result.stdout ?? '',
    reason: lines.pop() ?? `exit status ${result.status}`,
  };
}
