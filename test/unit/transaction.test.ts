import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitChanges } from '../../src/fix/transaction.js';
import { makeRepo } from '../helpers/git-repo.js';

describe('commitChanges: all or nothing', () => {
  it('a write that fails midway puts back every file already written and leaves the index alone', () => {
    const repo = makeRepo({ 'a.py': 'old a\r\n', 'b.py': 'old b\n', blocker: 'a file, not a folder\n' });
    repo.stage('a.py', 'b.py');
    const index = repo.git('ls-files', '-s');
    const at = (p: string) => join(repo.dir, p);
    expect(() =>
      commitChanges(repo.dir, {
        files: [
          { path: at('a.py'), before: Buffer.from('old a\r\n'), after: Buffer.from('new a\r\n') },
          { path: at('.env'), before: null, after: Buffer.from('K=v\n'), mode: 0o600 },
          { path: at('blocker/c.py'), before: null, after: Buffer.from('c\n') },
          { path: at('b.py'), before: Buffer.from('old b\n'), after: Buffer.from('new b\n') },
        ],
        index: [{ path: 'a.py', mode: '100644', content: Buffer.from('new a\n') }],
      }),
    ).toThrow();
    expect(readFileSync(at('a.py'), 'utf8')).toBe('old a\r\n');
    expect(readFileSync(at('b.py'), 'utf8')).toBe('old b\n');
    expect(existsSync(at('.env'))).toBe(false);
    expect(repo.git('ls-files', '-s')).toBe(index);
    expect(readdirSync(repo.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes files (a new one with its own mode) and the index in one go', () => {
    const repo = makeRepo({ 'a.py': 'old\n' });
    repo.stage('a.py');
    writeFileSync(join(repo.dir, 'a.py'), 'old\n');
    commitChanges(repo.dir, {
      files: [
        { path: join(repo.dir, 'a.py'), before: Buffer.from('old\n'), after: Buffer.from('new\n') },
        { path: join(repo.dir, '.env'), before: null, after: Buffer.from('K=v\n'), mode: 0o600 },
      ],
      index: [{ path: 'a.py', mode: '100755', content: Buffer.from('new\n') }],
    });
    expect(repo.git('show', ':a.py')).toBe('new\n');
    expect(repo.git('ls-files', '-s', 'a.py')).toMatch(/^100755 /);
    expect(statSync(join(repo.dir, '.env')).mode & 0o777).toBe(0o600);
  });
});
