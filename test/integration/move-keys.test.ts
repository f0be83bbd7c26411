import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeKeys } from '../helpers/fake-keys.js';
import { CLI } from '../helpers/cli.js';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';
import { GIT_ENV } from '../helpers/npm-project.js';
import { nodeCheck, pythonParse, tscNoEmit } from '../helpers/parse-check.js';

const FIX = ['scan', '--staged', '--fix'];
const read = (repo: TestRepo, path: string) => readFileSync(join(repo.dir, path), 'utf8');
const stagedText = (repo: TestRepo, path: string) => repo.git('show', `:${path}`);
const ignored = (repo: TestRepo, path: string) =>
  spawnSync('git', ['check-ignore', '--no-index', '-q', path], { cwd: repo.dir }).status === 0;

interface Shape {
  name: string;
  file: string;
  code: (key: string) => string;
  key: () => string;
  variable: string;
  lookup: string;
}

const SHAPES: Shape[] = [
  {
    name: 'Python module constant (import os added)',
    file: 'settings.py',
    code: (k) => `"""Settings."""\nDEBUG = True\nOPENAI_API_KEY = "${k}"\n`,
    key: () => fakeKeys.openaiProject('mk1'),
    variable: 'OPENAI_API_KEY',
    lookup: 'OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]',
  },
  {
    name: 'Python keyword argument',
    file: 'app/client.py',
    code: (k) => `import os\nfrom anthropic import Anthropic\n\nclient = Anthropic(api_key='${k}')\n`,
    key: () => fakeKeys.anthropic('mk2'),
    variable: 'ANTHROPIC_API_KEY',
    lookup: 'Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])',
  },
  {
    name: 'Python dict next to an f-string',
    file: 'headers.py',
    code: (k) => `user = "u"\nheaders = {"X-User": f"{user}", "Authorization": f"Bearer ${k}"}\n`,
    key: () => fakeKeys.github('mk3'),
    variable: 'GITHUB_TOKEN',
    lookup: `"Authorization": f"Bearer {os.environ['GITHUB_TOKEN']}"}`,
  },
  {
    name: 'JavaScript constructor argument',
    file: 'src/ai.js',
    code: (k) => `class OpenAI { constructor(o) { this.o = o; } }\nexport const ai = new OpenAI({ apiKey: "${k}" });\n`,
    key: () => fakeKeys.openaiProject('mk4'),
    variable: 'OPENAI_API_KEY',
    lookup: 'new OpenAI({ apiKey: process.env.OPENAI_API_KEY })',
  },
  {
    name: 'JavaScript template literal',
    file: 'src/pay.mjs',
    code: (k) => `const base = "https://api.stripe.com";\nexport const auth = \`Bearer ${k} for \${base}\`;\n`,
    key: () => fakeKeys.stripe('mk5'),
    variable: 'STRIPE_SECRET_KEY',
    lookup: '`Bearer ${process.env.STRIPE_SECRET_KEY} for ${base}`',
  },
  {
    name: 'TypeScript class field',
    file: 'src/aws.ts',
    code: (k) => `export class Uploader {\n  private readonly keyId: string | undefined = '${k}';\n}\n`,
    key: () => fakeKeys.awsAccessKeyId('mk6'),
    variable: 'AWS_ACCESS_KEY_ID',
    lookup: 'keyId: string | undefined = process.env.AWS_ACCESS_KEY_ID;',
  },
  {
    name: 'TSX attribute',
    file: 'src/map.tsx',
    code: (k) =>
      `declare const Gemini: (p: { apiKey?: string }) => null;\nexport const m = <Gemini apiKey="${k}" />;\n`,
    key: () => fakeKeys.google('mk7'),
    variable: 'GEMINI_API_KEY',
    lookup: '<Gemini apiKey={process.env.GEMINI_API_KEY} />',
  },
];

function parses(file: string, code: string): { ok: boolean; output: string } {
  if (file.endsWith('.py')) return pythonParse(code);
  if (/\.tsx?$/.test(file)) return tscNoEmit({ [file.replace(/.*\//, '')]: code });
  return nodeCheck(code, file.replace(/.*\./, ''));
}

describe('keyguard scan --staged --fix moves a hardcoded key into .env', () => {
  it.each(SHAPES)('$name', (shape) => {
    const key = shape.key();
    const repo = makeRepo({ [shape.file]: shape.code(key) });
    repo.stage(shape.file);
    const r = repo.scan(FIX);
    expect(r.output).not.toContain(key);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`now reads ${shape.lookup.includes('os.environ') ? 'os.environ' : 'process.env'}`);
    const staged = stagedText(repo, shape.file);
    expect(staged).toContain(shape.lookup);
    expect(staged).not.toContain(key);
    expect(read(repo, shape.file)).toBe(staged);
    expect(read(repo, '.env')).toBe(`${shape.variable}=${key}\n`);
    expect(statSync(join(repo.dir, '.env')).mode & 0o777).toBe(0o600);
    expect(ignored(repo, '.env')).toBe(true);
    expect(read(repo, '.env.example')).toBe(`${shape.variable}=\n`);
    expect(ignored(repo, '.env.example')).toBe(false);
    const check = parses(shape.file, staged);
    expect(check.output).toBe('');
    expect(repo.scan(['scan', '--staged']).code).toBe(0);
  });

  it('a second run changes nothing', () => {
    const key = fakeKeys.openaiProject('again');
    const repo = makeRepo({ 'a.py': `K = "${key}"\n` });
    repo.stage('a.py');
    expect(repo.scan(FIX).code).toBe(0);
    const files = ['a.py', '.env', '.env.example', '.gitignore'].map((f) => read(repo, f));
    const second = repo.scan(FIX);
    expect(second.code).toBe(0);
    expect(['a.py', '.env', '.env.example', '.gitignore'].map((f) => read(repo, f))).toEqual(files);
  });

  it('patches a partially staged file in the index and in the working tree at the same spot', () => {
    const key = fakeKeys.github('partial');
    const repo = makeRepo({ 'app.js': 'export const a = 1;\n' });
    repo.stage('app.js');
    repo.commit();
    repo.write('app.js', `export const a = 1;\nexport const token = "${key}";\n`);
    repo.stage('app.js');
    repo.write('app.js', `// work in progress\nexport const a = 2;\nexport const token = "${key}";\n`);
    const r = repo.scan(FIX);
    expect(r.code).toBe(0);
    expect(stagedText(repo, 'app.js')).toBe('export const a = 1;\nexport const token = process.env.GITHUB_TOKEN;\n');
    expect(read(repo, 'app.js')).toBe(
      '// work in progress\nexport const a = 2;\nexport const token = process.env.GITHUB_TOKEN;\n',
    );
  });

  it('refuses a file whose working copy no longer holds the key, with the manual steps, and changes nothing', () => {
    const key = fakeKeys.github('gone');
    const repo = makeRepo({ 'app.js': `export const token = "${key}";\n` });
    repo.stage('app.js');
    repo.write('app.js', 'export const token = readToken();\n');
    const r = repo.scan(FIX);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('1 key could not be moved safely; move it by hand:');
    expect(r.stdout).toContain(
      'app.js:1  your working copy of the file differs from the staged one where the key is: put GITHUB_TOKEN=<the key> in .env, read it with process.env.GITHUB_TOKEN instead of the key, then stage it again: git add app.js',
    );
    expect(r.output).not.toContain(key);
    expect(stagedText(repo, 'app.js')).toContain(key);
    expect(() => read(repo, '.env')).toThrow();
    expect(() => read(repo, '.gitignore')).toThrow();
  });

  it('lists what it cannot rewrite (another language, a comment) and still blocks', () => {
    const repo = makeRepo({
      'pay.rb': `KEY = "${fakeKeys.stripe('rb')}"\n`,
      'notes.js': `// old: ${fakeKeys.github('c')}\nexport const a = 1;\n`,
    });
    repo.stage('pay.rb', 'notes.js');
    const r = repo.scan(FIX);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('2 keys could not be moved safely');
    expect(r.stdout).toContain('pay.rb:1  keyguard rewrites JavaScript, TypeScript and Python only');
    expect(r.stdout).toContain('notes.js:1  it is in a comment');
    expect(r.stdout).toContain('still blocked by the keys listed above');
  });

  it('a key with a copy in a comment stays, and the message says which line keeps it there', () => {
    const key = fakeKeys.github('copy');
    const repo = makeRepo({ 'app.js': `export const t = "${key}";\n\n// was: ${key}\n` });
    repo.stage('app.js');
    const r = repo.scan(FIX);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'app.js:1  at line 3, it is in a comment: put GITHUB_TOKEN=<the key> in .env, read it with process.env.GITHUB_TOKEN instead of the key, then stage it again: git add app.js',
    );
    expect(repo.git('show', ':app.js')).toContain(key);
  });

  it('never gives a name that .env or the code already uses for another value; reuses it for the same value', () => {
    const [a, b] = [fakeKeys.openaiProject('n1'), fakeKeys.openaiProject('n2')];
    const repo = makeRepo({
      '.gitignore': '.env\n',
      '.env': `OPENAI_API_KEY=${a}\n`,
      'one.py': `import os\nK = "${a}"\n`,
      'two.py': `import os\nOTHER = os.environ["OPENAI_API_KEY_2"]\nclient = OpenAI(api_key="${b}")\n`,
    });
    repo.stage('one.py', 'two.py');
    expect(repo.scan(FIX).code).toBe(0);
    expect(stagedText(repo, 'one.py')).toBe('import os\nK = os.environ["OPENAI_API_KEY"]\n');
    expect(stagedText(repo, 'two.py')).toContain('OpenAI(api_key=os.environ["OPENAI_API_KEY_3"])');
    expect(read(repo, '.env')).toBe(`OPENAI_API_KEY=${a}\nOPENAI_API_KEY_3=${b}\n`);
    expect(read(repo, '.env.example')).toBe('OPENAI_API_KEY=\nOPENAI_API_KEY_3=\n');
  });

  it('uses the environment-style name the code gives the key, and the .env of the file’s own project', () => {
    const key = fakeKeys.slackBot('own');
    const repo = makeRepo({ 'apps/bot/package.json': '{"dependencies":{"dotenv":"^16"}}\n' });
    repo.write('apps/bot/index.js', `const NOTIFY_SLACK_TOKEN = '${key}';\nmodule.exports = NOTIFY_SLACK_TOKEN;\n`);
    repo.stage('apps/bot/index.js');
    const r = repo.scan(FIX);
    expect(r.code).toBe(0);
    expect(read(repo, 'apps/bot/.env')).toBe(`NOTIFY_SLACK_TOKEN=${key}\n`);
    expect(read(repo, 'apps/bot/.env.example')).toBe('NOTIFY_SLACK_TOKEN=\n');
    expect(read(repo, '.gitignore')).toBe('# keyguard\n.env\n');
    expect(r.stdout).toContain(
      "Load apps/bot/.env with dotenv (a dependency already), first thing at start-up: import 'dotenv/config'",
    );
    expect(r.stdout).toContain('If this key was ever pushed or shared, revoke it first at https://');
    expect(r.stdout).toContain(
      'Commit .gitignore, apps/bot/.env.example next: git add .gitignore apps/bot/.env.example',
    );
  });

  it('says how to load .env for plain Node and for Python', () => {
    const repo = makeRepo({
      'a.js': `export const k = "${fakeKeys.github('ld')}";\n`,
      'b.py': `K = "${fakeKeys.openaiProject('ld')}"\n`,
    });
    repo.stage('a.js', 'b.py');
    const r = repo.scan(FIX);
    expect(r.stdout).toContain('node --env-file=.env app.js (Node 20.6+), or call process.loadEnvFile()');
    expect(r.stdout).toContain('pip install python-dotenv');
  });

  it('in a hook, `git commit PATHS` commits the lookup and says the real index still holds the key', () => {
    const key = fakeKeys.github('paths');
    const repo = makeRepo({ 'app.js': `export const t = "${key}";\n`, 'other.txt': 'x\n' });
    repo.write('.git/hooks/pre-commit', `#!/bin/sh\nexec "${process.execPath}" "${CLI}" scan --staged --fix\n`);
    chmodSync(join(repo.dir, '.git/hooks/pre-commit'), 0o755);
    repo.stage('app.js', 'other.txt');
    const r = spawnSync('git', ['commit', '-q', '-m', 'work', '--', 'app.js'], {
      cwd: repo.dir,
      encoding: 'utf8',
      env: { ...process.env, ...GIT_ENV, NO_COLOR: '1' },
    });
    expect(r.status).toBe(0);
    expect(repo.git('show', 'HEAD:app.js')).toBe('export const t = process.env.GITHUB_TOKEN;\n');
    expect(r.stderr).toContain('stage the rewritten file there too: git add app.js');
    repo.stage('app.js');
    expect(repo.git('diff', '--cached', '--name-only')).toBe('other.txt\n');
  });

  it('keeps machine-readable output: JSON on stdout, the summary on stderr', () => {
    const key = fakeKeys.github('json');
    const repo = makeRepo({ 'a.js': `export const k = "${key}";\n` });
    repo.stage('a.js');
    const r = repo.scan([...FIX, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ findings: [], skipped: [] });
    expect(r.stderr).toContain('now reads process.env.GITHUB_TOKEN');
    expect(r.output).not.toContain(key);
  });

  it('a failure midway (the index is locked) leaves every file byte-identical', () => {
    const key = fakeKeys.openaiProject('lock');
    const code = `import os\r\nK = "${key}"\r\n`;
    const repo = makeRepo({ 'a.py': code, '.env': 'A=1\n', '.env.example': 'A=\n' });
    repo.stage('a.py', '.env');
    const indexBefore = repo.git('ls-files', '-s');
    writeFileSync(join(repo.dir, '.git', 'index.lock'), '');
    const r = repo.scan(FIX);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('keyguard: cannot scan: ');
    expect(r.stderr).toContain('git commit --no-verify');
    expect(read(repo, 'a.py')).toBe(code);
    expect(read(repo, '.env')).toBe('A=1\n');
    expect(read(repo, '.env.example')).toBe('A=\n');
    expect(() => read(repo, '.gitignore')).toThrow();
    expect(repo.git('ls-files', '-s')).toBe(indexBefore);
    expect(repo.git('status', '--porcelain', '--untracked-files=all')).not.toMatch(/keyguard-\d+\.tmp/);
  });
});
