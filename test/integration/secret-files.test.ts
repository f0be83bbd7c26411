import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeKeys } from '../helpers/fake-keys.js';
import { makeRepo } from '../helpers/git-repo.js';

interface JsonFinding {
  kind: string;
  rule: string;
  file: string;
  fix: string;
  tracked?: boolean;
}

const json = (stdout: string) => JSON.parse(stdout).findings as JsonFinding[];

describe('keyguard scan --staged: secret-bearing files', () => {
  it('blocks every staged secret-bearing file .gitignore does not cover, even without a key in it', () => {
    const names = [
      '.env',
      '.env.local',
      'config.local.py',
      'app.local.json',
      'tls/server.pem',
      'id_rsa',
      'credentials.json',
      '.env.bak',
    ];
    const repo = makeRepo(Object.fromEntries(names.map((n) => [n, 'nothing secret yet\n'])));
    repo.stage(...names);
    const r = repo.scan(['scan', '--staged', '--format', 'json']);
    expect(r.code).toBe(1);
    const findings = json(r.stdout);
    expect(findings.map((f) => f.file).sort()).toEqual([...names].sort());
    for (const f of findings) expect(f).toMatchObject({ kind: 'file', rule: 'unignored-secret-file' });
    expect(findings.find((f) => f.file === '.env')?.fix).toBe(
      "add '.env' to .gitignore, then unstage it: git rm --cached .env",
    );
  });

  it('says what to do in text, including the --fix command', () => {
    const repo = makeRepo({ '.env': 'A=1\n' });
    repo.stage('.env');
    const r = repo.scan();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('1 secret-bearing file found in staged changes; the commit is blocked');
    expect(r.stdout).toContain('.env  secret-bearing file staged, not covered by .gitignore (unignored-secret-file)');
    expect(r.stdout).toContain('keyguard scan --staged --fix');
    expect(r.stdout).toContain('git commit --no-verify');
  });

  it('lets templates and ordinary files through', () => {
    const names = [
      '.env.example',
      '.env.sample',
      '.env.template',
      '.env.dist',
      'src/env.ts',
      'id_rsa.pub',
      'config.py',
    ];
    const repo = makeRepo(Object.fromEntries(names.map((n) => [n, 'A=1\n'])));
    repo.stage(...names);
    const r = repo.scan();
    expect(r.stdout).toContain('no secrets found');
    expect(r.code).toBe(0);
  });

  it('does not report a .env that a parent folder rule ignores: git add leaves it out', () => {
    const repo = makeRepo({ '.gitignore': '.env\n', 'apps/web/.env': 'A=1\n', 'apps/web/index.js': 'x()\n' });
    repo.git('add', '-A');
    expect(repo.git('diff', '--cached', '--name-only')).not.toContain('.env');
    const r = repo.scan();
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('.env');
  });

  it('reports a .env force-added although ignored: it is about to be committed', () => {
    const repo = makeRepo({ '.gitignore': '.env\n', 'apps/.env': 'A=1\n' });
    repo.git('add', '-f', 'apps/.env');
    const r = repo.scan(['scan', '--staged', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(json(r.stdout)).toEqual([
      {
        kind: 'file',
        rule: 'force-added-secret-file',
        file: 'apps/.env',
        fix: 'unstage it: git rm --cached apps/.env (.gitignore covers it; it was added with --force)',
      },
    ]);
  });

  it('reads nested .gitignore files and .git/info/exclude as git does', () => {
    const repo = makeRepo({
      '.gitignore': '*.pem\n',
      'certs/.gitignore': '!public.pem\n',
      'certs/public.pem': 'cert\n',
      'certs/private.pem': 'key\n',
      'keys/deploy.key': 'key\n',
    });
    repo.write('.git/info/exclude', 'keys/\n');
    repo.git('add', '-A');
    repo.git('add', '-f', 'keys/deploy.key', 'certs/private.pem');
    const findings = json(repo.scan(['scan', '--staged', '--format', 'json']).stdout);
    const rules = Object.fromEntries(findings.map((f) => [f.file, f.rule]));
    expect(rules).toEqual({
      'certs/public.pem': 'unignored-secret-file',
      'certs/private.pem': 'force-added-secret-file',
      'keys/deploy.key': 'force-added-secret-file',
    });
  });

  it('round-trips names with spaces and unicode through git, and skips a symlink named .env', () => {
    const repo = makeRepo({
      '.gitignore': '*.pem\n',
      'my dir/.env': 'A=1\n',
      'ключи/証明書.pem': 'k\n',
      'real.txt': 'x\n',
    });
    symlinkSync('real.txt', join(repo.dir, '.env'));
    repo.git('add', '-A');
    repo.git('add', '-f', 'ключи/証明書.pem');
    const rules = Object.fromEntries(
      json(repo.scan(['scan', '--staged', '--format', 'json']).stdout).map((f) => [f.file, f.rule]),
    );
    expect(rules).toEqual({ 'my dir/.env': 'unignored-secret-file', 'ключи/証明書.pem': 'force-added-secret-file' });
  });

  it('reports a tracked secret file staged again, with the advice to rotate its keys', () => {
    const repo = makeRepo({ 'config.local.py': 'DEBUG = True\n' });
    repo.stage('config.local.py');
    repo.commit();
    repo.write('config.local.py', 'DEBUG = False\n');
    repo.stage('config.local.py');
    const r = repo.scan(['scan', '--staged', '--format', 'json']);
    expect(r.code).toBe(1);
    const [finding] = json(r.stdout);
    expect(finding).toMatchObject({ rule: 'tracked-secret-file', file: 'config.local.py', tracked: true });
    expect(finding?.fix).toContain('already in the history: rotate them');
    expect(finding?.fix).toContain("git rm --cached config.local.py and add 'config.local.py' to .gitignore");
    const text = repo.scan();
    expect(text.stdout).toContain('already committed and staged again');
  });

  it('treats a rename of a committed secret file as tracked, and skips deletions', () => {
    const repo = makeRepo({ '.env': 'A=1\n', id_rsa: 'k\n' });
    repo.stage('.env', 'id_rsa');
    repo.commit();
    repo.git('mv', '.env', '.env.bak');
    repo.git('rm', '-q', '--cached', 'id_rsa');
    const findings = json(repo.scan(['scan', '--staged', '--format', 'json']).stdout);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: '.env.bak', rule: 'tracked-secret-file', tracked: true });
  });

  it('reports key findings and file findings together', () => {
    const repo = makeRepo({ '.env': `OPENAI_API_KEY=${fakeKeys.openaiProject()}\n` });
    repo.stage('.env');
    const r = repo.scan();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('1 secret-bearing file and 1 secret found in staged changes');
    expect(r.stdout).toContain('.env:1:16');
  });

  it('honours the configured list: extra globs, dropped defaults, allowPaths', () => {
    const repo = makeRepo({
      '.keyguardrc.json': JSON.stringify({
        secretFiles: ['*.tfvars', 'deploy/secrets/**'],
        ignoreSecretFiles: ['*.pem'],
        allowPaths: ['test/fixtures/**'],
      }),
      'prod.tfvars': 'x\n',
      'deploy/secrets/db.yml': 'x\n',
      'ca.pem': 'cert\n',
      'test/fixtures/.env': 'A=1\n',
    });
    repo.git('add', '-A');
    const files = json(repo.scan(['scan', '--staged', '--format', 'json']).stdout).map((f) => f.file);
    expect(files.sort()).toEqual(['deploy/secrets/db.yml', 'prod.tfvars']);
  });

  it('fails closed on a dropped default that does not exist', () => {
    const repo = makeRepo({ '.keyguardrc.json': JSON.stringify({ ignoreSecretFiles: ['*.pm'] }), '.env': 'A=1\n' });
    repo.git('add', '-A');
    const r = repo.scan();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.keyguardrc.json: "ignoreSecretFiles" lists "*.pm"');
  });

  it('limits the check to the files lint-staged passes', () => {
    const repo = makeRepo({ '.env': 'A=1\n', 'a.js': 'x()\n' });
    repo.stage('.env', 'a.js');
    expect(repo.scan(['scan', '--staged', 'a.js']).code).toBe(0);
    expect(repo.scan(['scan', '--staged', '.env']).code).toBe(1);
  });
});
