// keyguard benchmark: what the hook costs on a typical commit next to a bare Node start on the same Node, and the
// path-scan throughput. Not a test: it prints the method, the figures and whether they meet the targets.
// Run with `npm run bench` (docs/performance.md explains the method and how to check it with hyperfine).
//
//   BENCH_NODES=20,22,24,26   Node majors to measure (default 22,24), fetched by scripts/fetch-runtime.mjs;
//                             "current" means the Node running this script
//   BENCH_RUNS=41             paired runs of the typical commit per Node (after 5 warm-up pairs)
//   BENCH_TREE_MB=100         size of the path-scan tree
//   BENCH_SCAN_RUNS=5         path-scan runs per Node
import { spawnSync } from 'node:child_process';
import { cpus, homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTree, emptyDir, typicalCommit, workDir } from './fixtures.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'bin', 'keyguard.cjs');
const NODES = (process.env.BENCH_NODES ?? '22,24').split(',').map((s) => s.trim());
const RUNS = Number(process.env.BENCH_RUNS ?? 41);
const WARMUP = 5;
const TREE_MB = Number(process.env.BENCH_TREE_MB ?? 100);
const SCAN_RUNS = Number(process.env.BENCH_SCAN_RUNS ?? 5);
const TARGET = { limit: 1.4, aim: 1.3, mbps: 100 };

/** The Node binary of a major, from the cache that scripts/fetch-runtime.mjs fills (fetched when missing). */
function nodeBinary(major) {
  if (major === 'current') return process.execPath;
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'fetch-runtime.mjs'), 'node', major], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`no Node ${major} to measure`);
  return join(r.stdout.trim(), 'node');
}

/**
 * A clean environment, as `env -i PATH=… HOME=…` gives: no NODE_OPTIONS, no NODE_EXTRA_CA_CERTS (a certificate
 * bundle that some machines load into every Node start, ~20 ms), no npm_* variables. PATH has git and this Node.
 */
const cleanEnv = (node) => ({ PATH: `${join(node, '..')}:/usr/local/bin:/usr/bin:/bin`, HOME: homedir() });

function time(node, args, cwd) {
  const start = process.hrtime.bigint();
  const r = spawnSync(node, args, { cwd, env: cleanEnv(node), stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
  if (r.error) throw r.error;
  return {
    ms: Number(process.hrtime.bigint() - start) / 1e6,
    status: r.status,
    stdout: r.stdout.toString(),
    stderr: r.stderr.toString(),
  };
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
const quartiles = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return [s[Math.floor((s.length - 1) / 4)], s[Math.ceil(((s.length - 1) * 3) / 4)]];
};

/**
 * CPU time (user + system) of a command and the processes it waited for (git), from bash's `times`: a check that
 * depends less than wall time on what else the machine runs. bash's own start is not counted.
 */
function cpuTime(node, args, cwd) {
  const script = '"$@" >/dev/null 2>&1; s=$?; times; exit $s';
  // stdin from /dev/null, as git gives a hook: an open pipe there made `node -e 0` take seconds in this set-up
  const options = { cwd, env: cleanEnv(node), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] };
  const r = spawnSync('bash', ['-c', script, 'bench', node, ...args], options);
  const [user, sys] = [...(r.stdout.split('\n')[1] ?? '').matchAll(/(\d+)m([\d.]+)s/g)].map((m) => +m[1] * 60 + +m[2]);
  return { ms: ((user ?? NaN) + (sys ?? NaN)) * 1000, status: r.status };
}

/**
 * Paired runs: `node -e 0` and the hook one after the other (their order alternating), the ratio of each pair, the
 * median of those ratios. Noise from the machine (other processes, frequency changes) hits both runs of a pair alike.
 */
function paired(measure, node, repo) {
  const bare = ['-e', '0'];
  const hook = [CLI, 'scan', '--staged'];
  for (let i = 0; i < WARMUP; i++) [bare, hook].forEach((args) => measure(node, args, repo)); // fills the compile cache
  const ratios = [];
  const nodeMs = [];
  const hookMs = [];
  let status = null;
  for (let i = 0; i < RUNS; i++) {
    const first = i % 2 === 0 ? bare : hook;
    const a = measure(node, first, repo);
    const b = measure(node, first === bare ? hook : bare, repo);
    const [n, h] = first === bare ? [a, b] : [b, a];
    nodeMs.push(n.ms);
    hookMs.push(h.ms);
    ratios.push(h.ms / n.ms);
    status = h.status;
  }
  return { ratio: median(ratios), iqr: quartiles(ratios), node: median(nodeMs), hook: median(hookMs), status };
}

function pathScan(node, tree, empty) {
  const args = (dir) => [CLI, 'scan', dir, '--format', 'json'];
  time(node, args(empty), ROOT); // warm-up
  const fixed = median(Array.from({ length: 5 }, () => time(node, args(empty), ROOT).ms));
  const runs = [];
  let findings = 0;
  for (let i = 0; i < SCAN_RUNS; i++) {
    const r = time(node, args(tree.dir), ROOT);
    if (r.status !== 0 && r.status !== 1) throw new Error(`path scan exited ${r.status}`);
    runs.push(r.ms);
    findings = JSON.parse(r.stdout).findings.length;
  }
  const rss = time(node, [join(ROOT, 'bench', 'with-rss.cjs'), 'scan', tree.dir, '--format', 'json'], ROOT);
  const ms = median(runs);
  const cpu = median(Array.from({ length: 3 }, () => cpuTime(node, args(tree.dir), ROOT).ms));
  return {
    ms,
    fixed,
    cpuMbps: tree.mb / (cpu / 1000),
    mbps: tree.mb / (ms / 1000),
    netMbps: tree.mb / ((ms - fixed) / 1000),
    findings,
    peakMb: Number(/rss=(\d+)/.exec(rss.stderr)?.[1] ?? 0) / 1024,
  };
}

const verdict = (ok) => (ok ? 'OK' : 'MISSED');
const work = workDir();
try {
  const commit = typicalCommit(work.dir);
  const tree = buildTree(work.dir, TREE_MB);
  const empty = emptyDir(work.dir);
  console.log(`keyguard bench: ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), Node ${NODES.join(', ')}`);
  console.log('method: every command runs with a clean environment (PATH and HOME only); per Node, after');
  console.log(
    `  ${WARMUP} warm-up pairs, ${RUNS} pairs of \`node -e 0\` and \`keyguard scan --staged\` in alternating order;`,
  );
  console.log('  the figure is the median of the per-pair ratios (interquartile range in brackets); the same pairs');
  console.log('  again for CPU time (user+sys, with git), which depends less on other load on the machine.');
  console.log(`  Path scan: \`keyguard scan TREE --format json\`, median of ${SCAN_RUNS} runs, end to end.`);
  console.log(`typical commit: ${commit.files} files, ${commit.kib.toFixed(0)} KiB staged, one key`);
  console.log(`path-scan tree: ${tree.mb.toFixed(0)} MB of real package code in ${tree.files} files`);
  console.log(
    `targets: hook <= ${TARGET.limit}x node -e 0 (aiming at ${TARGET.aim}x); path scan >= ${TARGET.mbps} MB/s`,
  );
  for (const major of NODES) {
    const node = nodeBinary(major);
    const version = spawnSync(node, ['--version'], { encoding: 'utf8', env: cleanEnv(node) }).stdout.trim();
    const t = paired(time, node, commit.dir);
    const c = paired(cpuTime, node, commit.dir);
    if (t.status !== 1) throw new Error(`the typical commit should be blocked (exit 1), got ${t.status}`);
    const s = pathScan(node, tree, empty);
    console.log(`\nNode ${version}`);
    console.log(
      `  typical commit  ${t.ratio.toFixed(2)}x [${t.iqr.map((r) => r.toFixed(2)).join('-')}]` +
        `  (medians: hook ${t.hook.toFixed(1)} ms, node -e 0 ${t.node.toFixed(1)} ms)` +
        `  ${verdict(t.ratio <= TARGET.limit)}${t.ratio <= TARGET.aim ? ' (aim met)' : ''}`,
    );
    console.log(
      `  CPU time        ${c.ratio.toFixed(2)}x [${c.iqr.map((r) => r.toFixed(2)).join('-')}]` +
        `  (medians: hook ${c.hook.toFixed(0)} ms, node -e 0 ${c.node.toFixed(0)} ms of user+sys CPU; a cross-check)`,
    );
    console.log(
      `  path scan       ${s.mbps.toFixed(0)} MB/s end to end (${s.ms.toFixed(0)} ms; ${s.netMbps.toFixed(0)} MB/s net of ` +
        `${s.fixed.toFixed(0)} ms on an empty folder)  ${verdict(s.mbps >= TARGET.mbps)}`,
    );
    console.log(
      `                  ${s.cpuMbps.toFixed(0)} MB per CPU-second (user+sys; a cross-check), ` +
        `${s.findings} findings, peak RSS ${s.peakMb.toFixed(0)} MB`,
    );
  }
} finally {
  work.remove();
}
