import { describe, expect, it } from 'vitest';
import { fakeKeys } from '../helpers/fake-keys.js';
import { makeRepo } from '../helpers/git-repo.js';

/**
 * A misspelt key would otherwise be ignored and silently weaken the guard (a rule meant to be disabled runs, or
 * worse, an allowlist meant for tests is read as nothing): every command that reads the configuration refuses it.
 */
describe('a typo in the configuration is an error that names the key and the one meant', () => {
  const key = () => `const t = "${fakeKeys.github('typo')}";\n`;

  it('.keyguardrc.json: the commit is blocked with exit 2, one line of reason, the escape, no stack', () => {
    const repo = makeRepo({ '.keyguardrc.json': '{ "disabledRules": ["github-token"] }\n', 'a.ts': key() });
    repo.stage('.'); // the staged copy of the configuration is the one that applies
    const r = repo.scan();
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(
      'keyguard: cannot scan: .keyguardrc.json: unknown key "disabledRules": did you mean "disableRules"? ' +
        '(known keys: allowPaths, disableRules, rules, secretFiles, ignoreSecretFiles, allowLargeFiles, blockLowConfidence, warnings)',
    );
    expect(r.stderr).toContain('git commit --no-verify');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('package.json "keyguard": the same, naming package.json', () => {
    const pkg = { name: 'x', keyguard: { allowPath: ['test/**'] } };
    const repo = makeRepo({ 'package.json': JSON.stringify(pkg, null, 2), 'a.ts': key() });
    repo.stage('.'); // the staged copy of the configuration is the one that applies
    const r = repo.scan();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('package.json "keyguard": unknown key "allowPath": did you mean "allowPaths"?');
  });

  it('a key inside a custom rule', () => {
    const rule = { id: 'acme-token', regex: 'acme_[0-9a-f]{32}', keyword: ['acme_'] };
    const repo = makeRepo({ '.keyguardrc.json': JSON.stringify({ rules: [rule] }), 'a.ts': 'x = 1\n' });
    repo.stage('.'); // the staged copy of the configuration is the one that applies
    const r = repo.scan();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      '.keyguardrc.json: "rules"[0] has an unknown key "keyword": did you mean "keywords"? (known keys: id, regex, ',
    );
  });

  it('a key close to none is still an error, listing the known keys', () => {
    const repo = makeRepo({ '.keyguardrc.json': '{ "verbose": true }', 'a.ts': 'x = 1\n' });
    repo.stage('.'); // the staged copy of the configuration is the one that applies
    const r = repo.scan();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.keyguardrc.json: unknown key "verbose" (known keys: allowPaths, ');
    expect(r.stderr).not.toContain('did you mean');
  });

  it('the path scan refuses it too', () => {
    const repo = makeRepo({ '.keyguardrc.json': '{ "disableRule": [] }', 'a.ts': 'x = 1\n' });
    const r = repo.scan(['scan', '.']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown key "disableRule": did you mean "disableRules"?');
  });
});
