import { describe, expect, it } from 'vitest';
import { negatives, positives } from './corpus.js';
import { evaluate, formatEvaluation, precision, recall } from './evaluate.js';

describe('detection quality on the labelled corpus', () => {
  const pos = positives();
  const neg = negatives();
  const ev = evaluate([...pos, ...neg]);
  const summary = formatEvaluation(ev, { misses: 60 });

  it('is big enough to mean something', () => {
    expect(pos.length).toBeGreaterThanOrEqual(1000);
    expect(neg.length).toBeGreaterThanOrEqual(1000);
  });

  it('finds at least 99% of the planted secrets (per-rule and per-context misses listed on failure)', () => {
    expect(recall(ev.overall), summary).toBeGreaterThanOrEqual(0.99);
  });

  it('reports something other than the planted secret at most 1% of the time', () => {
    expect(precision(ev.overall), summary).toBeGreaterThanOrEqual(0.99);
  });

  it('never reports a lockfile, a documentation key or a data URI', () => {
    const never = new Set(['lockfile', 'docs-key', 'data-uri', 'sri', 'uuid', 'git-sha']);
    const bad = ev.misses.filter((m) => never.has(neg.find((n) => n.id === m.item)?.context ?? ''));
    expect(bad).toEqual([]);
  });
});
