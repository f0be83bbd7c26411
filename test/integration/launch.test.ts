import { cpSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/cli.js';
import { spawnSync } from 'node:child_process';
import { makeRepo, tempDir } from '../helpers/git-repo.js';
import { fakeKeys } from '../helpers/fake-keys.js';

/** A copy of the built package, so the test can break its dist/. */
function packageCopy(): string {
  const dir = tempDir('keyguard-pkg-');
  cpSync(join(PROJECT_ROOT, 'bin'), join(dir, 'bin'), { recursive: true });
  cpSync(join(PROJECT_ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

describe('launcher', () => {
  it('without its build, fails closed with one line and the escape', () => {
    const pkg = packageCopy();
    rmSync(join(pkg, 'dist'), { recursive: true });
    const r = spawnSync(process.execPath, [join(pkg, 'bin', 'keyguard.cjs'), 'scan', '--staged'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('git commit --no-verify');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('finds the same keys with the catalog file missing or damaged (it then builds every rule from the rule bundle)', () => {
    const repo = makeRepo({ 'app.py': `client = OpenAI(api_key="${fakeKeys.openaiProject()}")\n` });
    repo.stage('app.py');
    const scan = (pkg: string) =>
      spawnSync(process.execPath, [join(pkg, 'bin', 'keyguard.cjs'), 'scan', '--staged', '--format', 'json'], {
        cwd: repo.dir,
        encoding: 'utf8',
      });
    const expected = JSON.parse(scan(packageCopy()).stdout).findings;
    expect(expected.map((f: { rule: string }) => f.rule)).toEqual(['openai-project-key']);
    const missing = packageCopy();
    rmSync(join(missing, 'dist', 'catalog.bin'));
    const damaged = packageCopy();
    writeFileSync(join(damaged, 'dist', 'catalog.bin'), 'not a catalog');
    for (const pkg of [missing, damaged]) {
      const r = scan(pkg);
      expect(r.status).toBe(1);
      expect(JSON.parse(r.stdout).findings).toEqual(expected);
    }
  });
});
