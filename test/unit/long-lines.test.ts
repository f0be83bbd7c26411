import { describe, expect, it } from 'vitest';
import { compileDetector } from '../../src/detect/compile.js';
import { scanText } from '../../src/detect/engine.js';
import { builtinRules } from '../../src/rules/index.js';

const jwtRule = builtinRules.find((r) => r.id === 'jwt')!;
const token = /eyJ[\w.-]+/.exec(jwtRule.examples().match[0]!)![0];
const filler = (n: number) => 'a=b;'.repeat(Math.ceil(n / 4)).slice(0, n);

describe('a long (minified) line', () => {
  it('finds a secret that begins near the end of the window an earlier keyword opened', () => {
    const detector = compileDetector([jwtRule]);
    // "eyJ" at 3000 opens a window that ends 1024 bytes later, in the middle of the token at 3900.
    const line = `${filler(3000)}eyJhbGciOiJub25lIn0;${filler(880)}t="${token}";${filler(3000)}`;
    expect(line.length).toBeGreaterThan(4096);
    const found = scanText(line, detector);
    expect(found.map((m) => m.secret)).toEqual([token]);
  });

  it('with keywords all along a long line, a secret at its end is still found (windows grow to 16 KiB, then start anew)', () => {
    const detector = compileDetector([jwtRule]);
    const line = Array.from({ length: 40 }, () => `${filler(900)}eyJhbGciOiJub25lIn0;`).join('') + `t="${token}"`;
    expect(scanText(line, detector).map((m) => m.secret)).toEqual([token]);
  });
});
