import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeKeys } from '../helpers/fake-keys.js';
import { makeRepo } from '../helpers/git-repo.js';

const py = (key: string) => `import os\n\nclient = OpenAI(api_key="${key}")\n`;

describe('keyguard scan --staged', () => {
  it('blocks a staged key and says where, what, and what to do', () => {
    const key = fakeKeys.openaiProject();
    const repo = makeRepo({ 'src/app.py': py(key) });
    repo.stage('src/app.py');
    const r = repo.scan();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('src/app.py:3:26');
    expect(r.stdout).toContain('openai-project-key');
    expect(r.stdout).toContain('environment variable');
    expect(r.stdout).toContain('revoke');
    expect(r.stdout).toContain('keyguard:allow');
    expect(r.stdout).toContain('git commit --no-verify');
    expect(r.output).not.toContain(key);
    expect(r.output).not.toContain(key.slice(8, 40));
  });

  it('passes a clean commit with exit 0', () => {
    const repo = makeRepo({ 'a.py': 'print("hello")\n' });
    repo.stage('a.py');
    const r = repo.scan();
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('no secrets found');
  });

  it('judges a partially staged file by its staged content', () => {
    const key = fakeKeys.github();
    const repo = makeRepo({ 'app.js': 'const a = 1;\n' });
    repo.stage('app.js');
    repo.commit();
    // key only in the working tree: the index has a clean change
    repo.write('app.js', 'const a = 2;\n');
    repo.stage('app.js');
    repo.write('app.js', `const a = 2;\nconst token = "${key}";\n`);
    expect(repo.scan().code).toBe(0);
    // key only in the index: the working tree no longer has it
    repo.stage('app.js');
    repo.write('app.js', 'const a = 2;\n');
    const r = repo.scan();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('app.js:2:');
  });

  it('scans only added lines: a key already committed does not block an unrelated edit', () => {
    const key = fakeKeys.stripe();
    const repo = makeRepo({ 'pay.rb': `KEY = "${key}"\n` });
    repo.stage('pay.rb');
    repo.commit();
    repo.write('pay.rb', `KEY = "${key}"\nputs 1\n`);
    repo.stage('pay.rb');
    expect(repo.scan().code).toBe(0);
  });

  it('scans a rename by its added lines only', () => {
    const key = fakeKeys.anthropic();
    const repo = makeRepo({ 'old.py': `A = "${key}"\nB = 1\n` });
    repo.stage('old.py');
    repo.commit();
    repo.git('mv', 'old.py', 'new.py');
    expect(repo.scan().code).toBe(0);
    repo.write('new.py', `A = "${key}"\nB = 1\nC = "${fakeKeys.anthropic('second')}"\n`);
    repo.stage('new.py');
    const r = repo.scan();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('new.py:3:');
    expect(r.stdout).not.toContain('new.py:1:');
  });

  it('skips deletions and symlinks; reads a binary for standalone key formats and says so', () => {
    const key = fakeKeys.google();
    const repo = makeRepo({ 'gone.txt': `K=${key}\n` });
    repo.stage('gone.txt');
    repo.commit();
    repo.git('rm', '-q', 'gone.txt');
    symlinkSync(`K=${key}`, join(repo.dir, 'link'));
    repo.write('blob.bin', Buffer.from([0, 1, 2, 0, 0x89, 0x50, 0x4e, 0x47, 0, 7]));
    repo.stage('link', 'blob.bin');
    const clean = repo.scan();
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain(
      '1 binary file: only its printable text was checked, for provider key formats: blob.bin',
    );
    expect(clean.stdout).toContain('no secrets found (0 files scanned; 1 file not scanned or only in part');
    repo.write('blob.bin', Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(`K=${key}`)]));
    repo.stage('blob.bin');
    const r = repo.scan();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('blob.bin:1:');
    expect(r.output).not.toContain(key);
  });

  it('reads text files that .gitattributes marks binary (-diff, binary), and the printable text of real binaries', () => {
    const key = fakeKeys.google();
    const repo = makeRepo({
      '.gitattributes': 'secrets.txt -diff\n*.dat binary\nimg.png binary\n',
      'secrets.txt': `one\nK=${key}\n`,
      'data.dat': `x = 1\nTOKEN_VALUE=${key}\n`,
    });
    repo.write('img.png', Buffer.concat([Buffer.from([0x89, 0x50, 0, 0, 1]), Buffer.from(`api_key = "${key}"`)]));
    repo.stage('.');
    const r = repo.scan();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('secrets.txt:2:');
    expect(r.stdout).toContain('data.dat:2:');
    expect(r.stdout).toContain('img.png:1:');
    expect(r.stdout).toContain('only its printable text was checked, for provider key formats: img.png');
  });

  it('skips a submodule entry', () => {
    const sub = makeRepo({ 'x.txt': 'x\n' });
    sub.stage('x.txt');
    sub.commit();
    const repo = makeRepo();
    repo.git('-c', 'protocol.file.allow=always', 'submodule', '--quiet', 'add', sub.dir, 'vendor/sub');
    const r = repo.scan();
    expect(r.code).toBe(0);
  });

  it('works in a repository with no commit yet', () => {
    const repo = makeRepo({ '.config.yml': `token: ${fakeKeys.github()}\n` }, { initialCommit: false });
    repo.stage('.config.yml');
    const r = repo.scan();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('.config.yml:1:8');
  });

  it('handles file names with spaces, unicode and newlines', () => {
    const repo = makeRepo();
    const names = ['my file.py', 'ключи/日本.env.ts', 'line\nbreak.py'];
    names.forEach((name, i) => repo.write(name, `k = "${fakeKeys.github(String(i))}"\n`));
    repo.stage(...names);
    const r = repo.scan(['scan', '--staged', '--format', 'json']);
    expect(r.code).toBe(1);
    const files = (JSON.parse(r.stdout).findings as { file: string }[]).map((f) => f.file).sort();
    expect(files).toEqual([...names].sort());
  });

  it('runs from a subdirectory and reports paths from the repository root', () => {
    const repo = makeRepo({ 'pkg/deep/cfg.ts': `export const k = "${fakeKeys.slackBot()}";\n` });
    repo.stage('pkg/deep/cfg.ts');
    const r = repo.scan(['scan', '--staged'], join(repo.dir, 'pkg'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('pkg/deep/cfg.ts:1:');
  });

  it('reads CRLF files without carrying the carriage return into the secret', () => {
    const key = fakeKeys.awsAccessKeyId();
    const repo = makeRepo({ 'win.env.txt': `A=1\r\nAWS_ACCESS_KEY_ID=${key}\r\n` });
    repo.stage('win.env.txt');
    const r = repo.scan(['scan', '--staged', '--format', 'json']);
    expect(r.code).toBe(1);
    const [finding] = JSON.parse(r.stdout).findings;
    expect(finding).toMatchObject({ rule: 'aws-access-key-id', line: 2, column: 19 });
  });

  it('limits the scan to the files given (as lint-staged passes them) and still reads the index', () => {
    const repo = makeRepo({ 'a.py': `k = "${fakeKeys.github('a')}"\n`, 'b.py': 'print(1)\n' });
    repo.stage('a.py', 'b.py');
    expect(repo.scan(['scan', '--staged', join(repo.dir, 'b.py')]).code).toBe(0);
    expect(repo.scan(['scan', '--staged', join(repo.dir, 'a.py')]).code).toBe(1);
    repo.write('b.py', `k = "${fakeKeys.github('b')}"\n`); // working tree only
    expect(repo.scan(['scan', '--staged', 'b.py']).code).toBe(0);
  });

  it('does not block placeholders, env lookups, example keys, UUIDs, SHAs and lockfile hashes', () => {
    const lines = [
      'OPENAI_API_KEY=sk-YOUR_SUPER_SECRET_KEY_HERE',
      'GEMINI_API_KEY=AIzaYourActualGeminiKey',
      'api_key = "<your-api-key>"',
      'api_key: xxxxxxxx',
      'OPENAI_API_KEY=${OPENAI_API_KEY}',
      'api_key = os.getenv("OPENAI_API_KEY")',
      'const key = process.env.OPENAI_API_KEY;',
      `aws_access_key_id = ${['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('')}`,
      'session_token = "9b2f0c1e-4d7a-4c55-9a3e-2f1b6d8e7c90"',
      `commit_token = "${fakeKeys.hex(40)}"`,
      `"integrity": "sha512-${fakeKeys.awsSecret('i')}${fakeKeys.awsSecret('j')}=="`,
    ];
    const repo = makeRepo({ 'examples.txt': `${lines.join('\n')}\n` });
    repo.stage('examples.txt');
    const r = repo.scan();
    expect(r.stdout).toContain('no secrets found');
    expect(r.code).toBe(0);
  });

  it('skips a line that carries keyguard:allow', () => {
    const repo = makeRepo({ 'fixture.py': `KEY = "${fakeKeys.github()}"  # keyguard:allow test fixture\n` });
    repo.stage('fixture.py');
    expect(repo.scan().code).toBe(0);
  });

  it('prints the JSON object of the contract with a fingerprint that survives moving the code', () => {
    const key = fakeKeys.openaiProject('json');
    const repo = makeRepo({ 'app.py': py(key) });
    repo.stage('app.py');
    const first = JSON.parse(repo.scan(['scan', '--staged', '--format', 'json']).stdout);
    expect(first.findings).toHaveLength(1);
    expect(first.findings[0]).toMatchObject({
      kind: 'secret',
      rule: 'openai-project-key',
      provider: 'OpenAI',
      file: 'app.py',
      line: 3,
      column: 26,
    });
    expect(first.findings[0].secret).toMatch(/^sk-p….{2}$/);
    expect(first.findings[0].fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(first.findings[0].remediation).toContain('platform.openai.com');
    repo.git('rm', '-q', '--cached', 'app.py');
    repo.write('moved/other.py', `\n\n\n\nx = 1\n${py(key)}`);
    repo.stage('moved/other.py');
    const second = JSON.parse(repo.scan(['scan', '--staged', '--format', 'json']).stdout);
    expect(second.findings[0].line).toBe(8);
    expect(second.findings[0].fingerprint).toBe(first.findings[0].fingerprint);
  });

  it('writes SARIF without the secret', () => {
    const key = fakeKeys.stripe('sarif');
    const repo = makeRepo({ 'pay.js': `stripe("${key}")\n` });
    repo.stage('pay.js');
    const r = repo.scan(['scan', '--staged', '--format', 'sarif']);
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.runs[0].results[0].ruleId).toBe('stripe-live-secret-key');
    expect(r.output).not.toContain(key);
  });
});
