import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake-keys.js';
import { git, tempDir } from '../helpers/git-repo.js';
import { GIT_ENV } from '../helpers/npm-project.js';

/** The environment of a user's shell: none of the npm_* variables of the `npm test` running this. */
function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...GIT_ENV, NO_COLOR: '1', npm_config_audit: 'false', npm_config_fund: 'false' };
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key) && key !== 'HUSKY' && key !== 'INIT_CWD') env[key] = value;
  }
  return env;
}

function sh(command: string, args: string[], cwd: string) {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: userEnv() });
  return { code: r.status, stdout: r.stdout, output: `${r.stdout}${r.stderr}` };
}

function must(command: string, args: string[], cwd: string): string {
  const r = sh(command, args, cwd);
  if (r.code !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${r.output}`);
  return r.stdout;
}

describe('as a user would: npm pack, install, npx keyguard init, git commit', () => {
  it(
    'blocks a commit that adds a key, lets a clean one through, keeps the existing hook line',
    { timeout: 300_000 },
    () => {
      // the CLI is already built by the test setup; --ignore-scripts skips our own prepare (build + husky)
      const packDir = tempDir('keyguard-pack-');
      const packed = JSON.parse(
        must('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', packDir], PROJECT_ROOT),
      );
      const tarball = join(packDir, (packed as { filename: string }[])[0]!.filename);

      const project = tempDir('keyguard-user-');
      must('git', ['init', '-q', '-b', 'main'], project);
      git(project, 'config', 'commit.gpgsign', 'false');
      writeFileSync(
        join(project, 'package.json'),
        '{\n  "name": "user-app",\n  "version": "1.0.0",\n  "private": true\n}\n',
      );
      writeFileSync(join(project, '.gitignore'), 'node_modules/\n');
      writeFileSync(join(project, 'index.js'), 'console.log("hello");\n');
      must('mkdir', ['-p', '.husky'], project);
      writeFileSync(join(project, '.husky/pre-commit'), 'echo "existing hook ran" >> hook.log\n');
      must('npm', ['install', '--save-dev', tarball], project);

      const init = sh('npx', ['keyguard', 'init'], project);
      expect(init.output).toContain('keyguard init: installing: npm install --save-dev husky\n');
      expect(init.code).toBe(0);
      expect(init.stdout).toContain(
        '  .husky/pre-commit  appended: keyguard scan --staged (the lines above still run first)\n',
      );
      expect(init.stdout).toContain('Undo: ');
      const pkg = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'));
      expect(pkg.devDependencies.husky).toBeDefined();
      expect(pkg.scripts.prepare).toBe('husky');
      expect(readFileSync(join(project, '.husky/pre-commit'), 'utf8')).toBe(
        'echo "existing hook ran" >> hook.log\nkeyguard scan --staged\n',
      );
      expect(sh('npx', ['keyguard', 'init'], project).stdout).toBe('keyguard init: already set up; nothing changed.\n');

      must('git', ['add', '.'], project);
      expect(sh('git', ['commit', '-m', 'set up'], project).code).toBe(0);
      expect(readFileSync(join(project, 'hook.log'), 'utf8')).toBe('existing hook ran\n');

      const key = fakeKeys.openaiProject('e2e');
      writeFileSync(join(project, 'index.js'), `const client = new OpenAI({ apiKey: "${key}" });\n`);
      must('git', ['add', 'index.js'], project);
      const blocked = sh('git', ['commit', '-m', 'add key'], project);
      expect(blocked.code).toBe(1);
      expect(blocked.output).toContain('keyguard: 1 secret found in staged changes; the commit is blocked.');
      expect(blocked.output).toContain('index.js:1:');
      expect(blocked.output).not.toContain(key);
      expect(git(project, 'log', '--format=%s')).toBe('set up\n');
      expect(readFileSync(join(project, 'hook.log'), 'utf8')).toBe('existing hook ran\nexisting hook ran\n');

      writeFileSync(join(project, 'index.js'), 'const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n');
      must('git', ['add', 'index.js'], project);
      expect(sh('git', ['commit', '-m', 'read the key from the environment'], project).code).toBe(0);
      expect(git(project, 'log', '--format=%s')).toBe('read the key from the environment\nset up\n');
    },
  );
});
