import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runCli } from '../helpers/cli.js';
import { makeRepo, tempDir } from '../helpers/git-repo.js';

const ESCAPE =
  'The commit is blocked because keyguard could not check it. Fix the problem above, or bypass once with: git commit --no-verify';

/** A folder outside any repository (git looks no further up). */
function outside(): { dir: string; env: Record<string, string> } {
  const dir = tempDir();
  return { dir, env: { GIT_CEILING_DIRECTORIES: dir } };
}

describe('every command says what is wrong in one line and exits 2, never with a stack trace', () => {
  it.each([
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['scan', '--bogus'], "Unknown option '--bogus'"],
    [['scan', '--format', 'xml'], 'unknown format "xml" (use text, json or sarif)'],
    [['scan', '--format'], "Option '-f, --format <value>' argument missing"],
    [['scan', '--fix'], '--fix works with --staged'],
    [['init', '--bogus'], "Unknown option '--bogus'"],
    [['init', '--lint-staged', '--no-lint-staged'], 'choose one of --lint-staged and --no-lint-staged'],
    [['init', 'now'], "Unexpected argument 'now'"],
    [['rules', '--format', 'sarif'], '`keyguard rules` prints text or json, not sarif'],
    [['rules', 'aws'], "Unexpected argument 'aws'"],
    [['baseline', '--force'], "Option '--force <value>' argument missing"],
    [['baseline', 'src'], "Unexpected argument 'src'"],
  ])('usage: %j', (args, problem) => {
    const { dir, env } = outside();
    const r = runCli(args, dir, env);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`keyguard: ${problem}. Run \`keyguard --help\` for usage.\n`);
  });

  it('scan --staged outside a repository: the reason, then that the commit is blocked and how to bypass it', () => {
    const { dir, env } = outside();
    const r = runCli(['scan', '--staged'], dir, env);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'keyguard: cannot scan: not inside a git repository: `keyguard scan --staged` reads the git index ' +
        '(run it in a repository, or use `keyguard scan PATH`)\n' +
        `${ESCAPE}\n`,
    );
  });

  it('baseline outside a repository: "not a git repository", and no word of a blocked commit', () => {
    const { dir, env } = outside();
    const r = runCli(['baseline'], dir, env);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'keyguard baseline: not a git repository (or any parent folder): it records accepted findings at the ' +
        'repository root; cd into your repository and run it again\n',
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('init outside a repository', () => {
    const { dir, env } = outside();
    const r = runCli(['init'], dir, env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^keyguard init: not inside a git repository: [^\n]*\n$/);
    expect(readdirSync(dir)).toEqual([]);
  });

  const BROKEN = '.keyguardrc.json: "allowPaths" must be a list of non-empty strings';
  it.each([
    [['scan', '--staged'], `keyguard: cannot scan: ${BROKEN}\n${ESCAPE}\n`],
    [['scan', '.'], `keyguard: cannot scan: ${BROKEN}\n`],
    [['baseline'], `keyguard baseline: ${BROKEN}\n`],
  ])('a broken configuration: %j', (args, stderr) => {
    const repo = makeRepo({ '.keyguardrc.json': '{ "allowPaths": 3 }', 'a.txt': 'x\n' });
    repo.stage('.keyguardrc.json', 'a.txt');
    const r = repo.scan(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(stderr);
    expect(readdirSync(repo.dir).sort()).toEqual(['.git', '.keyguardrc.json', 'a.txt']);
  });
});

describe('one module graph', () => {
  it('the hook loads one file of code: what it does not run is in chunk files that only their import() loads', () => {
    const cli = readFileSync(join(PROJECT_ROOT, 'dist', 'cli.cjs'), 'utf8');
    const required = [...cli.matchAll(/require\(\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]!);
    // each chunk is required from inside a dynamic import's promise, never at the top level
    for (const chunk of required) {
      expect(chunk, chunk).toMatch(/^\.\/[a-z0-9-]+\.cjs$/);
      expect(readdirSync(join(PROJECT_ROOT, 'dist'))).toContain(chunk.slice(2));
    }
    expect(required).toContain('./commands-init.cjs');
    expect(required).not.toContain('./commands-scan-staged.cjs');
    // no rule family rides along in the hook's file (the hook builds rules from dist/catalog.bin)
    expect(cli).not.toMatch(/^\/\/ src\/rules\/(?!fake\.ts|shape\.ts|lazy\.ts)/m);
  });
});
