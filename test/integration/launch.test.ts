import { cpSync, existsSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/cli.js';
import { spawnSync } from 'node:child_process';
import { makeRepo, tempDir } from '../helpers/git-repo.js';
import { fakeKeys } from '../helpers/fake-keys.js';

/** A copy of the built package, so the test owns its dist/.cache. */
function packageCopy(): string {
  const dir = tempDir('keyguard-pkg-');
  cpSync(join(PROJECT_ROOT, 'bin'), join(dir, 'bin'), { recursive: true });
  cpSync(join(PROJECT_ROOT, 'dist'), join(dir, 'dist'), { recursive: true, filter: (src) => !src.includes('.cache') });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

const run = (pkg: string) =>
  spawnSync(process.execPath, [join(pkg, 'bin', 'keyguard.cjs'), '--version'], { encoding: 'utf8' });

describe('launcher', () => {
  it('keeps a code cache next to the bundle, reuses it, and survives a corrupt one', () => {
    const pkg = packageCopy();
    const cacheDir = join(pkg, 'dist', '.cache');
    expect(run(pkg).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    if (Number(process.versions.node.split('.')[0]) >= 22) return; // Node's own compile cache takes over
    const [file] = readdirSync(cacheDir);
    expect(file).toMatch(/^cli\.cjs-other-v[\d.]+-\d+-\d+\.bin$/);
    writeFileSync(join(cacheDir, file!), 'not a code cache');
    const again = run(pkg);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(existsSync(join(cacheDir, file!))).toBe(true);
  });

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

  it('writes the staged-scan cache after a first commit with nothing to report too', () => {
    if (Number(process.versions.node.split('.')[0]) >= 22) return; // Node's own compile cache takes over
    const pkg = packageCopy();
    const repo = makeRepo({ 'a.txt': 'nothing to see\n' });
    repo.stage('a.txt');
    const r = spawnSync(process.execPath, [join(pkg, 'bin', 'keyguard.cjs'), 'scan', '--staged'], { cwd: repo.dir, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(readdirSync(join(pkg, 'dist', '.cache'))).toEqual([expect.stringMatching(/^cli\.cjs-staged-v[\d.]+-\d+-\d+\.bin$/)]);
  });
});
