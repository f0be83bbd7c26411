// End-to-end smoke test as a user meets keyguard, on the Node that runs this script (put another one first on
// PATH to try it: `PATH=$(node scripts/fetch-runtime.mjs node 24):$PATH node scripts/smoke.mjs`).
// npm pack → install the tarball into a fresh project → `npx keyguard init` → a clean commit passes → a commit
// with a key is blocked with the report → a staged .env is blocked, and `npx keyguard scan --staged --fix` ignores
// and unstages it. Needs the npm registry (init installs husky). Exit 0 when every step passed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const work = realpathSync(mkdtempSync(join(tmpdir(), 'keyguard-smoke-')));

/** A user's shell: this Node first on PATH, none of the npm_* variables of an `npm run`, no global git config. */
const env = { NO_COLOR: '1', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
for (const [key, value] of Object.entries(process.env)) {
  if (!/^(npm_|HUSKY$|INIT_CWD$|GIT_)/i.test(key)) env[key] = value;
}
Object.assign(env, {
  PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH}`,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Smoke',
  GIT_AUTHOR_EMAIL: 'smoke@example.invalid',
  GIT_COMMITTER_NAME: 'Smoke',
  GIT_COMMITTER_EMAIL: 'smoke@example.invalid',
});

function sh(command, args, cwd, extra = {}) {
  const r = spawnSync(command, args, { cwd, env: { ...env, ...extra }, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout ?? '', output: `${r.stdout ?? ''}${r.stderr ?? r.error?.message ?? ''}` };
}

class StepError extends Error {}
function check(condition, what, r) {
  if (!condition) throw new StepError(`${what}${r ? `\n--- output (exit ${r.code}) ---\n${r.output.trimEnd()}` : ''}`);
}
function must(command, args, cwd) {
  const r = sh(command, args, cwd);
  check(r.code === 0, `\`${command} ${args.join(' ')}\` failed`, r);
  return r.stdout;
}

/** A fake OpenAI project key, assembled at run time from parts (never written whole in the repository). */
function fakeKey() {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
  let s = 'sk-' + 'proj-';
  let x = 4242;
  for (let i = 0; i < 156; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    s += chars[(x >> 8) % chars.length];
  }
  return s;
}

const steps = [];
const step = (name, run) => steps.push({ name, run });
const state = {};

step('npm pack', () => {
  const node = sh('node', ['-p', 'process.version'], work).stdout.trim();
  check(node === process.version, `the hook would run another node (${node}) than this one (${process.version})`);
  if (!existsSync(join(ROOT, 'dist', 'cli.cjs'))) must(process.execPath, ['scripts/build.mjs'], ROOT);
  const out = must('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT);
  state.tarball = join(work, JSON.parse(out)[0].filename);
});

step('npm install --save-dev <tarball> into a fresh project', () => {
  state.project = join(work, 'project');
  must('mkdir', [state.project], work);
  must('git', ['init', '-q', '-b', 'main'], state.project);
  writeFileSync(
    join(state.project, 'package.json'),
    '{\n  "name": "smoke-app",\n  "version": "1.0.0",\n  "private": true\n}\n',
  );
  writeFileSync(join(state.project, '.gitignore'), 'node_modules/\n');
  writeFileSync(join(state.project, 'index.js'), 'console.log("hello");\n');
  must('npm', ['install', '--save-dev', state.tarball], state.project);
});

step('npx keyguard init', () => {
  const r = sh('npx', ['keyguard', 'init'], state.project);
  check(r.code === 0, 'init exits 0', r);
  check(r.stdout.includes('.husky/pre-commit  created, runs: keyguard scan --staged'), 'init creates the hook', r);
  const hook = readFileSync(join(state.project, '.husky', 'pre-commit'), 'utf8');
  check(hook.endsWith('\nkeyguard scan --staged\n'), 'the hook file runs keyguard scan --staged');
  check(hook.includes('run npm install'), 'the hook file says what to do when keyguard is not installed');
});

step('a clean commit passes', () => {
  must('git', ['add', '.'], state.project);
  // a passing hook is silent; KEYGUARD_VERBOSE=1 makes it say what it checked
  const r = sh('git', ['commit', '-m', 'set up'], state.project, { KEYGUARD_VERBOSE: '1' });
  check(r.code === 0, 'the commit succeeds', r);
  check(r.output.includes('keyguard: no secrets found'), 'the hook ran and said so', r);
  check(must('git', ['log', '--format=%s'], state.project) === 'set up\n', 'the commit is in the log');
});

step('a commit with a key is blocked with the report', () => {
  const key = fakeKey();
  writeFileSync(join(state.project, 'index.js'), `const client = new OpenAI({ apiKey: "${key}" });\n`);
  must('git', ['add', 'index.js'], state.project);
  const r = sh('git', ['commit', '-m', 'add key'], state.project);
  check(r.code === 1, 'git commit exits 1', r);
  check(r.output.includes('keyguard: 1 secret found in staged changes; the commit is blocked.'), 'the header', r);
  check(r.output.includes('index.js:1:'), 'file:line', r);
  check(r.output.includes('(openai-project-key)'), 'the rule', r);
  check(!r.output.includes(key), 'the key itself is never printed', r);
  check(must('git', ['log', '--format=%s'], state.project) === 'set up\n', 'no commit was made');
  writeFileSync(
    join(state.project, 'index.js'),
    'const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n',
  );
  must('git', ['add', 'index.js'], state.project);
});

step('a staged .env is blocked; --fix ignores and unstages it', () => {
  writeFileSync(join(state.project, '.env'), 'OPENAI_BASE_URL=http://localhost:8080\n');
  must('git', ['add', '.env'], state.project);
  const blocked = sh('git', ['commit', '-m', 'env'], state.project);
  check(blocked.code === 1, 'the commit with .env is blocked', blocked);
  check(blocked.output.includes('.env  secret-bearing file staged, not covered by .gitignore'), 'names .env', blocked);
  const fix = sh('npx', ['keyguard', 'scan', '--staged', '--fix'], state.project);
  check(fix.code === 0, '--fix exits 0 (nothing else blocks)', fix);
  check(
    readFileSync(join(state.project, '.gitignore'), 'utf8').split('\n').includes('.env'),
    '.gitignore has .env',
    fix,
  );
  const staged = must('git', ['diff', '--cached', '--name-only'], state.project).split('\n');
  check(!staged.includes('.env') && staged.includes('index.js'), '.env unstaged, index.js still staged', fix);
  check(readFileSync(join(state.project, '.env'), 'utf8').startsWith('OPENAI_BASE_URL='), '.env kept on disk');
  const again = sh('npx', ['keyguard', 'scan', '--staged', '--fix'], state.project);
  check(
    again.code === 0 && readFileSync(join(state.project, '.gitignore'), 'utf8').match(/^\.env$/gm).length === 1,
    'a second --fix changes nothing',
    again,
  );
  must('git', ['add', '.gitignore'], state.project);
  const r = sh('git', ['commit', '-m', 'read the key from the environment'], state.project);
  check(r.code === 0, 'the commit then passes', r);
});

const npmVersion = sh('npm', ['--version'], work).stdout.trim();
console.log(
  `smoke: keyguard on node ${process.version}, npm ${npmVersion}, ${sh('git', ['--version'], work).stdout.trim()}`,
);
let passed = 0;
let failed = 0;
try {
  for (const { name, run } of steps) {
    const started = performance.now();
    try {
      run();
      passed++;
      console.log(`  ok    ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failed++;
      console.log(`  FAIL  ${name}: ${error instanceof StepError ? error.message : error.stack}`);
      break; // every step builds on the one before
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
const skipped = steps.length - passed - failed;
console.log(`smoke: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed === 0 ? 0 : 1;
