import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake-keys.js';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';
import { findRuntime } from '../helpers/runtimes.js';

interface Verdict {
  code: number | null;
  findings: { kind: string; rule: string; file: string; line?: number; column?: number; fingerprint?: string }[];
  stderr: string;
}

/** The CLI under a runtime (argv before the CLI's path), as a user's hook would run it. */
function run(command: string[], repo: TestRepo, args: string[]) {
  const [binary, ...rest] = command;
  return spawnSync(binary!, [...rest, CLI, ...args], {
    cwd: repo.dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', KEYGUARD_DEBUG: undefined, NODE_OPTIONS: undefined },
  });
}

/** `keyguard scan --staged --format json`: exit code, findings, stderr. */
function verdict(command: string[], repo: TestRepo): Verdict {
  const r = run(command, repo, ['scan', '--staged', '--format', 'json']);
  const findings = r.stdout.trim() === '' ? [] : JSON.parse(r.stdout).findings;
  return { code: r.status, findings, stderr: r.stderr };
}

for (const name of ['bun', 'deno'] as const) {
  const { runtime, reason } = findRuntime(name);
  if (runtime === null) console.warn(`skipping the ${name} tests: ${reason}`);
  const title = runtime === null ? `${name} (skipped: ${reason})` : `${name} (${runtime.version})`;

  describe(`the same verdict under ${title} as under Node`, () => {
    it.skipIf(runtime === null)('a staged key: exit 1, the same rule, place and fingerprint', () => {
      const repo = makeRepo({ 'app.py': `client = OpenAI(api_key="${fakeKeys.openaiProject(name)}")\n` });
      repo.stage('app.py');
      const node = verdict([process.execPath], repo);
      const other = verdict(runtime!.command, repo);
      expect(node.code).toBe(1);
      expect(node.findings.map((f) => f.rule)).toEqual(['openai-project-key']);
      expect(other).toEqual(node);
    });

    it.skipIf(runtime === null)('a clean commit: exit 0, nothing found', () => {
      const repo = makeRepo({ 'app.py': 'client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\n' });
      repo.stage('app.py');
      const other = verdict(runtime!.command, repo);
      expect(other).toEqual({ code: 0, findings: [], stderr: '' });
      expect(verdict([process.execPath], repo)).toEqual(other);
    });

    it.skipIf(runtime === null)('a staged .env: blocked, then --fix ignores and unstages it', () => {
      const repo = makeRepo({ '.env': 'DEBUG=1\n' });
      repo.stage('.env');
      const other = verdict(runtime!.command, repo);
      expect(other.code).toBe(1);
      expect(other).toEqual(verdict([process.execPath], repo));
      const fixed = run(runtime!.command, repo, ['scan', '--staged', '--fix']);
      expect(fixed.status).toBe(0);
      expect(fixed.stdout).toContain('keyguard: created .gitignore: added .env\n');
      expect(readFileSync(join(repo.dir, '.gitignore'), 'utf8')).toBe('# keyguard\n.env\n');
      expect(repo.git('diff', '--cached', '--name-only')).toBe('');
    });

    it.skipIf(runtime === null)('a usage error: exit 2 and the same one line', () => {
      const repo = makeRepo();
      const node = run([process.execPath], repo, ['scan', '--bogus']);
      const other = run(runtime!.command, repo, ['scan', '--bogus']);
      expect(other.status).toBe(2);
      expect(other.stderr).toBe(node.stderr);
    });
  });
}
