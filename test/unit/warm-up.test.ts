import { describe, expect, it } from 'vitest';
import { warmUp } from '../../src/scan/warm-up.js';
import { tempDir } from '../helpers/git-repo.js';

describe('warm-up before the code cache is written', () => {
  it("takes the hook's path to a blocked commit, from a made-up change, without git", async () => {
    const report = await warmUp(tempDir('keyguard-warm-'));
    expect(report.files).toBe(1);
    expect(report.findings.map((f) => f.rule)).toEqual(['openai-project-key']);
  });
});
