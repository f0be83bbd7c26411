import { describe, expect, it } from 'vitest';
import { compileDetector } from '../../src/detect/compile.js';
import { scanText } from '../../src/detect/engine.js';
import { builtinRules } from '../../src/rules/index.js';
import { makeRepo } from '../helpers/git-repo.js';

/** Every rule's true-positive examples, with the secret each one holds. */
const cases = builtinRules.flatMap((rule) => {
  const alone = compileDetector([rule]);
  return rule.examples().match.map((example, i) => {
    const [match] = scanText(example, alone);
    return { rule: rule.id, file: `leak/${rule.id}-${i}.txt`, example, secret: match?.secret ?? '' };
  });
});

describe('no full secret in any output', () => {
  it.each(['text', 'json', 'sarif'])('%s output of every rule hides every secret', (format) => {
    const repo = makeRepo();
    for (const c of cases) repo.write(c.file, `${c.example}\n`);
    repo.stage('leak');
    const r = repo.scan(['scan', '--staged', '--format', format]);
    expect(r.code).toBe(1);
    for (const c of cases) {
      expect(c.secret.length, `${c.rule} example must yield a secret`).toBeGreaterThan(7);
      expect(r.output.includes(c.secret), `${c.rule}: secret leaked in ${format}`).toBe(false);
      // not even most of it
      expect(r.output.includes(c.secret.slice(0, Math.ceil(c.secret.length * 0.6))), `${c.rule}: prefix leaked`).toBe(
        false,
      );
    }
    if (format === 'json') {
      const reported = new Set(JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule));
      for (const rule of builtinRules) expect(reported, rule.id).toContain(rule.id);
    }
  });
});
