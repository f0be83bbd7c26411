// keyguard benchmark: the hook's cost against bare Node start-up, and path-scan throughput.
// Not a test: it prints figures and whether they meet the targets. Run with `npm run bench`.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'bin', 'keyguard.cjs');
const RUNS = Number(process.env.BENCH_RUNS ?? 31);
const TREE_MB = Number(process.env.BENCH_TREE_MB ?? 60);
const TARGET_RATIO = 1.3;
const TARGET_MBPS = 100;
const TEXT = new Set([
  '.js',
  '.mjs',
  '.cjs',
  '.ts',
  '.mts',
  '.cts',
  '.json',
  '.md',
  '.map',
  '.css',
  '.html',
  '.yml',
  '.yaml',
  '.txt',
]);

const work = mkdtempSync(join(tmpdir(), 'keyguard-bench-'));
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'b',
  GIT_AUTHOR_EMAIL: 'b@example.invalid',
  GIT_COMMITTER_NAME: 'b',
  GIT_COMMITTER_EMAIL: 'b@example.invalid',
};
const git = (cwd, ...args) => {
  const r = spawnSync('git', args, { cwd, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
};

/** Real package code from this project's node_modules (text files only). */
function* realFiles(dir = join(ROOT, 'node_modules')) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* realFiles(full);
    else if (entry.isFile() && TEXT.has(extname(entry.name))) yield full;
  }
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(cmd, args, cwd) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, status: r.status, stdout: r.stdout.toString() };
}

/** A fake OpenAI project key, assembled at run time. */
function fakeKey() {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let s = 'sk-' + 'proj-';
  let x = 12345;
  for (let i = 0; i < 120; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    s += chars[x % chars.length];
  }
  return s;
}

function typicalCommit() {
  const repo = join(work, 'typical');
  mkdirSync(repo);
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'commit', '-q', '--allow-empty', '-m', 'init');
  let total = 0;
  let n = 0;
  for (const file of realFiles()) {
    if (n === 10) break;
    const size = statSync(file).size;
    if (size < 2000 || size > 9000 || !file.endsWith('.js')) continue;
    let text = readFileSync(file, 'utf8');
    if (n === 3) text += `\nconst client = new OpenAI({ apiKey: "${fakeKey()}" });\n`;
    writeFileSync(join(repo, `file${n}.js`), text);
    total += Buffer.byteLength(text);
    n++;
  }
  git(repo, 'add', '-A');
  // Interleave the two commands so that machine noise hits both alike.
  const node = [];
  const hook = [];
  let status;
  for (let i = 0; i < RUNS; i++) {
    node.push(time(process.execPath, ['-e', '0'], repo).ms);
    const r = time(process.execPath, [CLI, 'scan', '--staged'], repo);
    hook.push(r.ms);
    status = r.status;
  }
  return { files: n, kib: total / 1024, node: median(node), hook: median(hook), status };
}

function largeTree() {
  const tree = join(work, 'tree');
  let bytes = 0;
  let copy = 0;
  while (bytes < TREE_MB * 1024 * 1024) {
    const before = bytes;
    for (const file of realFiles()) {
      const dest = join(tree, `copy${copy}`, relative(join(ROOT, 'node_modules'), file));
      mkdirSync(dirname(dest), { recursive: true });
      copyFileSync(file, dest);
      bytes += statSync(file).size;
      if (bytes >= TREE_MB * 1024 * 1024) break;
    }
    if (bytes === before) throw new Error('no text files in node_modules to build the tree from');
    copy++;
  }
  // The same command on an empty folder: the fixed cost (Node, loading keyguard, listing) to subtract.
  const empty = join(work, 'empty');
  mkdirSync(empty);
  const fixed = [];
  for (let i = 0; i < 5; i++) fixed.push(time(process.execPath, [CLI, 'scan', empty, '--format', 'json'], work).ms);
  const runs = [];
  let findings = 0;
  let peak = 0;
  for (let i = 0; i < 5; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [join(ROOT, 'bench', 'with-rss.cjs'), 'scan', tree, '--format', 'json'], {
      cwd: work,
      env,
      maxBuffer: 1 << 30,
    });
    runs.push(Number(process.hrtime.bigint() - start) / 1e6);
    findings = JSON.parse(r.stdout.toString()).findings.length;
    peak = Math.max(peak, Number(/rss=(\d+)/.exec(r.stderr.toString())?.[1] ?? 0));
  }
  const ms = median(runs);
  const fixedMs = median(fixed);
  const mb = bytes / 1024 / 1024;
  return {
    mb,
    ms,
    fixedMs,
    mbps: mb / (ms / 1000),
    scanMbps: mb / ((ms - fixedMs) / 1000),
    findings,
    peakMb: peak / 1024,
  };
}

try {
  const t = typicalCommit();
  const ratio = t.hook / t.node;
  console.log(`typical commit: ${t.files} files, ${t.kib.toFixed(0)} KiB staged, one key (exit ${t.status})`);
  console.log(`  node -e 0            ${t.node.toFixed(1)} ms (median of ${RUNS})`);
  console.log(`  keyguard scan --staged ${t.hook.toFixed(1)} ms (median of ${RUNS})`);
  console.log(
    `  ratio                ${ratio.toFixed(2)}x  target <= ${TARGET_RATIO}x  ${ratio <= TARGET_RATIO ? 'OK' : 'MISSED'}`,
  );
  const l = largeTree();
  console.log(`path scan: ${l.mb.toFixed(1)} MB of real package code`);
  console.log(
    `  wall time            ${l.ms.toFixed(0)} ms (median of 5; the same command on an empty folder: ${l.fixedMs.toFixed(0)} ms)`,
  );
  console.log(`  end to end           ${l.mbps.toFixed(0)} MB/s (start-up included)`);
  console.log(
    `  scan throughput      ${l.scanMbps.toFixed(0)} MB/s  target >= ${TARGET_MBPS} MB/s  ${l.scanMbps >= TARGET_MBPS ? 'OK' : 'MISSED'}`,
  );
  console.log(`  findings             ${l.findings}`);
  console.log(`  peak RSS             ${l.peakMb.toFixed(0)} MB`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
