import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRepo } from '../helpers/git-repo.js';

/** A name that is not valid UTF-8 (Latin-1 é, a stray 0xFF), as bytes. */
const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

/** The index's names, as bytes (git ls-files -z). */
function indexNames(dir: string): Buffer[] {
  const out = spawnSync('git', ['ls-files', '-z'], { cwd: dir }).stdout;
  const names: Buffer[] = [];
  for (let at = 0; at < out.length;) {
    const end = out.indexOf(0, at);
    names.push(out.subarray(at, end));
    at = end + 1;
  }
  return names;
}

describe('--fix on names that are not UTF-8', () => {
  it('unstages the very files it names, ignores them by their bytes, and checks the index afterwards', () => {
    const repo = makeRepo({ 'app.py': 'x = 1\n' });
    const folder = bytes('caf', [0xe9]);
    const env = Buffer.concat([folder, Buffer.from('/.env')]);
    mkdirSync(Buffer.concat([Buffer.from(`${repo.dir}/`), folder]));
    writeFileSync(Buffer.concat([Buffer.from(`${repo.dir}/`), folder, Buffer.from('/.env')]), 'DEBUG=1\n');
    const pem = bytes('key', [0xff], '.pem');
    writeFileSync(Buffer.concat([Buffer.from(`${repo.dir}/`), pem]), 'not a key\n');
    repo.git('add', '-A');
    const staged = indexNames(repo.dir);
    expect(staged.some((n) => n.equals(pem))).toBe(true);

    const r = repo.scan(['scan', '--staged', '--fix']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('keyguard: unstaged');
    const left = indexNames(repo.dir);
    expect(
      left.some((n) => n.equals(pem)),
      'key\\xff.pem still staged',
    ).toBe(false);
    expect(
      left.some((n) => n.equals(env)),
      'caf\\xe9/.env still staged',
    ).toBe(false);
    const gitignore = readFileSync(join(repo.dir, '.gitignore'));
    expect(gitignore.includes(pem)).toBe(true);
    expect(repo.git('status', '--porcelain', '--untracked-files=all')).not.toMatch(/key|\.env/);

    // nothing left to do the second time
    const again = repo.scan(['scan', '--staged', '--fix']);
    expect(again.code).toBe(0);
    expect(readFileSync(join(repo.dir, '.gitignore'))).toEqual(gitignore);
  });
});
