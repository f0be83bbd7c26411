import { describe, expect, it } from 'vitest';
import { fakeKeys } from '../helpers/fake-keys.js';
import { makeRepo } from '../helpers/git-repo.js';

const lockfile = (token: string, resolved: string) =>
  `${JSON.stringify(
    {
      name: 'demo',
      lockfileVersion: 3,
      packages: {
        'node_modules/left-pad': { version: '1.3.0', resolved, integrity: 'sha512-abc', token },
      },
    },
    null,
    2,
  )}\n`;

describe('lockfiles', () => {
  it('beside its manifest, a lockfile is scanned only for credentials in URLs', () => {
    const inUrl = fakeKeys.github('lock-url');
    const repo = makeRepo({
      'package.json': '{ "name": "demo" }\n',
      'package-lock.json': lockfile(fakeKeys.github('lock-field'), 'https://registry.npmjs.org/left-pad.tgz'),
    });
    repo.stage('.');
    expect(repo.scan().code).toBe(0);
    expect(repo.scan(['scan', '.']).code).toBe(0);

    repo.write('package-lock.json', lockfile('x', `https://ci:${inUrl}@npm.example.com/left-pad.tgz`));
    repo.stage('package-lock.json');
    for (const args of [
      ['scan', '--staged'],
      ['scan', '.'],
    ]) {
      const r = repo.scan(args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stdout).toContain('package-lock.json:7:');
      expect(r.output).not.toContain(inUrl);
    }
  });

  it('elsewhere, a file with a lockfile name is an ordinary file (deploy/go.sum with no go.mod)', () => {
    const key = fakeKeys.stripe('go-sum');
    const repo = makeRepo({
      'go.mod': 'module example.com/demo\n',
      'go.sum': `example.com/x v1.0.0 h1:${fakeKeys.hex(44, 'gs')}=\n`,
      'deploy/go.sum': `STRIPE_KEY=${key}\n`,
    });
    repo.stage('.');
    for (const args of [
      ['scan', '--staged'],
      ['scan', '.'],
    ]) {
      const r = repo.scan(args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stdout).toContain('deploy/go.sum:1:');
      expect(r.stdout).not.toMatch(/^ {2}go\.sum/m);
    }
  });
});
