import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake-keys.js';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';
import { runInPty } from '../helpers/pty.js';

const QUESTION = '[Y/n]';

/** A repository whose pre-commit hook runs the built CLI, as `keyguard init` wires it. */
function repoWithHook(files: Record<string, string>): TestRepo {
  const repo = makeRepo(files);
  const hook = join(repo.dir, '.git/hooks/pre-commit');
  repo.write('.git/hooks/pre-commit', `#!/bin/sh\nexec "${process.execPath}" "${CLI}" scan --staged\n`);
  chmodSync(hook, 0o755);
  return repo;
}

const ENV = {
  ...process.env,
  CI: undefined,
  GITHUB_ACTIONS: undefined,
  NO_COLOR: '1',
  KEYGUARD_NO_PROMPT: undefined,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
};

function commitInTerminal(repo: TestRepo, answer?: string, args: string[] = []) {
  return runInPty(['git', 'commit', '-q', '-m', 'work', ...args], {
    cwd: repo.dir,
    env: ENV,
    waitFor: answer === undefined ? undefined : QUESTION,
    answer,
  });
}

const committed = (repo: TestRepo) =>
  repo.git('show', '--name-only', '--format=', 'HEAD').split('\n').filter(Boolean).sort();
const staged = (repo: TestRepo) => repo.git('diff', '--cached', '--name-only').split('\n').filter(Boolean).sort();
const commits = (repo: TestRepo) => Number(repo.git('rev-list', '--count', 'HEAD').trim());

describe('the offer at a terminal (real git commit, real hook, pseudo-terminal)', () => {
  it('asks once; yes fixes .gitignore, unstages, and the commit goes on without the files', () => {
    const repo = repoWithHook({ '.env': 'A=1\n', 'config.local.py': 'B = 2\n', 'app.py': 'print(1)\n' });
    repo.stage('.env', 'config.local.py', 'app.py');
    const r = commitInTerminal(repo, 'y\n');
    expect(r.output.split(QUESTION)).toHaveLength(2);
    expect(r.output).toContain('Add .env, config.local.py to .gitignore and unstage them? [Y/n]');
    expect(r.output).toContain('The commit goes on without them. Commit the .gitignore change next.');
    expect(r.code).toBe(0);
    expect(committed(repo)).toEqual(['app.py']);
    expect(readFileSync(join(repo.dir, '.gitignore'), 'utf8')).toBe('# keyguard\n.env\nconfig.local.py\n');
    expect(readFileSync(join(repo.dir, '.env'), 'utf8')).toBe('A=1\n');
    expect(staged(repo)).toEqual([]);
  });

  it('takes Enter alone as yes, also for `git commit -a`', () => {
    const repo = repoWithHook({ 'app.py': 'print(1)\n', '.env': 'A=1\n' });
    repo.stage('app.py');
    repo.commit();
    repo.write('app.py', 'print(2)\n');
    repo.stage('.env');
    const r = commitInTerminal(repo, '\n', ['-a']);
    expect(r.code).toBe(0);
    expect(committed(repo)).toEqual(['app.py']);
    expect(staged(repo)).toEqual([]);
  });

  it('`git commit PATHS`: the commit leaves the file out and says the index still holds it', () => {
    const repo = repoWithHook({ '.env': 'A=1\n', 'app.py': 'print(1)\n' });
    repo.stage('.env', 'app.py');
    const r = commitInTerminal(repo, 'y\n', ['--', '.env', 'app.py']);
    expect(r.code).toBe(0);
    expect(committed(repo)).toEqual(['app.py']);
    expect(r.output).toContain('unstage them there too with git rm --cached .env');
  });

  it('`git commit -a` that stays blocked: git discards its index, so it says to unstage by hand', () => {
    const repo = repoWithHook({ 'app.rb': 'puts 1\n', '.env': 'A=1\n' });
    repo.stage('app.rb');
    repo.commit();
    repo.write('app.rb', `key = "${fakeKeys.github('a')}"\n`);
    repo.stage('.env');
    const r = commitInTerminal(repo, 'y\n', ['-a']);
    expect(r.code).not.toBe(0);
    expect(r.output).toContain('still blocked by the keys listed above');
    expect(r.output).toContain('unstage them yourself with git rm --cached .env');
    expect(readFileSync(join(repo.dir, '.gitignore'), 'utf8')).toBe('# keyguard\n.env\n');
  });

  it('no: nothing changes and the commit is blocked', () => {
    const repo = repoWithHook({ '.env': 'A=1\n', 'app.py': 'print(1)\n' });
    repo.stage('.env', 'app.py');
    const r = commitInTerminal(repo, 'n\n');
    expect(r.code).not.toBe(0);
    expect(r.output).toContain('nothing changed; the commit is blocked');
    expect(commits(repo)).toBe(1);
    expect(staged(repo)).toEqual(['.env', 'app.py']);
    expect(() => readFileSync(join(repo.dir, '.gitignore'))).toThrow();
  });

  it('stops instead of making an empty commit when the secret file was all that was staged', () => {
    const repo = repoWithHook({ '.env': 'A=1\n' });
    // HEAD dated in the past: a new commit by the same author within HEAD's second reads as an amend (commit-state.ts)
    repo.git('commit', '-q', '--amend', '--allow-empty', '--no-edit', '--no-verify', '--date=2020-01-01T00:00:00Z');
    repo.stage('.env');
    const r = commitInTerminal(repo, 'y\n');
    expect(r.code).not.toBe(0);
    expect(r.output).toContain('Nothing else is staged, so the commit stops here');
    expect(commits(repo)).toBe(1);
    expect(staged(repo)).toEqual([]);
  });

  it('still blocks on a key it cannot move after the files are fixed', () => {
    const repo = repoWithHook({ '.env': 'A=1\n', 'app.rb': `key = "${fakeKeys.github()}"\n` });
    repo.stage('.env', 'app.rb');
    const r = commitInTerminal(repo, 'y\n');
    expect(r.code).not.toBe(0);
    expect(r.output).toContain('still blocked by the keys listed above');
    expect(commits(repo)).toBe(1);
    expect(staged(repo)).toEqual(['app.rb']);
  });

  it('yes moves a hardcoded key into .env and the commit goes on with the lookup', () => {
    const key = fakeKeys.openaiProject('offer');
    const repo = repoWithHook({ 'app.py': `import os\nclient = OpenAI(api_key="${key}")\n` });
    repo.stage('app.py');
    const r = commitInTerminal(repo, 'y\n');
    expect(r.output).toContain('Move 1 hardcoded key out of app.py into .env (as OPENAI_API_KEY)? [Y/n]');
    expect(r.output).toContain('The commit goes on, with the keys read from the environment.');
    expect(r.output).not.toContain(key);
    expect(r.code).toBe(0);
    expect(repo.git('show', 'HEAD:app.py')).toBe('import os\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\n');
    expect(readFileSync(join(repo.dir, '.env'), 'utf8')).toBe(`OPENAI_API_KEY=${key}\n`);
    expect(staged(repo)).toEqual([]);
  });

  it('asks one question for files and keys together', () => {
    const repo = repoWithHook({ '.env': 'A=1\n', 'app.js': `export const t = "${fakeKeys.github('both')}";\n` });
    repo.stage('.env', 'app.js');
    const r = commitInTerminal(repo, 'y\n');
    expect(r.output).toContain(
      'Add .env to .gitignore and unstage it, and move 1 hardcoded key out of app.js into .env (as GITHUB_TOKEN)? [Y/n]',
    );
    expect(r.code).toBe(0);
    expect(committed(repo)).toEqual(['app.js']);
  });

  it('`git commit --amend` with only the secret file staged keeps the amend', () => {
    const repo = repoWithHook({ 'app.py': 'print(1)\n', '.env': 'A=1\n' });
    repo.stage('app.py');
    repo.commit('first message');
    repo.stage('.env');
    const r = commitInTerminal(repo, 'y\n', ['--amend']);
    expect(r.output).toContain('the amend goes on');
    expect(r.code).toBe(0);
    expect(commits(repo)).toBe(2);
    expect(repo.git('log', '-1', '--format=%s')).toBe('work\n');
    expect(committed(repo)).toEqual(['app.py']);
    expect(staged(repo)).toEqual([]);
  });

  it('without a terminal (CI, GUI clients) never asks and shows the --fix command', () => {
    const repo = repoWithHook({ '.env': 'A=1\n' });
    repo.stage('.env');
    const r = spawnSync('git', ['commit', '-q', '-m', 'work'], { cwd: repo.dir, encoding: 'utf8', env: ENV });
    expect(r.status).not.toBe(0);
    expect(r.stderr).not.toContain(QUESTION);
    expect(r.stderr).toContain('keyguard scan --staged --fix');
    expect(staged(repo)).toEqual(['.env']);
  });

  it('does not ask in CI even at a terminal', () => {
    const repo = repoWithHook({ '.env': 'A=1\n' });
    repo.stage('.env');
    const r = runInPty(['git', 'commit', '-q', '-m', 'work'], { cwd: repo.dir, env: { ...ENV, CI: 'true' } });
    expect(r.code).not.toBe(0);
    expect(r.output).not.toContain(QUESTION);
    expect(r.output).toContain('keyguard scan --staged --fix');
  });
});
