import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake-keys.js';
import { git, tempDir } from '../helpers/git-repo.js';
import { must, packedKeyguard, sh, userEnv } from '../helpers/e2e.js';

/** pre-commit is Python; here it comes from Debian's package (.ci/run installs it), as PyPI is out of reach. */
const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const missing = preCommit.status !== 0;

describe('the pre-commit framework (.pre-commit-hooks.yaml), with the real pre-commit', () => {
  // skipped where pre-commit is not installed (Debian: apt-get install pre-commit)
  it.skipIf(missing)(
    'try-repo against a local clone (no build, no dependencies in it): a key is blocked, a clean change passes',
    { timeout: 300_000 },
    () => {
      // keyguard on PATH, as `npm install -g keyguard` leaves it
      const prefix = tempDir('keyguard-global-');
      must('npm', ['install', '--global', '--prefix', prefix, packedKeyguard()], prefix);
      const env = { ...userEnv(join(prefix, 'bin')), PRE_COMMIT_HOME: tempDir('keyguard-pre-commit-home-') };

      // a clone of this repository: committed files only, no dist/, no node_modules
      const hooksRepo = join(tempDir('keyguard-hooks-repo-'), 'keyguard');
      must('git', ['clone', '-q', '--no-local', PROJECT_ROOT, hooksRepo], PROJECT_ROOT);
      expect(existsSync(join(hooksRepo, 'dist'))).toBe(false);
      const yaml = readFileSync(join(PROJECT_ROOT, '.pre-commit-hooks.yaml'), 'utf8');
      writeFileSync(join(hooksRepo, '.pre-commit-hooks.yaml'), yaml); // this tree's version, committed or not
      writeFileSync(
        join(hooksRepo, 'hooks/pre-commit-framework.sh'),
        readFileSync(join(PROJECT_ROOT, 'hooks/pre-commit-framework.sh')),
      );

      const user = tempDir('keyguard-user-');
      git(user, 'init', '-q', '-b', 'main');
      writeFileSync(join(user, 'settings.py'), `OPENAI = "${fakeKeys.openaiProject('pcf')}"\n`);
      must('git', ['add', 'settings.py'], user, env);
      const blocked = sh('pre-commit', ['try-repo', hooksRepo, 'keyguard', '--verbose'], user, env);
      expect(blocked.output).toContain('keyguard: 1 secret found in staged changes; the commit is blocked.');
      expect(blocked.output).toContain('settings.py:1:');
      expect(blocked.code).toBe(1);

      writeFileSync(join(user, 'settings.py'), 'OPENAI = os.environ["OPENAI_API_KEY"]\n');
      must('git', ['add', 'settings.py'], user, env);
      const clean = sh('pre-commit', ['try-repo', hooksRepo, 'keyguard'], user, env);
      expect(clean.output).toMatch(/keyguard \(block API keys and secret files\)\.+Passed/);
      expect(clean.code).toBe(0);
    },
  );
});
