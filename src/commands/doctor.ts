import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { KeyguardError } from '../errors.js';
import { runHookWithCanary, shellWhich } from '../git/canary.js';
import { hooksDir, hooksPathSetting } from '../git/hooks.js';
import { findRepoRoot } from '../git/repo.js';
import { doctorMessages as say } from '../messages.js';
import { B64URL, fake, join as joinParts } from '../rules/fake.js';

/** One check: passed, or failed with the step named and the fix as a command. */
interface DoctorStep {
  step: string;
  ok: boolean;
  detail: string;
  fix?: string;
}

export interface DoctorResult {
  steps: DoctorStep[];
  /** The hook ran and blocked the canary key. */
  fires: boolean;
}

const CANARY_PATH = 'keyguard-doctor-canary.txt';

/** A key in a provider's format, made here from parts: never a real one, never whole in the repository. */
function canary(): string {
  return `ANTHROPIC_API_KEY=${joinParts('sk-ant-', 'api03-', fake(B64URL, 93, 'doctor-canary'), 'AA')}\n`;
}

const shown = (root: string, path: string) => relative(root, path).split('\\').join('/') || '.';

/** The script that holds the hook's commands: husky 9's generated hook calls the one in the folder above. */
function scriptOf(hook: string): string {
  // husky's wrapper .husky/_/NAME runs the user's .husky/NAME
  const parent = join(dirname(dirname(hook)), basename(hook));
  return dirname(hook).endsWith('_') && existsSync(parent) ? parent : hook;
}

/** The hook file is there, executable, with LF line ends, and runs keyguard (itself or through lint-staged). */
function hookFileSteps(root: string, hook: string, kg: string): DoctorStep[] {
  const file = shown(root, hook);
  const setting = hooksPathSetting(root);
  if (!existsSync(hook)) {
    const where = setting === null ? say.noHookDefault(file) : say.noHookInFolder(setting, file);
    return [{ step: 'hook file', ok: false, detail: where, fix: `${kg} init` }];
  }
  const steps: DoctorStep[] = [{ step: 'hook file', ok: true, detail: file }];
  try {
    accessSync(hook, constants.X_OK);
    steps.push({ step: 'exec bit', ok: true, detail: file });
  } catch {
    steps.push({ step: 'exec bit', ok: false, detail: say.notExecutable(file), fix: `chmod +x ${file}` });
  }
  const script = scriptOf(hook);
  const text = readFileSync(script, 'utf8');
  if (text.includes('\r\n')) {
    const fix = `sed -i 's/\\r$//' ${shown(root, script)}`;
    steps.push({ step: 'line endings', ok: false, detail: say.crlf(shown(root, script)), fix });
  } else steps.push({ step: 'line endings', ok: true, detail: 'LF' });
  const runs = text.includes('keyguard') || text.includes('lint-staged') || text.includes('lefthook');
  if (runs) steps.push({ step: 'hook content', ok: true, detail: say.runsKeyguard(shown(root, script)) });
  else steps.push({ step: 'hook content', ok: false, detail: say.noKeyguard(shown(root, script)), fix: `${kg} init` });
  return steps;
}

/** husky's generated folder and package, keyguard and node as the hook's shell finds them. */
function environmentSteps(root: string, hook: string): DoctorStep[] {
  const steps: DoctorStep[] = [];
  const husky = dirname(hook).endsWith('_') && existsSync(join(dirname(hook), 'h'));
  if (husky) {
    const found = existsSync(join(root, 'node_modules', 'husky'));
    steps.push(
      found
        ? { step: 'husky', ok: true, detail: 'node_modules/husky' }
        : { step: 'husky', ok: false, detail: say.noHusky, fix: 'npm install' },
    );
  }
  // husky 9 puts node_modules/.bin first on PATH; the other runners call it by path or find keyguard on PATH
  const bin = join(root, 'node_modules', '.bin');
  const path = existsSync(bin) ? `${bin}:${process.env.PATH ?? ''}` : process.env.PATH;
  const keyguard = shellWhich(root, 'keyguard', path);
  steps.push(
    keyguard === null
      ? { step: 'keyguard', ok: false, detail: say.noKeyguardBin, fix: 'npm install --save-dev keyguard' }
      : { step: 'keyguard', ok: true, detail: shown(root, keyguard) },
  );
  const node = shellWhich(root, 'node', path);
  if (node === null) steps.push({ step: 'node', ok: false, detail: say.noNode, fix: say.nodeFix });
  else steps.push({ step: 'node', ok: true, detail: say.node(node, process.version) });
  return steps;
}

/**
 * `keyguard doctor`: proves that the pre-commit hook of this clone fires. Checks where git looks for hooks, the hook
 * file (there, executable, LF, running keyguard), husky, keyguard and node as the hook finds them, then runs the real
 * hook against a canary key in a temporary index: it must block the commit.
 */
export function doctor(cwd: string, kg: string): DoctorResult {
  const root = findRepoRoot(cwd);
  if (root === null) throw new KeyguardError(say.notARepository);
  const dir = hooksDir(root);
  const setting = hooksPathSetting(root);
  const steps: DoctorStep[] = [
    { step: 'hooks folder', ok: true, detail: setting === null ? shown(root, dir) : `core.hooksPath=${setting}` },
  ];
  if (setting !== null && !existsSync(dir)) {
    steps[0] = { step: 'hooks folder', ok: false, detail: say.missingFolder(setting), fix: `${kg} init` };
    return { steps, fires: false };
  }
  const hook = join(dir, 'pre-commit');
  steps.push(...hookFileSteps(root, hook, kg));
  if (steps.some((s) => !s.ok)) return { steps, fires: false };
  steps.push(...environmentSteps(root, hook));
  if (steps.some((s) => !s.ok)) return { steps, fires: false };
  const run = runHookWithCanary(root, hook, canary(), CANARY_PATH);
  const blocked = run.status !== null && run.status !== 0 && run.output.includes(CANARY_PATH);
  if (blocked) steps.push({ step: 'canary commit', ok: true, detail: say.blocked });
  else {
    const detail = run.status === null ? say.notStarted(run.error ?? '') : say.notBlocked(run.status, firstLine(run));
    steps.push({ step: 'canary commit', ok: false, detail, fix: `${kg} init` });
  }
  const pushHook = join(dir, 'pre-push');
  const pushScript = existsSync(pushHook) ? readFileSync(scriptOf(pushHook), 'utf8') : '';
  steps.push({
    step: 'pre-push',
    ok: true,
    detail: pushScript.includes('--pre-push')
      ? say.prePush(shown(root, scriptOf(pushHook)))
      : say.noPrePush(`${kg} init`),
  });
  return { steps, fires: blocked && statSync(hook).isFile() };
}

function firstLine(run: { output: string }): string {
  return run.output.split('\n').find((l) => l.trim() !== '') ?? '';
}
