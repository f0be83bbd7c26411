import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake-keys.js';
import { makeRepo, tempDir } from '../helpers/git-repo.js';

const BASELINE = '.keyguard-baseline.json';

function accepted(dir: string): { fingerprint: string; rule: string; file: string; secret: string }[] {
  return JSON.parse(readFileSync(join(dir, BASELINE), 'utf8')).findings;
}

describe('keyguard baseline', () => {
  it('records accepted findings by fingerprint, never the secret, and the scans skip them', () => {
    const key = fakeKeys.github('bl1');
    const repo = makeRepo({ 'src/old.js': `const token = "${key}";\n` });
    repo.stage('src/old.js');
    repo.commit();
    expect(repo.scan(['scan', '.']).code).toBe(1);

    const b = repo.scan(['baseline']);
    expect(b.code).toBe(0);
    expect(b.stdout).toContain('1 finding (1 new)');
    const text = readFileSync(join(repo.dir, BASELINE), 'utf8');
    expect(text).not.toContain(key);
    expect(text).not.toContain(key.slice(6, 30));
    expect(accepted(repo.dir)).toEqual([
      expect.objectContaining({
        rule: 'github-token',
        file: 'src/old.js',
        fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
      }),
    ]);

    const scan = repo.scan(['scan', '.']);
    expect(scan.code).toBe(0);
    expect(scan.stdout).toContain('1 accepted finding skipped');

    // moved to another file and line, in a squashed history: still accepted
    repo.git('rm', '-q', 'src/old.js');
    repo.write('lib/new.js', `// moved\n\nexport const token = "${key}";\n`);
    repo.stage('lib/new.js', BASELINE);
    const staged = repo.scan();
    expect(staged.code).toBe(0);
    expect(staged.stdout).toContain('1 accepted finding skipped');

    // another secret still blocks
    repo.write('lib/other.js', `const token = "${fakeKeys.github('bl2')}";\n`);
    repo.stage('lib/other.js');
    const blocked = repo.scan();
    expect(blocked.code).toBe(1);
    expect(blocked.stdout).toContain('lib/other.js:1:');
    expect(blocked.stdout).not.toContain('lib/new.js');
  });

  it('is deterministic and merges with the entries already accepted', () => {
    const repo = makeRepo({
      'b.py': `KEY = "${fakeKeys.stripe('bl3')}"\n`,
      'a.py': `KEY = "${fakeKeys.anthropic('bl4')}"\n`,
    });
    expect(repo.scan(['baseline']).code).toBe(0);
    const first = readFileSync(join(repo.dir, BASELINE), 'utf8');
    expect(accepted(repo.dir).map((e) => e.file)).toEqual(['a.py', 'b.py']);
    const again = repo.scan(['baseline']);
    expect(again.stdout).toContain('2 findings (0 new)');
    expect(readFileSync(join(repo.dir, BASELINE), 'utf8')).toBe(first);

    // a removed secret stays accepted; a new one is added
    repo.write('a.py', 'KEY = os.environ["KEY"]\n');
    repo.write('c.py', `KEY = "${fakeKeys.google('bl5')}"\n`);
    const merged = repo.scan(['baseline']);
    expect(merged.stdout).toContain('3 findings (1 new)');
    expect(accepted(repo.dir).map((e) => e.file)).toEqual(['a.py', 'b.py', 'c.py']);
  });

  it('fails closed, naming the file, when the baseline is malformed', () => {
    const repo = makeRepo({ 'app.js': `const token = "${fakeKeys.github('bl6')}";\n` });
    repo.stage('app.js');
    for (const broken of ['{ not json', '{"version": 1, "findings": [{"fingerprint": "abc"}]}', '[]']) {
      writeFileSync(join(repo.dir, BASELINE), broken);
      for (const args of [['scan', '--staged'], ['scan', '.'], ['baseline']]) {
        const r = repo.scan(args);
        expect(r.code, `${args.join(' ')} with ${broken}`).toBe(2);
        expect(r.stderr).toContain(BASELINE);
      }
    }
    expect(readFileSync(join(repo.dir, BASELINE), 'utf8')).toBe('[]');
  });

  it('needs a repository', () => {
    const r = runCli(['baseline'], tempDir());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('keyguard baseline: not a git repository');
  });
});

describe('keyguard rules', () => {
  it('lists every rule with what it matches and where to revoke it, as text and json', async () => {
    const { builtinRules } = await import('../../src/rules/index.js');
    const dir = tempDir();
    const text = runCli(['rules'], dir);
    expect(text.code).toBe(0);
    for (const rule of builtinRules) {
      expect(text.stdout).toContain(rule.id);
      expect(text.stdout).toContain(`revoke: ${rule.remediation}`);
    }
    const json = runCli(['rules', '--format', 'json'], dir);
    expect(json.code).toBe(0);
    const listed = JSON.parse(json.stdout).rules;
    expect(listed.map((r: { id: string }) => r.id)).toEqual(builtinRules.map((r) => r.id));
    expect(listed[0]).toEqual(
      expect.objectContaining({
        provider: expect.any(String),
        matches: expect.any(String),
        revoke: expect.any(String),
      }),
    );
    expect(runCli(['rules', '--format', 'sarif'], dir).code).toBe(2);
  });
});
