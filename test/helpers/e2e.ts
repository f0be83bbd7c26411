import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './cli.js';
import { fakeKeys } from './fake-keys.js';
import { git, tempDir } from './git-repo.js';
import { GIT_ENV } from './npm-project.js';

/** The environment of a user's shell: none of the npm_* variables of the `npm test` running this. */
export function userEnv(path?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...GIT_ENV,
    NO_COLOR: '1',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key) && key !== 'HUSKY' && key !== 'INIT_CWD' && key !== 'CI') env[key] = value;
  }
  if (path !== undefined) env.PATH = `${path}:${env.PATH ?? ''}`;
  return env;
}

export interface Ran {
  code: number | null;
  stdout: string;
  output: string;
}

export function sh(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = userEnv()): Ran {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env, timeout: 240_000 });
  return { code: r.status, stdout: r.stdout ?? '', output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ?? ''}` };
}

export function must(command: string, args: string[], cwd: string, env?: NodeJS.ProcessEnv): string {
  const r = sh(command, args, cwd, env);
  if (r.code !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.code}):\n${r.output}`);
  return r.stdout;
}

/** A line of shell, as a user types it. */
export const shell = (line: string, cwd: string, env?: NodeJS.ProcessEnv) => sh('sh', ['-c', line], cwd, env);

let tarball: string | undefined;

/**
 * keyguard packed as npm publishes it: the files of package.json "files" (dist already built by the test setup)
 * and package.json as `prepack` leaves it (scripts/pack-manifest.mjs strip), packed in a copy of the repository so
 * that nothing here changes while other tests run.
 */
export function packedKeyguard(): string {
  if (tarball !== undefined) return tarball;
  // not a tempDir(): that one goes after each test, and the tarball serves every test of the file
  const stage = mkdtempSync(join(tmpdir(), 'keyguard-stage-'));
  process.on('exit', () => rmSync(stage, { recursive: true, force: true }));
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { files: string[] };
  for (const entry of [...pkg.files.map((f) => f.replace(/\/?\*.*$/, '').replace(/\/$/, '')), 'package.json']) {
    cpSync(join(PROJECT_ROOT, entry), join(stage, entry), { recursive: true });
  }
  cpSync(join(PROJECT_ROOT, 'scripts/pack-manifest.mjs'), join(stage, 'scripts/pack-manifest.mjs'));
  must(process.execPath, ['scripts/pack-manifest.mjs', 'strip'], stage);
  const out = must('npm', ['pack', '--ignore-scripts', '--json'], stage);
  tarball = join(stage, (JSON.parse(out) as { filename: string }[])[0]!.filename);
  return tarball;
}

/**
 * A tool installed from the npm registry once per machine (a folder under the temp dir, shared by test files and
 * runs): the folder whose .bin holds its commands.
 */
export function registryTool(spec: string): string {
  const dir = join(tmpdir(), 'keyguard-e2e-tools', spec.replace(/[^\w.@-]+/g, '_'));
  const bin = join(dir, 'node_modules', '.bin');
  if (existsSync(join(dir, 'installed'))) return bin;
  const temp = `${dir}.${process.pid}`;
  mkdirSync(temp, { recursive: true });
  writeFileSync(join(temp, 'package.json'), '{ "private": true }\n');
  must('npm', ['install', '--no-save', '--no-package-lock', spec], temp);
  writeFileSync(join(temp, 'installed'), spec);
  try {
    renameSync(temp, dir);
  } catch {
    rmSync(temp, { recursive: true, force: true }); // another test file installed it first
  }
  return bin;
}

/** A new project as a user starts one: git, a package.json, .gitignore, one source file. */
export function newProject(pkg: Record<string, unknown> = {}, files: Record<string, string> = {}): string {
  const dir = tempDir('keyguard-user-');
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'commit.gpgsign', 'false');
  const manifest = { name: 'user-app', version: '1.0.0', private: true, ...pkg };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
  writeFileSync(join(dir, 'index.js'), 'console.log("hello");\n');
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

/** Stage a file with a key and commit: the result of the real `git commit` (hooks run). */
export function commitKey(dir: string, env?: NodeJS.ProcessEnv, seed = 'e2e'): Ran {
  writeFileSync(join(dir, 'index.js'), `const client = new OpenAI({ apiKey: "${fakeKeys.openaiProject(seed)}" });\n`);
  must('git', ['add', 'index.js'], dir, env);
  return sh('git', ['commit', '-m', 'add key'], dir, env);
}

export function commitClean(dir: string, message: string, env?: NodeJS.ProcessEnv): Ran {
  writeFileSync(join(dir, 'index.js'), `console.log(${JSON.stringify(message)});\n`);
  must('git', ['add', '-A'], dir, env);
  return sh('git', ['commit', '-m', message], dir, env);
}

/** A fresh clone of `dir` (its committed files only), as a teammate gets it. */
export function cloneOf(dir: string): string {
  const clone = join(tempDir('keyguard-clone-'), 'app');
  must('git', ['clone', '-q', dir, clone], tmpdir());
  git(clone, 'config', 'commit.gpgsign', 'false');
  return clone;
}

export const lastCommit = (dir: string) => git(dir, 'log', '-1', '--format=%s').trim();

/** The command a message printed, as the user would copy it. */
export function printed(output: string, pattern: RegExp): string {
  const command = pattern.exec(output)?.[1];
  if (command === undefined) throw new Error(`no command matching ${pattern} in:\n${output}`);
  return command;
}
