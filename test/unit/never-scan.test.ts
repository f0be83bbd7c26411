import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanScope } from '../../src/sources/never-scan.js';
import { tempDir } from '../helpers/git-repo.js';

/** A folder holding `files` (empty), and the scope of `path` inside it. */
function scopeIn(files: string[], path: string) {
  const dir = tempDir();
  for (const f of files) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), '');
  }
  return scanScope(path, join(dir, path));
}

describe('which files are scanned, and how much of them', () => {
  it.each([
    [['package.json'], 'package-lock.json'],
    [['web/package.json'], 'web/yarn.lock'],
    [['package.json'], 'pnpm-lock.yaml'],
    [['go.mod'], 'go.sum'],
    [['Cargo.toml'], 'Cargo.lock'],
    [['pyproject.toml'], 'poetry.lock'],
    [['Gemfile'], 'Gemfile.lock'],
    [['app/App.csproj'], 'app/packages.lock.json'],
    [['infra/main.tf'], 'infra/.terraform.lock.hcl'],
    [[], 'App.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/Package.resolved'],
  ])('beside %j, %s is a lockfile: only its URL lines are scanned', (files, path) => {
    expect(scopeIn(files, path)).toBe('url-lines');
  });

  it.each([
    [[], 'deploy/go.sum'],
    [['go.mod'], 'deploy/go.sum'],
    [['package.json'], 'config/package-lock.json'],
    [[], 'Cargo.lock'],
    [['infra/README.md'], 'infra/.terraform.lock.hcl'],
  ])('with only %j, %s is an ordinary file, scanned whole', (files, path) => {
    expect(scopeIn(files, path)).toBe('all');
  });

  it.each(['package.json', 'src/yarn.lock.js', 'lock', 'Cargo.toml', '.env', 'sub/.keyguard-baseline.json'])(
    'scans %s whole',
    (path) => expect(scopeIn(['package.json', 'Cargo.toml'], path)).toBe('all'),
  );

  it('never scans the baseline at the root', () => {
    expect(scopeIn([], '.keyguard-baseline.json')).toBe('none');
  });
});
