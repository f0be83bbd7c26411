import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runCli } from '../helpers/cli.js';

describe('dogfood', () => {
  it('the keyguard repository itself scans clean', () => {
    const r = runCli(['scan', '.'], PROJECT_ROOT);
    expect(r.stdout).toContain('no secrets found');
    expect(r.code).toBe(0);
  });
});
