import { describe, expect, it } from 'vitest';
import { ALNUM, B64, fake, join } from '../../src/rules/fake.js';
import { makeRepo } from '../helpers/git-repo.js';

interface JsonFinding {
  kind: string;
  rule: string;
  file: string;
  fix?: string;
}

const json = (stdout: string) => JSON.parse(stdout).findings as JsonFinding[];
const body = (seed: string) => (fake(B64, 256, seed).match(/.{1,64}/g) ?? []).join('\n');
const pem = (label: string, seed: string) =>
  join('-----BEGIN ', label, `-----\n${body(seed)}\n-----END `, label, '-----\n');
const filesIn = (findings: JsonFinding[]) =>
  findings
    .filter((f) => f.kind === 'file')
    .map((f) => f.file)
    .sort();

describe('secret-bearing files judged by what they hold', () => {
  it('a certificate, a public key, a CA bundle, an SSH public key and a Keynote .key pass; private keys block', () => {
    const repo = makeRepo({
      'certs/ca.pem': pem('CERTIFICATE', 'ca'),
      'certs/public.pem': pem('PUBLIC KEY', 'pub'),
      'certs/bundle.pem': `subject=CN = example\n${pem('CERTIFICATE', 'b1')}\n${pem('CERTIFICATE', 'b2')}`,
      'deploy.key': `ssh-ed25519 AAAA${fake(B64, 68, 'ssh')} deploy@example\n`,
      'server.key': pem(join('PRIVATE', ' KEY'), 'priv'),
      'both.pem': pem('CERTIFICATE', 'c') + pem(join('RSA PRIVATE', ' KEY'), 'rsa'),
      'unknown.pem': 'not a certificate\n',
    });
    repo.write('slides.key', Buffer.concat([Buffer.from('PK\x03\x04\x14\x00', 'latin1'), Buffer.alloc(64, 1)]));
    repo.write('store.p12', Buffer.concat([Buffer.from([0x30, 0x82, 0x0a, 0x00]), Buffer.alloc(64)]));
    repo.git('add', '-A');
    const r = repo.scan(['scan', '--staged', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(filesIn(json(r.stdout))).toEqual(['both.pem', 'server.key', 'store.p12', 'unknown.pem']);
  });

  it('a committed certificate that changes is judged by its whole staged content', () => {
    const repo = makeRepo({ 'ca.pem': pem('CERTIFICATE', 'v1') });
    repo.stage('ca.pem');
    repo.commit();
    repo.write('ca.pem', pem('CERTIFICATE', 'v2'));
    repo.stage('ca.pem');
    expect(repo.scan().code).toBe(0);
  });

  it('.env.development, .env.test, .env.vault and templates pass with defaults and placeholders', () => {
    const repo = makeRepo({
      '.env.development':
        'NEXT_PUBLIC_API_URL=http://localhost:3000\nDB_PASSWORD=postgres\nDATABASE_URL=postgres://app:app@localhost/app\n',
      '.env.test': 'API_KEY=test\nSESSION_SECRET=\n',
      '.env.vault': `DOTENV_VAULT_DEVELOPMENT="${fake(B64, 120, 'vault')}"\n`,
      '.env.example': 'OPENAI_API_KEY=\nSTRIPE_SECRET_KEY=your-stripe-key-here\n',
      'config/credentials.example.json': '{ "client_secret": "<your client secret>" }\n',
    });
    repo.git('add', '-A');
    const r = repo.scan();
    expect(r.stdout).toBe('keyguard: no secrets found (5 files scanned).\n');
    expect(r.code).toBe(0);
  });

  it('they block when they hold a real-looking secret value, and say where and what to do', () => {
    const secret = fake(ALNUM, 40, 'session');
    const repo = makeRepo({
      '.env.test': `PORT=3000\nSESSION_SECRET=${secret}\n`,
      '.env.example': `JWT_SECRET="${fake(ALNUM, 32, 'jwt')}"\n`,
    });
    repo.git('add', '-A');
    const r = repo.scan(['scan', '--staged', '--format', 'json']);
    expect(r.code).toBe(1);
    const findings = json(r.stdout).filter((f) => f.kind === 'file');
    expect(findings).toEqual([
      {
        kind: 'file',
        rule: 'secret-values-in-committed-file',
        file: '.env.example',
        fix: 'line 1 gives JWT_SECRET a real-looking value: put a placeholder there (JWT_SECRET=) and keep the real value in .env, which .gitignore covers',
      },
      {
        kind: 'file',
        rule: 'secret-values-in-committed-file',
        file: '.env.test',
        fix: 'line 2 gives SESSION_SECRET a real-looking value: put a placeholder there (SESSION_SECRET=) and keep the real value in .env.test.local, which .gitignore covers',
      },
    ]);
    expect(r.output).not.toContain(secret);
    const fix = repo.scan(['scan', '--staged', '--fix']);
    expect(fix.code).toBe(1);
    expect(repo.git('diff', '--cached', '--name-only')).toBe('.env.example\n.env.test\n');
  });

  it('the block message says how to allow one path, and allowPaths does', () => {
    const repo = makeRepo({ 'fixtures/test.pem': pem(join('EC PRIVATE', ' KEY'), 'fx') });
    repo.stage('fixtures/test.pem');
    const r = repo.scan();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'Meant to be committed (a fixture, a public certificate)? Allow that path in .keyguardrc.json: { "allowPaths": ["fixtures/test.pem"] }, then: git add .keyguardrc.json',
    );
    repo.write('.keyguardrc.json', '{ "allowPaths": ["fixtures/test.pem"] }\n');
    repo.stage('.keyguardrc.json'); // the staged copy of the configuration is the one that applies
    expect(repo.scan().code).toBe(0);
  });
});

describe('keyguard scan PATH reports secret-bearing files', () => {
  it('tracked ones and untracked ones .gitignore does not cover; not ignored ones or certificates', () => {
    const repo = makeRepo({ '.env': 'A=1\n', 'ca.pem': pem('CERTIFICATE', 'p') });
    repo.stage('.env', 'ca.pem');
    repo.commit();
    repo.write('.gitignore', 'secrets/\n');
    repo.write('config.local.py', 'DEBUG = True\n');
    repo.write('secrets/id_rsa', 'x\n');
    const r = repo.scan(['scan', '.', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(json(r.stdout).sort((a, b) => a.file.localeCompare(b.file))).toEqual([
      {
        kind: 'file',
        rule: 'tracked-secret-file',
        file: '.env',
        fix: "its keys are already in the history: rotate them; then stop tracking it: git rm --cached .env and add '.env' to .gitignore",
        tracked: true,
      },
      {
        kind: 'file',
        rule: 'unignored-secret-file',
        file: 'config.local.py',
        fix: "add 'config.local.py' to .gitignore, so that `git add .` never commits it",
      },
    ]);
    const text = repo.scan(['scan', '.']);
    expect(text.stdout).toContain('keyguard: 2 secret-bearing files found: tracked ones are in the history already');
    expect(text.stdout).not.toContain('--staged --fix');
  });
});
