import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { CLI, runCli } from '../helpers/cli.js';
import { makeRepo, tempDir } from '../helpers/git-repo.js';

describe('fail closed', () => {
  it('outside a repository, --staged exits 2 with one reason and the escape, no stack trace', () => {
    const dir = tempDir();
    const r = runCli(['scan', '--staged'], dir, { GIT_CEILING_DIRECTORIES: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not inside a git repository');
    expect(r.stderr).toContain('git commit --no-verify');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  it('a broken repository blocks with exit 2 and a reason', () => {
    const repo = makeRepo({ 'a.txt': 'x\n' });
    repo.stage('a.txt');
    writeFileSync(join(repo.dir, '.git', 'HEAD'), 'garbage\n');
    const r = repo.scan();
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/keyguard: cannot scan: .*git/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    [['scan', '.'], '.keyguardrc.json'],
    [['baseline'], '.keyguardrc.json'],
  ])('%j with a broken config says so in one line', (args, file) => {
    const repo = makeRepo({ '.keyguardrc.json': '{ "allowPaths": 3 }' });
    const r = repo.scan(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(file);
    expect(r.stderr).not.toMatch(/unexpected error|KEYGUARD_DEBUG/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('shows the stack only with KEYGUARD_DEBUG=1', () => {
    const repo = makeRepo({ 'a.txt': 'x\n' });
    writeFileSync(join(repo.dir, '.git', 'HEAD'), 'garbage\n');
    const r = runCli(['scan', '--staged'], repo.dir, { KEYGUARD_DEBUG: '1' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\n\s+at /);
  });

  it.each([
    [['scan', '--bogus'], /Unknown option '--bogus'/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['scan', '--format', 'xml'], /unknown format "xml"/],
    [['scan', '--fix'], /--fix works with --staged/],
  ])('usage error %j exits 2', (args, message) => {
    const r = runCli(args, tempDir());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('keyguard --help');
  });

  it('stops quietly when the reader of its output goes away', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" rules | head -1`], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/^ID\s+PROVIDER/);
    expect(r.stderr).toBe('');
  });

  it('prints help and version', () => {
    const help = runCli(['--help'], tempDir());
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('keyguard scan --staged');
    expect(help.stdout).toContain('Exit codes');
    const version = runCli(['--version'], tempDir());
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
