// What the bench measures on: a repository with a typical staged change, and a large tree of real code. Both are
// built from this project's node_modules (real package code, in a fixed order), in a temporary folder.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const MODULES = fileURLToPath(new URL('../node_modules', import.meta.url));
const TEXT = new Set([
  '.js',
  '.mjs',
  '.cjs',
  '.ts',
  '.mts',
  '.cts',
  '.json',
  '.md',
  '.map',
  '.css',
  '.html',
  '.yml',
  '.yaml',
  '.txt',
]);

export function workDir() {
  const dir = mkdtempSync(join(tmpdir(), 'keyguard-bench-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

function git(cwd, ...args) {
  const env = { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@example.invalid' };
  Object.assign(env, {
    GIT_COMMITTER_NAME: 'b',
    GIT_COMMITTER_EMAIL: 'b@example.invalid',
    GIT_CONFIG_GLOBAL: '/dev/null',
  });
  const r = spawnSync('git', args, { cwd, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}

/** Real package code (text files only), in a fixed order. */
function* realFiles(dir = MODULES) {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* realFiles(full);
    else if (entry.isFile() && TEXT.has(extname(entry.name))) yield full;
  }
}

/** A fake OpenAI project key, assembled at run time from parts. */
function fakeKey() {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let s = 'sk-' + 'proj-';
  let x = 12345;
  for (let i = 0; i < 120; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    s += chars[(x >> 8) % chars.length];
  }
  return s;
}

/** A repository whose index holds a typical change: 10 new files of real code (4–6 KB each, ~50 KB), one key. */
export function typicalCommit(work) {
  const dir = join(work, 'typical');
  mkdirSync(dir);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'init');
  let bytes = 0;
  let files = 0;
  for (const file of realFiles()) {
    if (files === 10) break;
    const size = statSync(file).size;
    if (size < 4000 || size > 6000 || !file.endsWith('.js')) continue;
    let text = readFileSync(file, 'utf8');
    if (files === 3) text += `\nconst client = new OpenAI({ apiKey: "${fakeKey()}" });\n`;
    writeFileSync(join(dir, `file${files}.js`), text);
    bytes += Buffer.byteLength(text);
    files++;
  }
  git(dir, 'add', '-A');
  return { dir, files, kib: bytes / 1024 };
}

/** A folder of at least `mb` MB of real package code: copies of node_modules' text files. */
export function buildTree(work, mb) {
  const dir = join(work, 'tree');
  const want = mb * 1024 * 1024;
  let bytes = 0;
  let files = 0;
  for (let copy = 0; bytes < want; copy++) {
    const before = bytes;
    for (const file of realFiles()) {
      const dest = join(dir, `copy${copy}`, relative(MODULES, file));
      mkdirSync(dirname(dest), { recursive: true });
      copyFileSync(file, dest);
      bytes += statSync(file).size;
      files++;
      if (bytes >= want) break;
    }
    if (bytes === before) throw new Error('no text files in node_modules to build the tree from');
  }
  return { dir, mb: bytes / 1024 / 1024, files };
}

export function emptyDir(work) {
  const dir = join(work, 'empty');
  mkdirSync(dir);
  return dir;
}
