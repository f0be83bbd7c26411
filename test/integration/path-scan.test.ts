import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake-keys.js';
import { makeRepo, tempDir } from '../helpers/git-repo.js';

const files = (stdout: string) => (JSON.parse(stdout).findings as { file: string }[]).map((f) => f.file).sort();

describe('keyguard scan PATH', () => {
  it('scans the working tree of a repository and honours .gitignore', () => {
    const repo = makeRepo({
      '.gitignore': 'build/\n*.log\n',
      'src/a.py': `K = "${fakeKeys.anthropic()}"\n`,
      'build/out.js': `k="${fakeKeys.anthropic('b')}"\n`,
      'debug.log': `K=${fakeKeys.anthropic('c')}\n`,
      'docs/readme.md': 'nothing here\n',
    });
    const r = runCli(['scan', '.', '--format', 'json'], repo.dir);
    expect(r.code).toBe(1);
    expect(files(r.stdout)).toEqual(['src/a.py']);
  });

  it('takes several paths and names files relative to the current directory, as ripgrep and ESLint do', () => {
    const repo = makeRepo({
      'a/x.env.txt': `T=${fakeKeys.github('1')}\n`,
      'b/y.txt': `T=${fakeKeys.github('2')}\n`,
      'c/z.txt': 'x\n',
    });
    const r = runCli(['scan', 'x.env.txt', '../b', '--format', 'json'], join(repo.dir, 'a'));
    expect(files(r.stdout)).toEqual(['../b/y.txt', 'x.env.txt']);
    const all = runCli(['scan'], join(repo.dir, 'c'));
    expect(all.stdout).toContain('no secrets found (1 file scanned)');
    const text = runCli(['scan', '..'], join(repo.dir, 'c'));
    expect(text.stdout).toContain('../a/x.env.txt:1:');
    expect(text.stdout).toContain('../b/y.txt:1:');
  });

  it('works outside a repository, reporting paths from the current directory', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'conf'));
    writeFileSync(join(dir, 'conf', 'prod.yml'), `aws_access_key_id: ${fakeKeys.awsAccessKeyId()}\n`);
    writeFileSync(join(dir, 'bin.dat'), Buffer.from([0, 1, 2, 3]));
    const r = runCli(['scan', '--format', 'json'], dir, { GIT_CEILING_DIRECTORIES: dir });
    expect(r.code).toBe(1);
    expect(files(r.stdout)).toEqual(['conf/prod.yml']);
  });

  it('exits 0 on a clean tree', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.js'), 'console.log(1)\n');
    const r = runCli(['scan', dir], dir, { GIT_CEILING_DIRECTORIES: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('no secrets found (1 file scanned)');
  });

  it('finds a key deep inside a minified one-line file and reports its column', () => {
    const dir = tempDir();
    const key = fakeKeys.stripe('min');
    const line = `${'var a=1;'.repeat(5000)}var s="${key}";${'b();'.repeat(5000)}`;
    writeFileSync(join(dir, 'bundle.min.js'), line);
    const r = runCli(['scan', '--format', 'json'], dir, { GIT_CEILING_DIRECTORIES: dir });
    const [finding] = JSON.parse(r.stdout).findings;
    expect(finding).toMatchObject({ rule: 'stripe-live-secret-key', line: 1, column: 5000 * 8 + 8 });
  });
});
