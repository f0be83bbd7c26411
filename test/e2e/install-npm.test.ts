import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cloneOf,
  commitClean,
  commitKey,
  lastCommit,
  must,
  newProject,
  packedKeyguard,
  printed,
  sh,
  shell,
} from '../helpers/e2e.js';

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const INSTALL_TIME = ['preinstall', 'install', 'postinstall', 'preprepare', 'prepare', 'postprepare'];

describe('npm, as a user would: install the packed tarball, npx keyguard init, git commit', () => {
  it(
    'protects the project, a fresh clone after npm install, survives npm ci --omit=dev; every printed command runs',
    { timeout: 600_000 },
    () => {
      const tarball = packedKeyguard();
      const manifest = JSON.parse(must('tar', ['-xzOf', tarball, 'package/package.json'], join(tarball, '..')));
      expect(Object.keys(manifest.scripts ?? {}).filter((s) => INSTALL_TIME.includes(s))).toEqual([]);

      const project = newProject({}, { '.husky/pre-commit': 'echo "existing hook ran" >> hook.log\n' });
      const added = sh('npm', ['install', '--save-dev', tarball], project);
      expect(added.code).toBe(0);
      expect(added.output).not.toContain('install-scripts'); // npm 11 names packages that run scripts at install

      const init = sh('npx', ['keyguard', 'init'], project);
      expect(init.output).toContain('keyguard init: installing: npm install --save-dev husky\n');
      expect(init.code).toBe(0);
      expect(init.stdout).toContain(
        '  .husky/pre-commit  appended: keyguard scan --staged (the lines above still run first)\n',
      );
      expect(init.stdout).toContain('Undo: npx keyguard uninstall  (reverses exactly these changes)\n');
      expect(JSON.parse(read(project, 'package.json')).scripts.prepare).toBe('husky || true');
      expect(sh('npx', ['keyguard', 'init'], project).stdout).toBe('keyguard init: already set up; nothing changed.\n');

      expect(commitClean(project, 'set up').code).toBe(0);
      expect(read(project, 'hook.log')).toBe('existing hook ran\n');
      const blocked = commitKey(project);
      expect(blocked.code).toBe(1);
      expect(blocked.output).toContain('keyguard: 1 secret found in staged changes; the commit is blocked.');
      expect(blocked.output).toContain('index.js:1:');
      expect(lastCommit(project)).toBe('set up');
      expect(commitClean(project, 'no key').code).toBe(0);

      // a secret file: the printed fix runs as printed, from the user's shell (npx: a local install)
      writeFileSync(join(project, '.env'), 'DEBUG=1\n');
      must('git', ['add', '.env'], project);
      const envBlocked = sh('git', ['commit', '-m', 'env'], project);
      expect(envBlocked.code).toBe(1);
      const fix = printed(envBlocked.output, /^Fix the files: (.+?) {2}\(/m);
      expect(fix).toBe('npx keyguard scan --staged --fix');
      expect(shell(fix, project).code).toBe(0);
      expect(read(project, '.gitignore')).toContain('.env');
      expect(must('git', ['diff', '--cached', '--name-only'], project)).toBe('');
      expect(commitClean(project, 'ignore .env').code).toBe(0);

      // a teammate: fresh clone, npm install, protected
      const clone = cloneOf(project);
      must('npm', ['install'], clone);
      expect(commitKey(clone, undefined, 'clone').code).toBe(1);
      expect(lastCommit(clone)).toBe('ignore .env');

      // a production install (a Dockerfile's step): no husky, and prepare must not fail
      const prod = sh('npm', ['ci', '--omit=dev'], clone);
      expect(prod.code).toBe(0);
      // the hook now finds no keyguard: it says what to run (not husky's PATH dump), and that runs as printed
      const missing = commitKey(clone, undefined, 'missing');
      expect(missing.code).toBe(1); // git stops the commit; the hook itself exited 2
      expect(missing.output).toContain(
        'keyguard: cannot check this commit: keyguard is not installed in this clone (run npm install).',
      );
      expect(missing.output).not.toContain('command not found in PATH');
      const install = printed(missing.output, /\(run (.+?)\)\./);
      expect(shell(install, clone).code).toBe(0);
      expect(commitKey(clone, undefined, 'reinstalled').code).toBe(1);

      // the printed undo, as printed
      const undo = printed(init.stdout, /^Undo: (.+?) {2}\(/m);
      const undone = shell(undo, project);
      expect(undone.output).toContain('keyguard uninstall: reversed what keyguard init changed:');
      expect(undone.code).toBe(0);
      expect(read(project, '.husky/pre-commit')).toBe('echo "existing hook ran" >> hook.log\n');
      const pkg = JSON.parse(read(project, 'package.json'));
      expect(pkg.scripts).toBeUndefined();
      expect(pkg.devDependencies.husky).toBeUndefined();
      expect(existsSync(join(project, '.husky/_'))).toBe(false);
      expect(commitKey(project, undefined, 'after undo').code).toBe(0);
    },
  );
});
