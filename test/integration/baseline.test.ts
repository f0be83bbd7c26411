import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALNUM, fake } from '../../src/rules/fake.js';
import { builtinRules } from '../../src/rules/index.js';
import { runCli } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake-keys.js';
import { makeRepo, tempDir } from '../helpers/git-repo.js';

const BASELINE = '.keyguard-baseline.json';

interface Entry {
  fingerprint: string;
  rule: string;
  file: string;
  secret: string;
}

function baseline(dir: string): { version: number; salt: string; findings: Entry[] } {
  return JSON.parse(readFileSync(join(dir, BASELINE), 'utf8'));
}

/** A value only its name makes a secret (the generic rule): not evidence on its own. */
const password = (seed: string) => fake(ALNUM, 24, `bl-pw-${seed}`);

describe('keyguard baseline', () => {
  it('accepts committed findings by keyed fingerprint, lists them, and the scans skip them wherever they move', () => {
    const pw = password('1');
    const repo = makeRepo({ 'src/old.py': `api_key = "${pw}"\n` });
    repo.stage('src/old.py');
    repo.commit();
    const before = repo.scan(['scan', '.', '--format', 'json']);
    expect(before.code).toBe(1);
    const shown = JSON.parse(before.stdout).findings[0].fingerprint;

    const b = repo.scan(['baseline']);
    expect(b.code).toBe(0);
    expect(b.stdout).toContain('scanned the committed content (HEAD, 1 file)');
    expect(b.stdout).toMatch(/accepted {2}src\/old\.py:1 {2}generic-secret-assignment {2}\S+…/);
    expect(b.stdout).toContain('now accepts 1 finding (1 new)');
    expect(b.stdout).toContain('Secret-bearing files (.env, *.pem …) are never accepted');
    const text = readFileSync(join(repo.dir, BASELINE), 'utf8');
    expect(text).not.toContain(pw);
    expect(text).not.toContain(pw.slice(2, 8));
    const file = baseline(repo.dir);
    expect(file.version).toBe(2);
    expect(file.salt).toMatch(/^[0-9a-f]{64}$/);
    // keyed: the plain sha256 of rule and secret (guessable for a weak secret) is not what is stored
    const plain = createHash('sha256').update(`generic-secret-assignment\0${pw}`).digest('hex');
    expect(file.findings).toEqual([
      {
        rule: 'generic-secret-assignment',
        file: 'src/old.py',
        fingerprint: expect.any(String),
        secret: expect.any(String),
      },
    ]);
    expect(file.findings[0]!.fingerprint).not.toBe(plain);
    // the salt this clone used before there was a baseline moved into it: fingerprints shown earlier still match
    expect(file.findings[0]!.fingerprint).toBe(shown);

    const scan = repo.scan(['scan', '.']);
    expect(scan.code).toBe(0);
    expect(scan.stdout).toContain('1 accepted finding skipped');

    // moved to another file and line, with the baseline committed along: still accepted
    repo.git('rm', '-q', '--cached', 'src/old.py');
    repo.write('lib/new.py', `# moved\n\nAPI_KEY = "${pw}"\n`);
    repo.stage('lib/new.py', BASELINE);
    const staged = repo.scan();
    expect(staged.code).toBe(0);
    expect(staged.stdout).toContain('1 accepted finding skipped');

    // another secret still blocks
    repo.write('lib/other.py', `api_key = "${password('2')}"\n`);
    repo.stage('lib/other.py');
    const blocked = repo.scan();
    expect(blocked.code).toBe(1);
    expect(blocked.stdout).toContain('lib/other.py:1:');
    expect(blocked.stdout).not.toContain('lib/new.py');
    expect(blocked.stdout).toContain('npx keyguard baseline');
  });

  it('cannot swallow a staged leak: only committed content is accepted, and provider keys need --force', () => {
    // the case of the issue: a mock JWT in a test and a real-looking OpenAI key, both staged
    const jwtExample = builtinRules.find((r) => r.id === 'jwt')!.examples().match[0]!;
    const openai = fakeKeys.openaiProject('bl-leak');
    const repo = makeRepo({ 'test/auth.test.js': `${jwtExample}\n`, 'api.js': `const key = "${openai}";\n` });
    repo.stage('test/auth.test.js', 'api.js');
    const b = repo.scan(['baseline']);
    expect(b.code).toBe(0);
    expect(b.stdout).toContain('now accepts 0 findings (0 new)');
    expect(b.stdout).toContain('Only committed content (HEAD) is considered');
    repo.stage(BASELINE);
    const commit = repo.scan();
    expect(commit.code).toBe(1);
    expect(commit.stdout).toContain('api.js:1:');
    expect(commit.stdout).toContain('test/auth.test.js:1:');

    // committed anyway (--no-verify): the provider key is refused, listed with how to force it
    repo.commit('leak');
    const refused = repo.scan(['baseline']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(
      /refused {3}api\.js:1 {2}openai-project-key {2}sk-p…\S* {2}\(fingerprint [0-9a-f]{64}\)/,
    );
    expect(refused.stdout).toContain('npx keyguard baseline --force openai-project-key');
    expect(refused.output).not.toContain(openai);
    expect(baseline(repo.dir).findings.map((f) => f.rule)).not.toContain('openai-project-key');

    // --force names it: by rule, or by the fingerprint the refusal printed
    const fp = /fingerprint ([0-9a-f]{64})/.exec(refused.stdout)![1]!;
    const unknown = repo.scan(['baseline', '--force', 'no-such-rule']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--force no-such-rule names no finding');
    const forced = repo.scan(['baseline', '--force', fp]);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/accepted {2}api\.js:1 {2}openai-project-key/);
    expect(baseline(repo.dir).findings.map((f) => f.fingerprint)).toContain(fp);
  });

  it('is deterministic and merges with the entries already accepted', () => {
    const repo = makeRepo({ 'b.py': `api_key = "${password('3')}"\n`, 'a.py': `secret = "${password('4')}"\n` });
    repo.stage('a.py', 'b.py');
    repo.commit();
    expect(repo.scan(['baseline']).code).toBe(0);
    const first = readFileSync(join(repo.dir, BASELINE), 'utf8');
    expect(baseline(repo.dir).findings.map((e) => e.file)).toEqual(['a.py', 'b.py']);
    const again = repo.scan(['baseline']);
    expect(again.stdout).toContain('2 findings (0 new)');
    expect(readFileSync(join(repo.dir, BASELINE), 'utf8')).toBe(first);

    // a removed secret stays accepted; a new committed one is added
    repo.write('a.py', 'secret = os.environ["SECRET"]\n');
    repo.write('c.py', `token = "${password('5')}"\n`);
    repo.stage('a.py', 'c.py');
    repo.commit();
    const merged = repo.scan(['baseline']);
    expect(merged.stdout).toContain('3 findings (1 new)');
    expect(baseline(repo.dir).findings.map((e) => e.file)).toEqual(['a.py', 'b.py', 'c.py']);
  });

  it('reads a version-1 baseline (unkeyed), says to regenerate it, and regenerates it keyed', () => {
    const pw = password('6');
    const repo = makeRepo({ 'db.py': `password = "${pw}"\n` });
    const old = createHash('sha256').update(`generic-secret-assignment\0${pw}`).digest('hex');
    const v1 = {
      version: 1,
      findings: [{ fingerprint: old, rule: 'generic-secret-assignment', file: 'db.py', secret: 'x…' }],
    };
    repo.write(BASELINE, `${JSON.stringify(v1)}\n`);
    repo.stage('db.py', BASELINE);
    const scan = repo.scan();
    expect(scan.code).toBe(0);
    expect(scan.stdout).toContain('1 accepted finding skipped');
    expect(scan.stdout).toContain('holds unkeyed fingerprints (version 1)');
    expect(scan.stdout).toContain('npx keyguard baseline');
    repo.commit();
    const b = repo.scan(['baseline']);
    expect(b.code).toBe(0);
    expect(b.stdout).toContain('Replaced the version-1 baseline');
    expect(baseline(repo.dir)).toMatchObject({ version: 2, findings: [{ file: 'db.py' }] });
    expect(baseline(repo.dir).findings[0]!.fingerprint).not.toBe(old);
    repo.stage(BASELINE);
    const after = repo.scan(['scan', '--staged']);
    expect(after.stdout).not.toContain('version 1');
  });

  it('accepts a PEM key committed with CRLF line ends, which a staged diff reads with LF', () => {
    const pem = builtinRules.find((r) => r.id === 'rsa-private-key')!.examples().match[0]!;
    const crlf = pem.replace(/\r?\n/g, '\r\n');
    expect(crlf).toContain('\r\n');
    const repo = makeRepo({ 'fixtures/key.txt': `${crlf}\r\n` });
    repo.stage('fixtures/key.txt');
    repo.commit();
    expect(repo.scan(['baseline', '--force', 'rsa-private-key']).code).toBe(0);
    repo.write('fixtures/copy.txt', `x\r\n${crlf}\r\n`);
    repo.stage('fixtures/copy.txt', BASELINE);
    const r = repo.scan();
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 accepted finding skipped');
  });

  it('fails closed, naming the file, when the baseline is malformed', () => {
    const repo = makeRepo({ 'app.js': `const token = "${fakeKeys.github('bl6')}";\n` });
    repo.stage('app.js');
    for (const broken of ['{ not json', '{"version": 2, "findings": []}', '[]']) {
      writeFileSync(join(repo.dir, BASELINE), broken);
      repo.stage(BASELINE);
      for (const args of [['scan', '--staged'], ['scan', '.'], ['baseline']]) {
        const r = repo.scan(args);
        expect(r.code, `${args.join(' ')} with ${broken}`).toBe(2);
        expect(r.stderr).toContain(BASELINE);
      }
    }
    expect(readFileSync(join(repo.dir, BASELINE), 'utf8')).toBe('[]');
  });

  it('needs a repository, and writes a salted, empty baseline before the first commit', () => {
    const r = runCli(['baseline'], tempDir());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('keyguard baseline: not a git repository');
    const repo = makeRepo({}, { initialCommit: false });
    const empty = repo.scan(['baseline']);
    expect(empty.code).toBe(0);
    expect(empty.stdout).toContain('nothing is committed yet');
    expect(existsSync(join(repo.dir, BASELINE))).toBe(true);
    expect(baseline(repo.dir)).toMatchObject({ version: 2, findings: [] });
  });
});

describe('keyguard rules', () => {
  it('lists every rule with what it matches and where to revoke it, as text and json', async () => {
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
