import { compileDetector, type Detector } from '../../src/detect/compile.js';
import { findSecrets } from '../../src/detect/findings.js';
import { join } from 'node:path';
import { scanScope } from '../../src/sources/never-scan.js';
import { PROJECT_ROOT } from '../helpers/cli.js';
import { builtinRules } from '../../src/rules/index.js';
import type { Item } from './corpus.js';

export interface Counts {
  tp: number;
  fn: number;
  fp: number;
}

interface Miss {
  item: string;
  /** What went wrong: "missed", or "reported <rule>". */
  problem: string;
  line?: number;
}

export interface Evaluation {
  overall: Counts;
  byRule: Map<string, Counts>;
  byContext: Map<string, Counts>;
  misses: Miss[];
  positives: number;
  negatives: number;
}

const zero = (): Counts => ({ tp: 0, fn: 0, fp: 0 });
const bump = (map: Map<string, Counts>, key: string): Counts => {
  const c = map.get(key) ?? zero();
  map.set(key, c);
  return c;
};

export const precision = (c: Counts): number => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
export const recall = (c: Counts): number => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));
const f1 = (c: Counts): number => {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};

/**
 * The rules a scan reports in a file, as the scans decide it (file-name skips, then the engine). A corpus file sits
 * where this project's own files do: a lockfile at the root has its manifest beside it, and only its URL lines count.
 */
function reported(item: Item, detector: Detector) {
  const scope = scanScope(item.file, join(PROJECT_ROOT, item.file));
  if (scope === 'none') return [];
  if (scope === 'all') return findSecrets(item.content, item.file, detector);
  const urlLines = item.content.split('\n').map((line) => (/:\/\/.*@/.test(line) ? line : ''));
  return findSecrets(urlLines.join('\n'), item.file, detector);
}

/**
 * Score the corpus in-process. A positive is a true positive when its expected rule reports it, else a false
 * negative; every other finding (in a negative, or of another rule in a positive) is a false positive, charged to
 * the rule that reported it.
 */
export function evaluate(items: Item[], detector: Detector = compileDetector(builtinRules)): Evaluation {
  const ev: Evaluation = {
    overall: zero(),
    byRule: new Map(),
    byContext: new Map(),
    misses: [],
    positives: 0,
    negatives: 0,
  };
  for (const r of detector.rules) bump(ev.byRule, r.rule.id);
  for (const item of items) {
    const findings = reported(item, detector);
    if (item.expect !== null) {
      ev.positives++;
      const hit = findings.some((f) => f.rule === item.expect);
      const key = hit ? 'tp' : 'fn';
      ev.overall[key]++;
      bump(ev.byRule, item.expect)[key]++;
      bump(ev.byContext, item.context)[key]++;
      if (!hit) ev.misses.push({ item: item.id, problem: 'missed' });
    } else {
      ev.negatives++;
    }
    for (const f of findings) {
      if (f.rule === item.expect) continue;
      ev.overall.fp++;
      bump(ev.byRule, f.rule).fp++;
      bump(ev.byContext, item.context).fp++;
      ev.misses.push({ item: item.id, problem: `reported ${f.rule}`, line: f.line });
    }
  }
  return ev;
}

const pct = (x: number) => x.toFixed(4);

function table(title: string, map: Map<string, Counts>, onlyImperfect: boolean): string[] {
  const rows = [...map].filter(([, c]) => !onlyImperfect || c.fn > 0 || c.fp > 0).sort(([a], [b]) => (a < b ? -1 : 1));
  const width = Math.max(title.length, ...rows.map(([k]) => k.length));
  const out = [`${title.padEnd(width)}  precision  recall  f1      tp     fn    fp`];
  for (const [k, c] of rows) {
    out.push(
      `${k.padEnd(width)}  ${pct(precision(c)).padStart(9)}  ${pct(recall(c)).padStart(6)}  ${pct(f1(c))}  ${String(c.tp).padStart(5)}  ${String(c.fn).padStart(5)}  ${String(c.fp).padStart(4)}`,
    );
  }
  return out;
}

/** The human summary: overall, per rule and per context, then the first misses (what to fix). */
export function formatEvaluation(ev: Evaluation, options: { all?: boolean; misses?: number } = {}): string {
  const o = ev.overall;
  const out = [
    `corpus: ${ev.positives} positives, ${ev.negatives} hard negatives`,
    `overall: precision ${pct(precision(o))}  recall ${pct(recall(o))}  f1 ${pct(f1(o))}  (tp ${o.tp}, fn ${o.fn}, fp ${o.fp})`,
    '',
    ...table('rule', ev.byRule, !options.all),
    '',
    ...table('context', ev.byContext, !options.all),
  ];
  const shown = ev.misses.slice(0, options.misses ?? 40);
  if (shown.length > 0) {
    out.push('', `misses (${shown.length} of ${ev.misses.length}):`);
    for (const m of shown) out.push(`  ${m.item}: ${m.problem}${m.line !== undefined ? ` (line ${m.line})` : ''}`);
  }
  return `${out.join('\n')}\n`;
}
