import { EXIT } from '../errors.js';
import type { IO } from '../io.js';
import { doctorMessages as say } from '../messages.js';

/** `keyguard doctor`: each step on its own line, then "hook fires" (exit 0) or the failing step and its fix (exit 1). */
export async function doctorCommand(io: IO, kg: string): Promise<number> {
  const { doctor } = await import('../commands/doctor.js');
  const result = doctor(io.cwd, kg);
  for (const s of result.steps) io.stdout(`  ${s.ok ? 'ok  ' : 'FAIL'}  ${s.step}: ${s.detail}\n`);
  const failed = result.steps.find((s) => !s.ok);
  if (result.fires && failed === undefined) {
    io.stdout(`${say.fires}\n`);
    return EXIT.CLEAN;
  }
  const step = failed ?? { step: 'canary commit', detail: say.notBlocked(null, ''), fix: `${kg} init` };
  io.stdout(`${say.failed(step.step, step.detail, step.fix)}\n`);
  return EXIT.FINDINGS;
}
