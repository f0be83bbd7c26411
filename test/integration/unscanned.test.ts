import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake-keys.js';
import { makeRepo, tempDir } from '../helpers/git-repo.js';

const MIB = 1024 * 1024;
const utf16 = (text: string, bom: boolean) =>
  Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(text, 'utf16le')]);
const utf32be = (text: string) => {
  const out = Buffer.alloc(text.length * 4);
  [...text].forEach((c, i) => out.writeUInt32BE(c.codePointAt(0)!, i * 4));
  return out;
};

describe('staged files git shows as binary are read, not skipped', () => {
  it('a .txt with one NUL byte: its printable text is checked for provider keys, and the output says so', () => {
    const key = fakeKeys.openaiProject('nul');
    const repo = makeRepo();
    repo.write('notes.txt', Buffer.concat([Buffer.from('intro\n\0\n'), Buffer.from(`OPENAI_API_KEY=${key}\n`)]));
    repo.stage('notes.txt');
    const text = repo.scan();
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('notes.txt:3:');
    expect(text.stdout).toContain('1 binary file: only its printable text was checked, for provider key formats');
    const json = JSON.parse(repo.scan(['scan', '--staged', '--format', 'json']).stdout);
    expect(json.skipped).toEqual([{ file: 'notes.txt', reason: 'binary', blocks: false, note: expect.any(String) }]);
    const sarif = JSON.parse(repo.scan(['scan', '--staged', '--format', 'sarif']).stdout);
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications[0]).toMatchObject({
      level: 'note',
      message: { text: expect.stringContaining('notes.txt: binary') },
    });
    expect(text.output + JSON.stringify(json) + JSON.stringify(sarif)).not.toContain(key);
  });

  it.each([
    ['UTF-16 with a byte-order mark (PowerShell >)', (t: string) => utf16(t, true)],
    ['UTF-16 without a mark', (t: string) => utf16(t, false)],
    ['UTF-32 big-endian', utf32be],
  ])('%s is decoded and scanned like any text, by line', (_name, encode) => {
    const key = fakeKeys.github('wide');
    const repo = makeRepo();
    repo.write('out.log', encode(`Get-Secret\r\nresult:\r\ntoken = "${key}"\r\n`));
    repo.stage('out.log');
    const r = repo.scan();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('out.log:3:');
    expect(r.stdout).not.toContain('binary file');
  });

  it('a text file over core.bigFileThreshold is read whole, and only its new lines are judged', () => {
    const old = fakeKeys.stripe('big-old');
    const key = fakeKeys.anthropic('big-new');
    const filler = Array.from({ length: 200 }, (_, i) => `row ${i}, some data to make the file large`);
    const repo = makeRepo({ 'data.csv': `${[...filler, `old,${old}`].join('\n')}\n` });
    repo.stage('data.csv');
    repo.commit();
    repo.git('config', 'core.bigFileThreshold', '1k');
    repo.write('data.csv', `${[...filler, `old,${old}`, `new,${key}`].join('\n')}\n`);
    repo.stage('data.csv');
    const r = repo.scan();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('data.csv:202:');
    expect(r.stdout).not.toContain('data.csv:201:');
  });

  it('a file over 64 MiB blocks (exit 2) with the way out, unless the staged configuration allows it', () => {
    const repo = makeRepo();
    repo.write('video.bin', Buffer.alloc(65 * MIB, 1).fill(0, 0, 16));
    repo.stage('video.bin');
    const r = repo.scan();
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('keyguard: not scanned, larger than 64 MiB: video.bin');
    expect(r.stdout).toContain('"allowLargeFiles": ["video.bin"]');
    expect(r.stdout).toContain('git commit --no-verify');
    expect(r.stdout).not.toContain('no secrets found (');
    expect(JSON.parse(repo.scan(['scan', '--staged', '--format', 'json']).stdout).skipped).toEqual([
      expect.objectContaining({ file: 'video.bin', reason: 'too-large', blocks: true }),
    ]);
    repo.write('.keyguardrc.json', JSON.stringify({ allowLargeFiles: ['*.bin'] }));
    repo.stage('.keyguardrc.json');
    const allowed = repo.scan();
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain('not scanned, larger than 64 MiB: video.bin');
  });
});

describe('keyguard scan PATH never passes what it did not check', () => {
  it('a path that does not exist is an error (exit 2), not "no secrets found"', () => {
    const dir = tempDir();
    const r = runCli(['scan', 'src', 'typo.js'], dir, { GIT_CEILING_DIRECTORIES: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('keyguard: cannot scan: src: no such file or folder');
    expect(r.stdout).toBe('');
  });

  it('scans a file named on the command line even when .gitignore covers it', () => {
    const repo = makeRepo({
      '.gitignore': '.env.local\n',
      '.env.local': `OPENAI_API_KEY=${fakeKeys.openaiProject('ign')}\n`,
    });
    expect(repo.scan(['scan', '.']).code).toBe(0);
    const named = repo.scan(['scan', '.env.local']);
    expect(named.code).toBe(1);
    expect(named.stdout).toContain('.env.local:1:');
  });

  it('follows a link named on the command line; reports links met inside folders', () => {
    const dir = tempDir();
    const key = fakeKeys.google('link');
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'conf.txt'), `KEY=${key}\n`);
    symlinkSync(join(dir, 'real', 'conf.txt'), join(dir, 'conf-link.txt'));
    mkdirSync(join(dir, 'tree'));
    symlinkSync(join(dir, 'real'), join(dir, 'tree', 'inner-link'));
    const env = { GIT_CEILING_DIRECTORIES: dir };
    const named = runCli(['scan', 'conf-link.txt'], dir, env);
    expect(named.code).toBe(1);
    expect(named.stdout).toContain('conf-link.txt:1:');
    const walked = runCli(['scan', 'tree'], dir, env);
    expect(walked.code).toBe(0);
    expect(walked.stdout).toContain('1 symbolic link not followed: tree/inner-link');
  });

  it('binaries are checked for provider keys and listed; files over 64 MiB and non-regular files block', () => {
    const dir = tempDir();
    const key = fakeKeys.slackBot('bin');
    writeFileSync(join(dir, 'app.bin'), Buffer.concat([Buffer.from([0, 0, 1, 2]), Buffer.from(`tok=${key}\0`)]));
    writeFileSync(join(dir, 'ok.txt'), 'hello\n');
    const env = { GIT_CEILING_DIRECTORIES: dir };
    const bin = runCli(['scan', '--format', 'json'], dir, env);
    expect(bin.code).toBe(1);
    const report = JSON.parse(bin.stdout);
    expect(report.findings).toEqual([expect.objectContaining({ file: 'app.bin', rule: 'slack-bot-token' })]);
    expect(report.skipped).toEqual([expect.objectContaining({ file: 'app.bin', reason: 'binary', blocks: false })]);

    writeFileSync(join(dir, 'app.bin'), Buffer.from([0, 0, 1, 2]));
    writeFileSync(join(dir, 'huge.log'), '');
    truncateSync(join(dir, 'huge.log'), 65 * MIB);
    const big = runCli(['scan'], dir, env);
    expect(big.code).toBe(2);
    expect(big.stdout).toContain('not scanned, larger than 64 MiB: huge.log');
    expect(big.stdout).toContain('The scan fails (exit 2) because keyguard could not check these files.');

    expect(spawnSync('sh', ['-c', 'mkfifo "$0"', join(dir, 'pipe')]).status).toBe(0);
    const fifo = runCli(['scan', 'pipe'], dir, env);
    expect(fifo.code).toBe(2);
    expect(fifo.stdout).toContain('not scanned, cannot be read: pipe');
  });

  it.skipIf(process.getuid?.() === 0)(
    'an unreadable file blocks (exit 2) (skipped as root, who reads anything)',
    () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'secret.txt'), 'x\n');
      chmodSync(join(dir, 'secret.txt'), 0);
      const r = runCli(['scan'], dir, { GIT_CEILING_DIRECTORIES: dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toContain('not scanned, cannot be read: secret.txt');
    },
  );
});

describe('keyguard scan --staged PATH', () => {
  it('a folder selects the staged files below it; a path neither staged nor on disk is an error', () => {
    const repo = makeRepo();
    repo.write('src/app/key.py', `KEY = "${fakeKeys.github('dir')}"\n`);
    repo.write('docs/a.md', 'x\n');
    repo.stage('src', 'docs');
    const dir = repo.scan(['scan', '--staged', 'src']);
    expect(dir.code).toBe(1);
    expect(dir.stdout).toContain('src/app/key.py:1:');
    expect(repo.scan(['scan', '--staged', 'app'], join(repo.dir, 'src')).code).toBe(1);
    expect(repo.scan(['scan', '--staged', 'docs']).code).toBe(0);
    const missing = repo.scan(['scan', '--staged', 'src/app/kye.py']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('src/app/kye.py: no such file or folder, and nothing is staged under that name');
  });

  it('a path through a symbolic link reaches the staged file it leads to', () => {
    const repo = makeRepo();
    repo.write('pkg/key.py', `KEY = "${fakeKeys.github('via-link')}"\n`);
    repo.stage('pkg/key.py');
    symlinkSync(join(repo.dir, 'pkg'), join(repo.dir, 'alias'));
    const r = repo.scan(['scan', '--staged', 'alias/key.py']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('pkg/key.py:1:');
  });
});

describe('nothing staged is written outside .git', () => {
  /** Every file under `dir`, recursively. */
  const filesUnder = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
    );

  it("a scan with TMPDIR pointing at an empty folder writes nothing there but Node's own compile cache", () => {
    const tmp = tempDir('keyguard-tmpdir-');
    const key = fakeKeys.openaiProject('tmp');
    const repo = makeRepo({ 'a.py': `KEY = "${key}"\n`, 'b.bin': '\0\0bin' });
    repo.stage('a.py', 'b.bin');
    for (const args of [
      ['scan', '--staged'],
      ['scan', '--staged', '--format', 'json'],
      ['scan', '.'],
    ]) {
      const r = runCli(args, repo.dir, { TMPDIR: tmp, TMP: tmp, TEMP: tmp });
      expect(r.code).toBe(1);
      // Node 22+ keeps keyguard's compiled code in <tmpdir>/node-compile-cache (module.enableCompileCache)
      expect(readdirSync(tmp).filter((name) => name !== 'node-compile-cache')).toEqual([]);
      for (const file of filesUnder(tmp)) {
        const bytes = readFileSync(file);
        expect(bytes.includes(key.slice(0, 24)), file).toBe(false);
        expect(bytes.includes('KEY = '), file).toBe(false);
      }
    }
  });
});
