import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake-keys.js';
import { git, makeRepo, tempDir, type TestRepo } from '../helpers/git-repo.js';

/** A repository with a bare remote on disk as `origin`. */
function repoWithRemote(): { repo: TestRepo; remote: string } {
  const remote = join(tempDir('keyguard-remote-'), 'origin.git');
  git(tempDir(), 'init', '-q', '--bare', remote);
  const repo = makeRepo();
  repo.git('remote', 'add', 'origin', remote);
  return { repo, remote };
}

function commitFile(repo: TestRepo, path: string, content: string, message: string): string {
  repo.write(path, content);
  repo.stage(path);
  repo.commit(message);
  return repo.git('rev-parse', 'HEAD').trim();
}

interface Finding {
  commit: string;
  file: string;
  line: number;
  rule: string;
  fingerprint: string;
  pushed: boolean;
  present: boolean;
  author: string;
  date: string;
}

const findings = (stdout: string) => (JSON.parse(stdout) as { findings: Finding[] }).findings;

describe('scan --history', () => {
  it('finds a key added and later removed at the commit that added it, pushed or not', () => {
    const { repo } = repoWithRemote();
    const pushedKey = fakeKeys.anthropic('hist-1');
    const localKey = fakeKeys.openaiProject('hist-2');
    const added = commitFile(repo, 'app.js', `const a = 1;\nconst key = "${pushedKey}";\n`, 'add key');
    commitFile(repo, 'app.js', 'const a = 1;\nconst key = process.env.KEY;\n', 'remove key');
    // the same key again later: reported once, at the oldest commit
    commitFile(repo, 'copy.js', `const again = "${pushedKey}";\n`, 'again');
    repo.git('push', '-q', 'origin', 'main');
    const local = commitFile(repo, 'cfg.py', `TOKEN = "${localKey}"\n`, 'local key');

    const r = repo.scan(['scan', '--history', '--format', 'json']);
    expect(r.code).toBe(1);
    const found = findings(r.stdout);
    expect(found).toHaveLength(2);
    const first = found.find((f) => f.commit === added)!;
    expect(first).toMatchObject({ file: 'app.js', line: 2, rule: 'anthropic-api-key', pushed: true, present: false });
    expect(first.author).toBe('Test');
    expect(first.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const second = found.find((f) => f.commit === local)!;
    expect(second).toMatchObject({ file: 'cfg.py', line: 1, pushed: false, present: true });
    expect(r.output).not.toContain(pushedKey);
    expect(r.output).not.toContain(localKey);

    const text = repo.scan(['scan', '--history']);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('pushed to origin/main');
    expect(text.stdout).toContain('revoke it now at https://');
    expect(text.stdout).toContain('(deleting it is not enough)');
    expect(text.stdout).toContain('only local: rewrite before pushing');
    expect(text.stdout).toContain(`git rebase -i ${local.slice(0, 12)}^`);
    expect(text.stdout).toContain('git filter-repo --replace-text');
    expect(text.stdout).toContain('Create a new key');
    expect(text.stdout).not.toContain(localKey);
    expect(text.stderr).toBe(''); // no progress when stderr is not a terminal
  });

  it('takes a range, --since, the allowlist and the baseline; SARIF carries the commit', () => {
    const { repo } = repoWithRemote();
    commitFile(repo, 'old.js', `k = "${fakeKeys.github('h-old')}"\n`, 'old');
    repo.git('push', '-q', 'origin', 'main');
    const fresh = commitFile(repo, 'new.js', `k = "${fakeKeys.stripe('h-new')}"\n`, 'new');
    const range = repo.scan(['scan', '--history', 'origin/main..HEAD', '--format', 'sarif']);
    expect(range.code).toBe(1);
    const sarif = JSON.parse(range.stdout) as { runs: { results: { properties: { commit: string } }[] }[] };
    expect(sarif.runs[0]!.results.map((x) => x.properties.commit)).toEqual([fresh]);

    expect(repo.scan(['scan', '--history', '--since', '2090-01-01 00:00:00']).code).toBe(0);
    commitFile(repo, '.keyguardrc.json', JSON.stringify({ allowPaths: ['new.js', 'old.js'] }), 'allow');
    const allowed = repo.scan(['scan', '--history']);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain('no secrets found in 4 commits');
  });

  it('refuses options that are not revisions, and names an unknown revision in one line', () => {
    const repo = makeRepo();
    const option = repo.scan(['scan', '--history', '--output=/tmp/x']);
    expect(option.code).toBe(2);
    const unknown = repo.scan(['scan', '--history', 'nope..HEAD']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim().split('\n')[0]).toMatch(/^keyguard: cannot scan: git log failed/);
    expect(unknown.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('scan --pre-push', () => {
  function withPrePushHook(repo: TestRepo): void {
    const hook = join(repo.dir, '.git', 'hooks', 'pre-push');
    writeFileSync(hook, `#!/bin/sh\nexec "${process.execPath}" "${CLI}" scan --pre-push\n`);
    chmodSync(hook, 0o755);
  }

  const push = (repo: TestRepo, ...args: string[]) =>
    spawnSync('git', ['push', '-q', 'origin', ...args], {
      cwd: repo.dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });

  it('refuses a --no-verify commit holding a key, and the remote receives nothing', () => {
    const { repo, remote } = repoWithRemote();
    repo.git('push', '-q', 'origin', 'main');
    withPrePushHook(repo);
    const before = git(remote, 'rev-parse', 'main').trim();
    const key = fakeKeys.openaiProject('push-1');
    commitFile(repo, 'app.py', `KEY = "${key}"\n`, 'key, --no-verify');
    commitFile(repo, 'app.py', 'KEY = None\n', 'removed again');
    const r = push(repo, 'main');
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toContain('push refused');
    expect(r.stdout + r.stderr).toContain('app.py:1');
    expect(r.stdout + r.stderr).toContain('git push --no-verify');
    expect(r.stdout + r.stderr).not.toContain(key);
    expect(git(remote, 'rev-parse', 'main').trim()).toBe(before);
  });

  it('lets a clean push and a deletion through, and scans only a new branch’s own commits', () => {
    const { repo, remote } = repoWithRemote();
    commitFile(repo, 'old.py', `KEY = "${fakeKeys.anthropic('push-old')}"\n`, 'old key, already pushed');
    repo.git('push', '-q', 'origin', 'main');
    withPrePushHook(repo);
    repo.git('checkout', '-q', '-b', 'topic');
    commitFile(repo, 'clean.py', 'A = 1\n', 'clean');
    const r = push(repo, 'topic');
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(git(remote, 'rev-parse', 'topic').trim()).toBe(repo.git('rev-parse', 'HEAD').trim());
    expect(push(repo, '--delete', 'topic').status).toBe(0);
  });
});
