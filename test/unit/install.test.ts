import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/git-repo.js';
import { huskyLayout } from '../../src/install/husky-hook.js';
import { appendLines, inPackage, removeLines } from '../../src/install/hook-lines.js';
import { withKeyguardTask, manualEntry } from '../../src/install/lint-staged.js';
import { preparedScript } from '../../src/install/package-json.js';
import { setAt, deleteAt } from '../../src/install/json-path.js';
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
    expect(addDevCommand('pnpm', ['husky'])).toEqual(['pnpm', 'add', '-D', 'husky']);
    expect(addDevCommand('yarn', ['husky'])).toEqual(['yarn', 'add', '-D', 'husky']);
    expect(addDevCommand('bun', ['husky'])).toEqual(['bun', 'add', '-D', 'husky']);
    expect(removeCommand('yarn', ['husky'])).toEqual(['yarn', 'remove', 'husky']);
  });
});

describe('package.json edits', () => {
  it('adds husky to the install script once', () => {
    expect(preparedScript({}, 'prepare', 'husky || true')).toBe('husky || true');
    expect(preparedScript({ scripts: { prepare: 'tsc' } }, 'prepare', 'husky || true')).toBe('tsc && husky || true');
    expect(preparedScript({ scripts: { prepare: 'tsc && husky' } }, 'prepare', 'husky')).toBeNull();
    expect(preparedScript({ scripts: { prepare: 'husky-ish' } }, 'prepare', 'husky')).toBe('husky-ish && husky');
    expect(preparedScript({ scripts: { prepare: 'husky' } }, 'postinstall', 'husky')).toBe('husky');
  });

  it('keeps the key order', () => {
    const data = setAt({ name: 'a', scripts: { test: 't', build: 'b' }, license: 'MIT' }, ['scripts', 'prepare'], 'h');
    expect(JSON.stringify(data)).toBe('{"name":"a","scripts":{"test":"t","build":"b","prepare":"h"},"license":"MIT"}');
    expect(deleteAt({ a: 1, scripts: { prepare: 'h' } }, ['scripts', 'prepare'], true)).toEqual({ a: 1 });
    expect(deleteAt({ a: 1, scripts: { prepare: 'h', t: 't' } }, ['scripts', 'prepare'], true)).toEqual({
      a: 1,
      scripts: { t: 't' },
    });
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
  it('at the root and in a subfolder, for husky 9 and 8', () => {
    const atRoot = huskyLayout('/r', '/r', 9);
    expect([atRoot.huskyDir, atRoot.setup, atRoot.hooksPath]).toEqual(['.husky', 'husky || true', '.husky/_']);
    const nested = huskyLayout('/r', '/r/apps/web', 9);
    expect(nested.huskyDir).toBe('apps/web/.husky');
    expect(nested.setup).toBe('cd ../.. && husky apps/web/.husky || true');
    expect(inPackage('apps/web', 'x')).toBe('(cd "$(git rev-parse --show-toplevel)"/apps/web && x)');
    const eight = huskyLayout('/r', '/r', 8);
    expect([eight.setup, eight.hooksPath]).toEqual(['husky install || true', '.husky']);
  });

  it('quotes a folder for the shell it lands in', () => {
    expect(huskyLayout('/r', '/r/my app', 9).setup).toBe("cd .. && husky 'my app/.husky' || true");
    expect(huskyLayout('/r', "/r/x$(touch p)'`", 9).setup).toBe(`cd .. && husky 'x$(touch p)'\\''\`/.husky' || true`);
    expect(inPackage('a b', 'x')).toBe(`(cd "$(git rev-parse --show-toplevel)"/'a b' && x)`);
  });
});

describe('hook lines', () => {
  it('appends and removes exactly its own lines, keeping CRLF', () => {
    const text = appendLines('npm test\r\n', ['a', 'b']);
    expect(text).toBe('npm test\r\na\r\nb\r\n');
    expect(removeLines(`${text}echo later\r\n`, ['a', 'b'])).toBe('npm test\r\necho later\r\n');
    expect(removeLines('a\nc\nb\n', ['a', 'b'])).toBeNull();
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
