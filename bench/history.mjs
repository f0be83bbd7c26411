// `scan --history` next to `git log -p --all` (the floor: reading every patch once) on synthetic repositories of
// 1k, 2k and 4k commits, both run with a clean environment (env -i PATH HOME). Not a test: prints the figures and
// whether the 2x target is met. `npm run bench:history`; BENCH_COMMITS=1000,2000,4000 BENCH_HISTORY_RUNS=5.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'bin', 'keyguard.cjs');
const SIZES = (process.env.BENCH_COMMITS ?? '1000,2000,4000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_HISTORY_RUNS ?? 5);
const CLEAN_ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? tmpdir() };

/** A line of code as projects have them, varied by commit and line so that every patch differs. */
const codeLine = (c, i) =>
  [
    `export const value${i} = compute(${c}, "${(c * 7919 + i).toString(36)}");`,
    `  if (items.length > ${i}) { total += items[${i}].price * ${c % 17}; }`,
    `// step ${i} of commit ${c}: keep the cache warm`,
    `  const url = \`https://api.example.com/v1/items/\${id}?page=${i}\`;`,
  ][(c + i) % 4];

/** A repository of `n` commits, each changing 3 of 40 files by about 12 lines, written with `git fast-import`. */
function makeRepo(n) {
  const dir = mkdtempSync(join(tmpdir(), `kg-history-bench-${n}-`));
  spawnSync('git', ['init', '-q', '-b', 'main', dir]);
  const files = new Map();
  let input = '';
  for (let c = 1; c <= n; c++) {
    input += `commit refs/heads/main\ncommitter Bench <bench@example.invalid> ${1700000000 + c * 60} +0000\n`;
    input += `data 12\ncommit ${String(c).padStart(5, '0')}\n`;
    for (let k = 0; k < 3; k++) {
      const name = `src/module${(c * 3 + k) % 40}.js`;
      const lines = files.get(name) ?? [];
      lines.splice(
        c % Math.max(1, lines.length),
        Math.min(4, lines.length),
        ...Array.from({ length: 12 }, (_, i) => codeLine(c, i)),
      );
      files.set(name, lines.slice(0, 400));
      const data = `${files.get(name).join('\n')}\n`;
      input += `M 100644 inline ${name}\ndata ${Buffer.byteLength(data)}\n${data}`;
    }
  }
  const r = spawnSync('git', ['fast-import', '--quiet'], { cwd: dir, input, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(r.stderr.toString());
  spawnSync('git', ['checkout', '-q', 'main'], { cwd: dir });
  return dir;
}

function time(cmd, args, cwd) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd, env: CLEAN_ENV, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: exit ${r.status} ${r.stderr}`);
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`scan --history vs git log -p --all, median of ${RUNS} runs, env -i PATH HOME, node ${process.version}`);
console.log('commits   git log -p --all   scan --history   ratio   ms/1k commits');
const rows = [];
for (const n of SIZES) {
  const dir = makeRepo(n);
  try {
    time('git', ['log', '-p', '--all'], dir); // warm the page cache
    const git = median(Array.from({ length: RUNS }, () => time('git', ['log', '-p', '--all'], dir)));
    const kg = median(Array.from({ length: RUNS }, () => time(process.execPath, [CLI, 'scan', '--history'], dir)));
    rows.push({ n, git, kg });
    const cols = [String(n).padStart(7), `${git.toFixed(0)} ms`.padStart(18), `${kg.toFixed(0)} ms`.padStart(16)];
    console.log(`${cols.join('')}   ${(kg / git).toFixed(2)}x   ${((kg / n) * 1000).toFixed(0).padStart(8)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const last = rows.at(-1);
if (last !== undefined) {
  const per100k = ((last.kg / last.n) * 100000) / 1000;
  console.log(`extrapolated: ${per100k.toFixed(0)} s per 100k commits of this shape (linear from ${last.n} commits)`);
  const worst = Math.max(...rows.map((r) => r.kg / r.git));
  console.log(`target: at most 2x git log -p --all: ${worst <= 2 ? 'met' : 'NOT met'} (worst ${worst.toFixed(2)}x)`);
}
