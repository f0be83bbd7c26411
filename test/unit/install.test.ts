import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/git-repo.js';
import { huskyLayout } from '../../src/install/husky-hook.js';
import { withKeyguardTask, manualEntry } from '../../src/install/lint-staged.js';
import { preparedScript, withPrepare } from '../../src/install/package-json.js';
import { addDevCommand, detectPackageManager, removeCommand } from '../../src/install/package-manager.js';
import { keyguardPackage } from '../../src/install/package-root.js';
import { quote } from '../../src/install/shell-quote.js';
import { appendLine, formatJson, styleOf } from '../../src/fs/text-style.js';

describe('package manager', () => {
  it.each([
    ['package-lock.json', 'npm'],
    ['pnpm-lock.yaml', 'pnpm'],
    ['yarn.lock', 'yarn'],
    ['bun.lock', 'bun'],
    ['bun.lockb', 'bun'],
  ])('%s means %s', (lockfile, pm) => {
    const dir = tempDir();
    writeFileSync(join(dir, lockfile), '');
    expect(detectPackageManager(dir, dir)).toBe(pm);
  });

  it('finds a workspace lockfile above the package, else reads "packageManager", else npm', () => {
    const root = tempDir();
    const pkg = join(root, 'apps');
    writeFileSync(join(root, 'pnpm-lock.yaml'), '');
    expect(detectPackageManager(pkg, root)).toBe('pnpm');
    const bare = tempDir();
    expect(detectPackageManager(bare, bare, 'yarn@4.1.0')).toBe('yarn');
    expect(detectPackageManager(bare, bare)).toBe('npm');
  });

  it('builds add and remove commands', () => {
    expect(addDevCommand('npm', ['husky'])).toEqual(['npm', 'install', '--save-dev', 'husky']);
    expect(addDevCommand('pnpm', ['husky'])).toEqual(['pnpm', 'add', '--dev', 'husky']);
    expect(addDevCommand('bun', ['husky'])).toEqual(['bun', 'add', '--dev', 'husky']);
    expect(removeCommand('yarn', ['husky'])).toEqual(['yarn', 'remove', 'husky']);
  });
});

describe('package.json edits', () => {
  it('adds husky to the prepare script once', () => {
    expect(preparedScript({}, 'husky')).toBe('husky');
    expect(preparedScript({ scripts: { prepare: 'tsc' } }, 'husky')).toBe('tsc && husky');
    expect(preparedScript({ scripts: { prepare: 'tsc && husky' } }, 'husky')).toBeNull();
    expect(preparedScript({ scripts: { prepare: 'husky-ish' } }, 'husky')).toBe('husky-ish && husky');
  });

  it('keeps the key order', () => {
    const data = withPrepare({ name: 'a', scripts: { test: 't', build: 'b' }, license: 'MIT' }, 'husky');
    expect(JSON.stringify(data)).toBe(
      '{"name":"a","scripts":{"test":"t","build":"b","prepare":"husky"},"license":"MIT"}',
    );
  });

  it('writes JSON back in the style it was read', () => {
    const text = '\uFEFF{\r\n\t"a": 1\r\n}';
    expect(formatJson({ a: 1, b: 2 }, styleOf(text))).toBe('\uFEFF{\r\n\t"a": 1,\r\n\t"b": 2\r\n}');
    expect(formatJson({ a: 1 }, styleOf('{\n    "a": 0\n}\n'))).toBe('{\n    "a": 1\n}\n');
  });

  it('appends a line, keeping line endings and adding a missing final newline', () => {
    expect(appendLine('', 'x')).toBe('x\n');
    expect(appendLine('a', 'x')).toBe('a\nx\n');
    expect(appendLine('a\r\n', 'x')).toBe('a\r\nx\r\n');
  });
});

describe('lint-staged task', () => {
  it('adds keyguard for every file, merging into an existing "*" task', () => {
    expect(withKeyguardTask({ '*.js': 'eslint' })).toEqual({ '*.js': 'eslint', '*': 'keyguard scan --staged' });
    expect(withKeyguardTask({ '*': 'prettier -w' })).toEqual({ '*': ['prettier -w', 'keyguard scan --staged'] });
    expect(withKeyguardTask({ '*': ['a', 'b'] })).toEqual({ '*': ['a', 'b', 'keyguard scan --staged'] });
    expect(withKeyguardTask({ '*.py': ['keyguard scan --staged'] })).toBeNull();
  });

  it('prints an entry in the syntax of the config file', () => {
    expect(manualEntry('lint-staged.config.mjs')).toBe("'*': 'keyguard scan --staged',");
    expect(manualEntry('.lintstagedrc.yaml')).toBe('"*": keyguard scan --staged');
  });
});

describe('husky layout', () => {
  it('at the root and in a subfolder', () => {
    const atRoot = huskyLayout('/r', '/r');
    expect([atRoot.huskyDir, atRoot.prepare, atRoot.line('x')]).toEqual(['.husky', 'husky', 'x']);
    const nested = huskyLayout('/r', '/r/apps/web');
    expect(nested.huskyDir).toBe('apps/web/.husky');
    expect(nested.prepare).toBe('cd ../.. && husky apps/web/.husky');
    expect(nested.line('x')).toBe('(cd "$(git rev-parse --show-toplevel)/apps/web" && x)');
  });
});

describe('helpers', () => {
  it('quotes shell words only when needed', () => {
    expect(quote('.husky/pre-commit')).toBe('.husky/pre-commit');
    expect(quote('scripts.prepare=tsc && husky')).toBe("'scripts.prepare=tsc && husky'");
    expect(quote("it's")).toBe("'it'\\''s'");
  });

  it("finds keyguard's own package from source too", () => {
    const { root, version } = keyguardPackage();
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    expect(existsSync(join(root, 'hooks', 'pre-commit'))).toBe(true);
  });
});
