import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeKeys } from '../helpers/fake-keys.js';
import { makeRepo, tempDir } from '../helpers/git-repo.js';

describe('keyguard scan PATH', () => {
  it('scans a folder named on the command line even when git ignores it, and a symlink to a folder', () => {
    const repo = makeRepo({
      '.gitignore': 'vendor/\n',
      'vendor/lib/a.js': `const token = "${fakeKeys.github('nf1')}";\n`,
    });
    expect(repo.scan(['scan', '.']).code).toBe(0);
    const named = repo.scan(['scan', 'vendor']);
    expect(named.code).toBe(1);
    expect(named.stdout).toContain('vendor/lib/a.js:1:');

    const outside = tempDir();
    repo.write('../' + outside.split('/').pop() + '/k.py', `KEY = "${fakeKeys.stripe('nf2')}"\n`);
    symlinkSync(outside, join(repo.dir, 'linked'));
    const linked = repo.scan(['scan', 'linked']);
    expect(linked.code).toBe(1);
    expect(linked.stdout).toContain('linked/k.py:1:');
  });
});
