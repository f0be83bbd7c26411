// Where the start-up of `keyguard scan --staged` spends its time on a typical commit, per Node major. Not a test.
//   node bench/startup-profile.mjs [MAJOR|current ...]      (default: 22 24; run `npm run build` first)
// 1. A ladder: commands that each add one piece, timed against `node -e 0` in alternating pairs; the figure is the
//    median of the per-pair differences, in ms.
// 2. CPU profiles (node --cpu-prof, a public flag) of the hook: self time by category, averaged over the runs. The
//    bundle's `// src/…` markers map its lines back to source folders. Everything runs with a clean environment.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { typicalCommit, workDir } from './fixtures.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'bin', 'keyguard.cjs');
const BUNDLE = join(ROOT, 'dist', 'cli.cjs');
const RUNS = Number(process.env.BENCH_RUNS ?? 31);
const PROFILES = Number(process.env.BENCH_PROFILES ?? 15);

const nodeBinary = (major) =>
  major === 'current'
    ? process.execPath
    : join(
        spawnSync(process.execPath, [join(ROOT, 'scripts', 'fetch-runtime.mjs'), 'node', major], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'inherit'],
        }).stdout.trim(),
        'node',
      );
const cleanEnv = (node) => ({ PATH: `${join(node, '..')}:/usr/local/bin:/usr/bin:/bin`, HOME: homedir() });

function time(node, args, cwd) {
  const start = process.hrtime.bigint();
  spawnSync(node, args, { cwd, env: cleanEnv(node), stdio: 'ignore' });
  return Number(process.hrtime.bigint() - start) / 1e6;
}
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

const BARE = ['-e', '0'];

/** `args` against `node -e 0`, one pair at a time, their order alternating: per-pair differences and the floor. */
function pairs(node, args, repo) {
  const deltas = [];
  const floor = [];
  for (let i = 0; i < RUNS; i++) {
    const first = i % 2 === 0;
    const a = first ? time(node, BARE, repo) : 0;
    const b = time(node, args, repo);
    const bare = first ? a : time(node, BARE, repo);
    deltas.push(b - bare);
    floor.push(bare);
  }
  return { delta: median(deltas), floor: median(floor) };
}

function ladder(node, repo) {
  const steps = [
    ['require node:child_process', ['-e', "require('node:child_process')"]],
    ['+ spawnSync git --version', ['-e', "require('node:child_process').spawnSync('git', ['--version'])"]],
    ['keyguard --version (launcher, bundle)', [CLI, '--version']],
    ['keyguard scan --staged (typical)', [CLI, 'scan', '--staged']],
  ];
  for (let i = 0; i < 3; i++) for (const [, args] of steps) time(node, args, repo); // compile cache, disk cache
  const floors = [];
  const rows = steps.map(([name, args]) => {
    const { delta, floor } = pairs(node, args, repo);
    floors.push(floor);
    return [name, delta];
  });
  return { floor: median(floors), rows };
}

/** Source file of each line of the bundle, from esbuild's `// src/…` markers. */
function bundleMap() {
  const lines = readFileSync(BUNDLE, 'utf8').split('\n');
  const map = [];
  let current = 'bundle prologue';
  for (const line of lines) {
    const m = /^\/\/ (src\/\S+)$/.exec(line);
    if (m) current = m[1];
    map.push(current);
  }
  return map;
}

function category(frame, map) {
  const { url, functionName, lineNumber } = frame;
  if (url.endsWith('dist/cli.cjs')) {
    const file = map[lineNumber] ?? '';
    const folder = /^src\/[^/]+\//.exec(file)?.[0] ?? file;
    return folder.startsWith('src/') ? `keyguard ${folder}` : 'keyguard (bundle top level)';
  }
  if (url.endsWith('bin/keyguard.cjs')) return 'keyguard bin/keyguard.cjs';
  if (functionName === 'spawnSync' && url.startsWith('node:internal')) return 'git: spawnSync (waiting for git)';
  if (/^(wrapSafe|compileFunctionForCJSLoader)$/.test(functionName)) return 'compile bin + dist/cli.cjs';
  if (/^(compileForInternalLoader|internalBinding|requireBuiltin)$/.test(functionName)) return 'Node built-in modules';
  if (functionName === '' && url.startsWith('node:')) return 'Node built-in modules';
  if (url.includes('node:internal/modules')) return 'module loader (resolve, wrap)';
  if (/^(readFileUtf8|readFileSync|openSync|readSync|fstatSync|statSync)$/.test(functionName)) return 'fs reads';
  if (functionName.startsWith('(')) return functionName;
  if (url === '') return 'native / V8 builtins';
  return 'other Node internals';
}

function profiles(node, repo) {
  const dir = mkdtempSync(join(tmpdir(), 'keyguard-prof-'));
  const walls = [];
  try {
    for (let i = 0; i < PROFILES; i++) {
      walls.push(time(node, ['--cpu-prof', `--cpu-prof-dir=${dir}`, CLI, 'scan', '--staged'], repo));
    }
    const map = bundleMap();
    const totals = new Map();
    let profiled = 0;
    const files = readdirSync(dir);
    for (const file of files) {
      const p = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      profiled += (p.endTime - p.startTime) / 1000;
      const byId = new Map(p.nodes.map((n) => [n.id, n]));
      p.samples.forEach((id, i) => {
        const c = category(byId.get(id).callFrame, map);
        totals.set(c, (totals.get(c) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
      });
    }
    const n = files.length;
    const rows = [...totals].map(([c, ms]) => [c, ms / n]).sort((a, b) => b[1] - a[1]);
    return { wall: median(walls), profiled: profiled / n, rows };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const work = workDir();
try {
  const commit = typicalCommit(work.dir);
  for (const major of process.argv.slice(2).length ? process.argv.slice(2) : ['22', '24']) {
    const node = nodeBinary(major);
    const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
    const l = ladder(node, commit.dir);
    console.log(
      `\nNode ${version}: node -e 0 takes ${l.floor.toFixed(1)} ms (median); on top of it (median of pairs):`,
    );
    for (const [name, ms] of l.rows) console.log(`  ${name.padEnd(40)} +${ms.toFixed(1)} ms`);
    const p = profiles(node, commit.dir);
    console.log(
      `  CPU profile of the hook (${PROFILES} runs; wall ${p.wall.toFixed(1)} ms with the profiler, ` +
        `${p.profiled.toFixed(1)} ms profiled; the rest is Node's bootstrap before the profiler starts and exit):`,
    );
    for (const [c, ms] of p.rows) if (ms >= 0.1) console.log(`    ${c.padEnd(38)} ${ms.toFixed(1)} ms`);
  }
} finally {
  work.remove();
}
