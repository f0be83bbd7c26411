import { chmodSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeKeys } from '../helpers/fake-keys.js';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';

const FIX = ['scan', '--staged', '--fix'];
const read = (repo: TestRepo, path: string) => readFileSync(join(repo.dir, path), 'utf8');
const staged = (repo: TestRepo) => repo.git('diff', '--cached', '--name-only').split('\n').filter(Boolean).sort();

describe('keyguard scan --staged --fix', () => {
  it('creates .gitignore with one keyguard block, unstages the files and leaves them on disk', () => {
    const repo = makeRepo({ '.env': 'A=1\n', 'config.local.py': 'B = 2\n', 'app.py': 'print(1)\n' });
    repo.stage('.env', 'config.local.py', 'app.py');
    const r = repo.scan(FIX);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('keyguard: created .gitignore: added .env, config.local.py');
    expect(r.stdout).toContain('keyguard: unstaged .env, config.local.py (still on disk, untouched)');
    expect(read(repo, '.gitignore')).toBe('# keyguard\n.env\nconfig.local.py\n');
    expect(staged(repo)).toEqual(['app.py']);
    expect(read(repo, '.env')).toBe('A=1\n');
    expect(read(repo, 'config.local.py')).toBe('B = 2\n');
    expect(repo.git('status', '--porcelain', '--ignored', '.env')).toBe('!! .env\n');
  });

  it('keeps CRLF, ends a last line without newline, and a second run changes nothing', () => {
    const original = '# build\r\ndist\r\nnode_modules';
    const repo = makeRepo({ '.gitignore': original, '.env.production': 'A=1\r\n' });
    repo.stage('.gitignore');
    repo.commit();
    repo.stage('.env.production');
    expect(repo.scan(FIX).code).toBe(0);
    const once = read(repo, '.gitignore');
    expect(once).toBe(
      `${original}\r\n\r\n# keyguard\r\n.env.*\r\n!.env.example\r\n!.env.sample\r\n!.env.template\r\n!.env.dist\r\n`,
    );
    const mtime = statSync(join(repo.dir, '.gitignore')).mtimeMs;
    const second = repo.scan(FIX);
    expect(second.code).toBe(0);
    expect(read(repo, '.gitignore')).toBe(once);
    expect(statSync(join(repo.dir, '.gitignore')).mtimeMs).toBe(mtime);
  });

  it('does not ignore templates when it writes a broad .env.* pattern', () => {
    const repo = makeRepo({ '.env.local': 'A=1\n', '.env.example': 'A=\n', 'web/.env.sample': 'A=\n' });
    repo.stage('.env.local', '.env.example', 'web/.env.sample');
    expect(repo.scan(FIX).code).toBe(0);
    expect(repo.git('check-ignore', '--no-index', '-v', '.env.local')).toContain('.env.*');
    expect(staged(repo)).toEqual(['.env.example', 'web/.env.sample']);
    const notIgnored = repo.git('check-ignore', '--no-index', '-n', '-v', '.env.example', 'web/.env.sample');
    expect(notIgnored).toContain('!.env.example\t.env.example');
    expect(notIgnored).toContain('!.env.sample\tweb/.env.sample');
  });

  it('adds to the existing block, adds no duplicates, and only unstages a force-added file', () => {
    const repo = makeRepo({ '.gitignore': 'logs/\n\n# keyguard\n.env\n', '.env': 'A=1\n', 'certs/tls.key': 'k\n' });
    repo.git('add', '-f', '.env');
    repo.stage('certs/tls.key');
    expect(repo.scan(FIX).code).toBe(0);
    expect(read(repo, '.gitignore')).toBe('logs/\n\n# keyguard\n.env\ncerts/tls.key\n');
    expect(staged(repo)).toEqual([]);
  });

  it('unstages a tracked secret file, keeps it on disk, and says its keys must be rotated', () => {
    const repo = makeRepo({ 'credentials.json': '{"a":1}\n' });
    repo.stage('credentials.json');
    repo.commit();
    repo.write('credentials.json', '{"a":2}\n');
    repo.stage('credentials.json');
    const r = repo.scan(FIX);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Keys in credentials.json are already in the history: rotate them');
    expect(r.stdout).toContain('stopped tracking credentials.json: the next commit removes it from the repository');
    expect(r.stdout).toContain('created .gitignore: added credentials.json');
    expect(repo.git('status', '--porcelain')).toContain('D  credentials.json');
    expect(read(repo, 'credentials.json')).toBe('{"a":2}\n');
  });

  it('writes entries for nested and non-ASCII paths that git then honours', () => {
    const repo = makeRepo({ 'ключи/config.local.py': 'x\n', 'a b/id_rsa': 'k\n' });
    repo.stage('ключи/config.local.py', 'a b/id_rsa');
    expect(repo.scan(FIX).code).toBe(0);
    expect(read(repo, '.gitignore')).toBe('# keyguard\na b/id_rsa\nключи/config.local.py\n');
    repo.git('add', '-A');
    expect(staged(repo)).toEqual(['.gitignore']);
  });

  it('warns when a nested .gitignore re-includes the file after the fix', () => {
    const repo = makeRepo({ 'sub/.gitignore': '!config.local.py\n', 'sub/config.local.py': 'x\n' });
    repo.stage('sub/config.local.py');
    const r = repo.scan(FIX);
    expect(read(repo, '.gitignore')).toBe('# keyguard\nsub/config.local.py\n');
    expect(r.stdout).toContain('still does not cover sub/config.local.py');
    expect(staged(repo)).toEqual([]);
  });

  it('a key inside the unstaged .env leaves the commit with it: nothing blocks any more', () => {
    const key = fakeKeys.openaiProject('env');
    const repo = makeRepo({ '.env': `OPENAI_API_KEY=${key}\n`, 'app.py': 'print(1)\n' });
    repo.stage('.env', 'app.py');
    expect(repo.scan().stdout).toContain('.env:1:16');
    const r = repo.scan(FIX);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('unstaged .env');
    expect(r.stdout).not.toContain('.env:1:');
    expect(r.output).not.toContain(key);
    expect(staged(repo)).toEqual(['app.py']);
  });

  it('a key in a language it does not rewrite: lists it with the next step and still blocks', () => {
    const repo = makeRepo({ '.env': 'A=1\n', 'app.rb': `key = "${fakeKeys.github()}"\n` });
    repo.stage('.env', 'app.rb');
    const r = repo.scan(FIX);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('unstaged .env');
    expect(r.stdout).toContain('app.rb:1:');
    expect(r.stdout).toContain('environment variable');
    expect(r.stdout).toContain('still blocked by the keys listed above');
    expect(staged(repo)).toEqual(['app.rb']);
  });

  it('keeps the JSON output machine-readable and reports the fix on stderr', () => {
    const repo = makeRepo({ '.env': 'A=1\n' });
    repo.stage('.env');
    const r = repo.scan([...FIX, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ findings: [], skipped: [] });
    expect(r.stderr).toContain('unstaged .env');
  });

  it('writes through a symlinked .gitignore and keeps its mode', () => {
    const repo = makeRepo({ 'shared/ignore': 'dist\n', '.env': 'A=1\n' });
    chmodSync(join(repo.dir, 'shared/ignore'), 0o600);
    symlinkSync('shared/ignore', join(repo.dir, '.gitignore'));
    repo.stage('.env');
    expect(repo.scan(FIX).code).toBe(0);
    expect(read(repo, 'shared/ignore')).toBe('dist\n\n# keyguard\n.env\n');
    expect(statSync(join(repo.dir, '.gitignore'), { throwIfNoEntry: true }).mode & 0o777).toBe(0o600);
  });
});
