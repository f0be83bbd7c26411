import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './cli.js';
import { tempDir } from './git-repo.js';

interface Checked {
  ok: boolean;
  output: string;
}

const result = (r: ReturnType<typeof spawnSync>): Checked => ({
  ok: r.status === 0,
  output: `${r.stdout?.toString() ?? ''}${r.stderr?.toString() ?? ''}`,
});

/** `node --check` on the code saved with this extension (.js, .mjs, .cjs). */
export function nodeCheck(code: string, ext = 'js'): Checked {
  const file = join(tempDir('keyguard-parse-'), `code.${ext}`);
  writeFileSync(file, code);
  return result(spawnSync(process.execPath, ['--check', file]));
}

/** Python's own parser (ast.parse) on the code. */
export function pythonParse(code: string): Checked {
  const script = 'import ast,sys; ast.parse(sys.stdin.read())';
  return result(spawnSync('python3', ['-c', script], { input: code }));
}

/** Run the code with this environment; its standard output. */
export function runWithEnv(code: string, language: 'js' | 'python', env: Record<string, string>): Checked {
  const dir = tempDir('keyguard-run-');
  const file = join(dir, language === 'js' ? 'main.cjs' : 'main.py');
  writeFileSync(file, code);
  const program = language === 'js' ? process.execPath : 'python3';
  return result(spawnSync(program, [file], { env: { PATH: process.env.PATH, ...env } }));
}

/** `tsc --noEmit` over files (name → code), strict, with Node's types, JSX preserved. */
export function tscNoEmit(files: Record<string, string>): Checked {
  const dir = tempDir('keyguard-tsc-');
  for (const [name, code] of Object.entries(files)) writeFileSync(join(dir, name), code);
  const tsc = join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const args = ['--noEmit', '--strict', '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler'];
  args.push('--jsx', 'preserve', '--skipLibCheck', '--typeRoots', join(PROJECT_ROOT, 'node_modules', '@types'));
  args.push('--types', 'node', ...Object.keys(files).map((n) => join(dir, n)));
  return result(spawnSync(process.execPath, [tsc, ...args], { cwd: dir }));
}
