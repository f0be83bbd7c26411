import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { startStagedDiff } from '../../src/git/early-diff.js';
import { execGitBuffer } from '../../src/git/exec-git.js';
import { STAGED_DIFF_ARGS } from '../../src/git/invocation.js';
import { makeRepo, tempDir } from '../helpers/git-repo.js';

const leftovers = () => readdirSync(tmpdir()).filter((f) => f.startsWith(`keyguard-${process.pid}-`));

describe('startStagedDiff', () => {
  it('gives exactly what the synchronous git call gives, from a subdirectory too, and leaves no file behind', async () => {
    const repo = makeRepo({ 'sub/a.txt': 'one\r\ntwo\n', 'b c.py': 'x = 1\n' });
    repo.stage('.');
    const expected = execGitBuffer(STAGED_DIFF_ARGS, { cwd: repo.dir });
    expect(expected!.length).toBeGreaterThan(100);
    for (const cwd of [repo.dir, `${repo.dir}/sub`]) {
      const early = startStagedDiff(cwd);
      expect(early).toBeDefined();
      expect((await early)!.equals(expected!)).toBe(true);
    }
    expect(leftovers()).toEqual([]);
  });

  it('resolves to null when git fails (outside a repository), so that the ordinary path reports the error', async () => {
    const early = startStagedDiff(tempDir('keyguard-norepo-'));
    expect(await early).toBeNull();
    expect(leftovers()).toEqual([]);
  });
});
