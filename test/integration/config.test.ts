import { describe, expect, it } from 'vitest';
import { fakeKeys } from '../helpers/fake-keys.js';
import { makeRepo } from '../helpers/git-repo.js';

describe('configuration', () => {
  it('skips allowlisted paths (micromatch globs from .keyguardrc.json)', () => {
    const repo = makeRepo({
      '.keyguardrc.json': JSON.stringify({ allowPaths: ['test/fixtures/**'] }),
      'test/fixtures/keys.txt': `TOKEN=${fakeKeys.github('f')}\n`,
      'src/app.ts': `const t = "${fakeKeys.github('s')}";\n`,
    });
    repo.stage('.');
    const r = repo.scan(['scan', '--staged', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['src/app.ts']);
  });

  it('reads the "keyguard" key of package.json and disables rules by id', () => {
    const repo = makeRepo({
      'package.json': JSON.stringify({ name: 'x', keyguard: { disableRules: ['github-token'] } }, null, 2),
      'a.ts': `const t = "${fakeKeys.github()}";\n`,
    });
    repo.stage('.');
    expect(repo.scan().code).toBe(0);
  });

  it('runs custom rules from the configuration', () => {
    const token = `acme_${fakeKeys.hex(32, 'acme')}`;
    const repo = makeRepo({
      '.keyguardrc.json': JSON.stringify({
        rules: [{ id: 'acme-token', provider: 'Acme', regex: 'acme_[0-9a-f]{32}', keywords: ['acme_'] }],
      }),
      'deploy.sh': `curl -H "X-Acme: ${token}" https://api.acme.test\n`,
    });
    repo.stage('.');
    const r = repo.scan();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('acme-token');
    expect(r.output).not.toContain(token);
  });

  it('a token that fails its checksum is reported at low confidence and blocks only with blockLowConfidence', () => {
    const good = fakeKeys.github('lc');
    const bad = `${good.slice(0, -6)}${good.slice(-6).split('').reverse().join('')}`;
    const repo = makeRepo({ 'a.ts': `const t = "${bad}";\n` });
    repo.stage('a.ts');
    const r = repo.scan();
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('low-confidence');
    expect(r.stdout).toContain('nothing blocks');
    expect(r.stdout).not.toContain('--no-verify');
    repo.write('.keyguardrc.json', JSON.stringify({ blockLowConfidence: true }));
    repo.stage('.keyguardrc.json');
    expect(repo.scan().code).toBe(1);
  });

  it.each([
    ['{ "allowPaths": [', /\.keyguardrc\.json: is not valid JSON/],
    ['{ "allowPath": ["x"] }', /\.keyguardrc\.json: unknown key "allowPath"/],
    ['{ "disableRules": "github-token" }', /\.keyguardrc\.json: "disableRules" must be a list/],
    ['{ "rules": [{ "id": "x", "regex": "(", "keywords": ["x"] }] }', /"rules"\[0\]\.regex does not compile/],
  ])('refuses a malformed configuration (%s) with exit 2, naming the file and the problem', (text, message) => {
    const repo = makeRepo({ '.keyguardrc.json': text, 'a.txt': 'hello\n' });
    repo.stage('a.txt', '.keyguardrc.json');
    const r = repo.scan();
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('git commit --no-verify');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('in --staged mode applies the configuration the commit carries (the index), and says when the working tree differs', () => {
    const key = fakeKeys.github('cfg');
    const allowAll = JSON.stringify({ allowPaths: ['**'] });
    const repo = makeRepo({ 'a.ts': `const t = "${key}";\n`, '.keyguardrc.json': allowAll });
    repo.stage('a.ts');
    // an untracked configuration silences nothing
    const untracked = repo.scan();
    expect(untracked.code).toBe(1);
    expect(untracked.stdout).toContain('a.ts:1:');
    expect(untracked.stdout).toContain(
      '.keyguardrc.json is not staged, so this commit is checked without it (the hook reads what the commit carries). ' +
        'Stage it to use it: git add .keyguardrc.json',
    );
    // staged, it applies to this commit (and to everyone's next one)
    repo.stage('.keyguardrc.json');
    const staged = repo.scan();
    expect(staged.code).toBe(0);
    expect(staged.stdout).not.toContain('not staged');
    // committed, then relaxed further in the working tree only: the committed copy applies
    repo.write('.keyguardrc.json', JSON.stringify({ allowPaths: ['docs/**'] }));
    repo.stage('.keyguardrc.json');
    repo.commit();
    repo.write('.keyguardrc.json', allowAll);
    repo.write('b.ts', `const t = "${fakeKeys.github('cfg2')}";\n`);
    repo.stage('b.ts');
    const edited = repo.scan();
    expect(edited.code).toBe(1);
    expect(edited.stdout).toContain(
      '.keyguardrc.json has unstaged changes; this commit is checked with its staged copy',
    );
    // a path scan reads the working tree, which is what it scans
    expect(repo.scan(['scan', 'b.ts']).code).toBe(0);
  });

  it('in --staged mode reads the "keyguard" key of package.json from the index too', () => {
    const repo = makeRepo({ 'package.json': JSON.stringify({ name: 'x' }), 'a.ts': 'x\n' });
    repo.stage('package.json', 'a.ts');
    repo.commit();
    repo.write('package.json', JSON.stringify({ name: 'x', keyguard: { disableRules: ['github-token'] } }));
    repo.write('a.ts', `const t = "${fakeKeys.github('pkg')}";\n`);
    repo.stage('a.ts');
    expect(repo.scan().code).toBe(1);
    repo.stage('package.json');
    expect(repo.scan().code).toBe(0);
  });
});
