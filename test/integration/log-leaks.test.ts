import { describe, expect, it } from 'vitest';
import { fakeKeys } from '../helpers/fake-keys.js';
import { makeRepo } from '../helpers/git-repo.js';

describe('log-leak warnings in the staged scan', () => {
  it('console.log(process.env) staged: a warning, shown, and exit 0', () => {
    const repo = makeRepo({ 'debug.js': 'const a = 1;\nconsole.log(process.env);\n' });
    repo.stage('debug.js');
    const r = repo.scan();
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('keyguard: 1 warning: code that prints secrets to logs (does not block the commit).');
    expect(r.stdout).toContain('debug.js:2:13  prints every environment variable');
    expect(r.stdout).toContain('(log-whole-env)');
    expect(r.stdout).not.toContain('--no-verify');
    const json = repo.scan(['scan', '--staged', '--format', 'json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).findings).toEqual([
      expect.objectContaining({
        kind: 'log-leak',
        rule: 'log-whole-env',
        severity: 'warning',
        file: 'debug.js',
        line: 2,
      }),
    ]);
    const sarif = JSON.parse(repo.scan(['scan', '--staged', '--format', 'sarif']).stdout);
    expect(sarif.runs[0].results[0]).toMatchObject({ ruleId: 'log-whole-env', level: 'warning' });
  });

  it('with "warnings": "block" in .keyguardrc.json, the same line blocks (exit 1)', () => {
    const repo = makeRepo({ '.keyguardrc.json': '{ "warnings": "block" }\n', 'debug.py': 'print(os.environ)\n' });
    repo.stage('.'); // the staged copy of the configuration is the one that applies
    const r = repo.scan();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('the commit is blocked ("warnings": "block")');
    expect(r.stdout).toContain('git commit --no-verify');
  });

  it('rejects any other value of "warnings"', () => {
    const repo = makeRepo({ '.keyguardrc.json': '{ "warnings": "error" }\n', 'a.py': 'x = 1\n' });
    repo.stage('.');
    const r = repo.scan();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.keyguardrc.json: "warnings" must be "warn" or "block"');
  });

  it('warnings come after the keys that block, and only added lines count', () => {
    const repo = makeRepo({ 'old.js': 'console.log(process.env);\n' });
    repo.stage('old.js');
    repo.commit();
    repo.write('old.js', 'console.log(process.env);\nconsole.log(apiKey);\n');
    repo.write('key.js', `export const k = "${fakeKeys.github('ll')}";\n`);
    repo.stage('old.js', 'key.js');
    const r = repo.scan();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('1 secret found in staged changes; the commit is blocked');
    expect(r.stdout).toContain('old.js:2:13  prints a value whose name says it is a secret');
    expect(r.stdout).not.toContain('old.js:1:');
    expect(r.stdout.indexOf('key.js:1:')).toBeLessThan(r.stdout.indexOf('1 warning'));
  });

  it('`keyguard scan PATH` reports them too', () => {
    const repo = makeRepo({ 'scripts/deploy.sh': 'set -x\nexport DEPLOY_TOKEN="$1"\n' });
    const r = repo.scan(['scan', 'scripts']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('scripts/deploy.sh:1:1  traces commands (set -x)');
  });
});
