import { positives, negatives } from './corpus.js';
import { evaluate, formatEvaluation } from './evaluate.js';

/**
 * `npm run eval [-- --all] [-- --node-modules]`: score the labelled corpus in-process and print precision, recall
 * and F1 overall, per rule and per context. `--node-modules` also counts what a path scan of ./node_modules reports.
 */
async function main(argv: string[]): Promise<void> {
  const started = performance.now();
  const items = [...positives(), ...negatives()];
  const ev = evaluate(items);
  process.stdout.write(
    formatEvaluation(ev, { all: argv.includes('--all'), misses: argv.includes('--all') ? 1000 : 40 }),
  );
  process.stdout.write(`\n(${items.length} files scored in ${Math.round(performance.now() - started)} ms)\n`);
  if (argv.includes('--node-modules')) {
    const { scanPaths } = await import('../../src/commands/scan-paths.js');
    const t = performance.now();
    const { report } = await scanPaths({ cwd: process.cwd(), paths: ['node_modules'] });
    const seconds = (performance.now() - t) / 1000;
    const byRule = new Map<string, number>();
    for (const f of report.findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
    process.stdout.write(
      `\nnode_modules: ${report.findings.length} findings in ${report.files} files, ${(report.bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(2)} s (${(report.bytes / 1e6 / seconds).toFixed(0)} MB/s)\n`,
    );
    for (const [rule, n] of [...byRule].sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${rule}: ${n}\n`);
    for (const f of report.findings.slice(0, 20)) {
      // f.secret is the redacted preview, never the key: the log-leak warning does not apply.
      if (f.kind === 'secret') process.stdout.write(`  ${f.file}:${f.line}  ${f.rule}  ${f.secret}\n`); // keyguard:allow
    }
  }
}

await main(process.argv.slice(2));
