import { describe, expect, it } from 'vitest';
import { spawnProgram } from '../../src/git/spawn.js';

const options = { cwd: process.cwd(), env: process.env, maxBuffer: 1 << 20 };

const spawn = spawnProgram;

describe('spawn', () => {
  it('returns status, stdout and stderr as buffers', () => {
    const r = spawn('git', ['--version'], options);
    expect(r.status).toBe(0);
    expect(r.stdout.toString()).toMatch(/^git version/);
    const bad = spawn('git', ['no-such-command'], options);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr.toString()).toContain('no-such-command');
  });

  it('writes input to standard input', () => {
    const r = spawn('git', ['hash-object', '--stdin'], { ...options, input: Buffer.from('hello\n') });
    expect(r.stdout.toString().trim()).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
  });

  it('reports a missing program as ENOENT', () => {
    expect(spawn('keyguard-no-such-program', [], options).error).toBe('ENOENT');
  });
});
