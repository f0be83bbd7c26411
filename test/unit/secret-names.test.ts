import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type Config } from '../../src/config/types.js';
import { ignoreEntries } from '../../src/git/ignore-entry.js';
import { secretNameTest } from '../../src/detect/file-matcher.js';

const config = (extra: Partial<Config> = {}): Config => ({ ...DEFAULT_CONFIG, ...extra });

describe('secret-bearing file names', () => {
  it('matches the defaults in any folder, case-insensitively, and their backups', async () => {
    const test = await secretNameTest(config());
    const secret = [
      '.env',
      'apps/web/.env',
      '.env.local',
      '.env.production',
      '.ENV',
      'config.local.py',
      'src/config.local.js',
      'appsettings.local.json',
      'server.pem',
      'certs/tls.key',
      'id_rsa',
      '.ssh/id_ed25519',
      'credentials.json',
      'gcp-service-account.json',
      'client_secret_123.apps.json',
      '.env.bak',
      'config.local.py.bak',
      'id_rsa.bak',
      'credentials.json~',
    ];
    const plain = [
      '.env.example',
      '.env.sample',
      '.env.template',
      '.env.dist',
      '.env.example.bak',
      'config.local.example.py',
      'environment.ts',
      'src/env.ts',
      'id_rsa.pub',
      'package.json',
      'config.py',
      'key.txt',
      'README.md',
      'backup.bak',
    ];
    for (const p of secret) expect(test(p), p).toBe(true);
    for (const p of plain) expect(test(p), p).toBe(false);
  });

  it('adds configured globs and drops defaults by name', async () => {
    const test = await secretNameTest(
      config({ secretFiles: ['*.tfvars', 'secrets/**'], ignoreSecretFiles: ['*.pem'] }),
    );
    expect(test('prod.tfvars')).toBe(true);
    expect(test('secrets/deep/a.yml')).toBe(true);
    expect(test('other/a.yml')).toBe(false);
    expect(test('ca.pem')).toBe(false);
    expect(test('.env')).toBe(true);
  });

  it('refuses to drop a pattern that is not a default', async () => {
    await expect(secretNameTest(config({ ignoreSecretFiles: ['*.pm'], source: '.keyguardrc.json' }))).rejects.toThrow(
      /\.keyguardrc\.json: "ignoreSecretFiles" lists "\*\.pm"/,
    );
  });

  it('derives .gitignore entries: .env pair with templates kept, exact names elsewhere', () => {
    expect(ignoreEntries('.env')).toEqual(['.env']);
    expect(ignoreEntries('apps/.env.local')).toEqual([
      '.env.*',
      '!.env.example',
      '!.env.sample',
      '!.env.template',
      '!.env.dist',
    ]);
    expect(ignoreEntries('config.local.py')).toEqual(['config.local.py']);
    expect(ignoreEntries('certs/tls.key')).toEqual(['certs/tls.key']);
    expect(ignoreEntries('#odd[1].pem')).toEqual(['\\#odd\\[1].pem']);
  });
});
