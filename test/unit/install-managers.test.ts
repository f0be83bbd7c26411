import { describe, expect, it } from 'vitest';
import { keyguardCommand } from '../../src/cli/invocation.js';
import { insertLines, lefthookBlock, planLefthook } from '../../src/install/lefthook.js';
import { findLintStaged } from '../../src/install/lint-staged.js';
import { isYarnBerry } from '../../src/install/package-manager.js';
import { tempDir } from '../helpers/git-repo.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const RUN = 'node_modules/.bin/keyguard scan --staged';

describe('lefthook.yml', () => {
  it('a file without pre-commit gets a block in its own indentation', () => {
    const text = 'pre-push:\n    commands:\n        test:\n            run: npm test\n';
    const plan = planLefthook({ file: 'lefthook.yml', text }, RUN);
    expect(insertLines(text, plan.lines, plan.after)).toBe(
      `${text}pre-commit:\n    commands:\n        keyguard:\n            run: '${RUN}'\n`,
    );
  });

  it('an existing pre-commit: commands gets keyguard first, CRLF kept', () => {
    const text = 'pre-commit:\r\n  parallel: true\r\n  commands:\r\n    lint:\r\n      run: eslint\r\n';
    const plan = planLefthook({ file: 'lefthook.yml', text }, RUN);
    expect(insertLines(text, plan.lines, plan.after)).toBe(
      `pre-commit:\r\n  parallel: true\r\n  commands:\r\n    keyguard:\r\n      run: '${RUN}'\r\n    lint:\r\n      run: eslint\r\n`,
    );
  });

  it("quotes the command for YAML (a ' doubled)", () => {
    expect(lefthookBlock("it's")[3]).toBe("      run: 'it''s'");
  });

  it.each([
    ['jobs instead of commands', 'pre-commit:\n  jobs:\n    - run: eslint\n'],
    ['an inline value', 'pre-commit: { commands: {} }\n'],
    ['commands with no entry', 'pre-commit:\n  commands:\n'],
  ])('refuses %s, with the lines to add', (_, text) => {
    expect(() => planLefthook({ file: 'lefthook.yml', text }, RUN)).toThrow(
      /lefthook\.yml cannot be edited safely .*nothing was changed\. Add these lines to it, then run init again:\n {2}pre-commit:\n/s,
    );
  });
});

describe('lint-staged YAML', () => {
  it.each([
    ['"*.md": prettier --check\n# note\n', 'yaml'],
    ['"*": prettier --check\n', 'manual'],
    ['---\n"*.md": x\n', 'manual'],
    ['- a list\n', 'manual'],
  ])('%j is %s', (text, kind) => {
    const dir = tempDir();
    writeFileSync(join(dir, '.lintstagedrc.yml'), text);
    expect(findLintStaged(dir, {})?.kind).toBe(kind);
  });
});

describe('Yarn 2+', () => {
  it('is told by .yarnrc.yml, a Berry lockfile or the packageManager field', () => {
    const dir = tempDir();
    expect(isYarnBerry(dir, dir, 'yarn@1.22.22')).toBe(false);
    expect(isYarnBerry(dir, dir, 'yarn@4.5.0')).toBe(true);
    writeFileSync(join(dir, 'yarn.lock'), '__metadata:\n  version: 8\n');
    expect(isYarnBerry(dir, dir)).toBe(true);
  });
});

describe('keyguard as the user types it', () => {
  const cwd = '/home/me/app/src';
  it.each([
    ['/home/me/app/node_modules/.bin/keyguard', {}, 'npx keyguard'],
    ['/home/me/app/node_modules/.pnpm/keyguard@1/node_modules/keyguard/bin/keyguard.cjs', {}, 'npx keyguard'],
    ['/home/me/.npm/_npx/1a2b/node_modules/.bin/keyguard', {}, 'npx keyguard'],
    ['/usr/local/bin/keyguard', {}, 'keyguard'],
    ['/usr/local/lib/node_modules/keyguard/bin/keyguard.cjs', {}, 'keyguard'],
    [
      '/home/me/app/node_modules/.bin/keyguard',
      { npm_config_user_agent: 'pnpm/10.3.0 npm/? node/v22' },
      'pnpm exec keyguard',
    ],
    ['/tmp/xfs-1/keyguard', { npm_config_user_agent: 'yarn/4.5.0 npm/? node/v22' }, 'yarn keyguard'],
    ['/home/me/app/node_modules/.bin/keyguard', { npm_config_user_agent: 'bun/1.2.0' }, 'bunx keyguard'],
  ])('%s → %s', (invokedAs, env, expected) => {
    expect(keyguardCommand(invokedAs, cwd, env)).toBe(expected);
  });
});
