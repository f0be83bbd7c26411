import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { execGitBuffer } from '../git/exec-git.js';
import { findRepoRoot } from '../git/repo.js';
import { toPosix } from '../fs/posix-path.js';

/** A file to scan: where it is on disk and how reports name it. */
export interface ListedFile {
  absolute: string;
  display: string;
}

/**
 * Files under `paths`, honouring .gitignore inside a repository (tracked files plus untracked ones that are not
 * ignored, as git itself decides), and every regular file outside one. Symlinks are not followed.
 */
export function listFiles(paths: string[], cwd: string): { base: string; files: ListedFile[] } {
  const root = findRepoRoot(cwd);
  const base = root ?? cwd;
  const files: ListedFile[] = [];
  const inRepo: string[] = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    const rel = root === null ? null : relative(root, abs);
    if (rel !== null && !rel.startsWith('..') && !rel.startsWith(sep) && rel !== '..')
      inRepo.push(rel === '' ? '.' : rel);
    else walk(abs, base, files);
  }
  if (root !== null && inRepo.length > 0) {
    // $ git ls-files -z --cached --others --exclude-standard -- src
    // src/app.py\0src/util/config.py\0
    const out = execGitBuffer(
      [
        '--literal-pathspecs',
        '-c',
        'core.quotePath=false',
        'ls-files',
        '-z',
        '--cached',
        '--others',
        '--exclude-standard',
        '--deduplicate',
        '--',
        ...inRepo,
      ],
      { cwd: root },
    );
    const text = out?.toString('utf8') ?? '';
    const names = text.split('\0').filter((name) => name.length > 0);
    for (const name of names)
      if (!inRepo.includes(name) || !isDirectory(join(root, name)))
        files.push({ absolute: join(root, name), display: name });
    // A folder named on the command line that git lists nothing inside (ignored, like node_modules, or a symlink to
    // a folder) is still what the user asked to scan: walk it.
    for (const rel of inRepo) {
      const prefix = rel === '.' ? '' : `${toPosix(rel)}/`;
      if (prefix !== '' && !names.some((n) => n.startsWith(prefix)) && isDirectory(join(root, rel))) {
        walk(realpathOr(join(root, rel)), root, files, join(root, rel));
      }
    }
  }
  return { base, files };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function realpathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Every regular file under `abs`; `shown` is where reports say `abs` is (a symlink that led to it). */
function walk(abs: string, base: string, out: ListedFile[], shown: string = abs): void {
  let stat;
  try {
    stat = lstatSync(abs);
  } catch {
    return;
  }
  if (stat.isFile()) {
    out.push({ absolute: abs, display: toPosix(relative(base, shown)) });
    return;
  }
  if (!stat.isDirectory()) return;
  // Each folder carries the name reports give it, so a file's name is one concatenation, not a path computation.
  const top = toPosix(relative(base, shown));
  const stack: [string, string][] = [[abs, top === '' ? '' : `${top}/`]];
  while (stack.length > 0) {
    const [dir, prefix] = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '.git') stack.push([full, `${prefix}${entry.name}/`]);
      } else if (entry.isFile()) {
        out.push({ absolute: full, display: `${prefix}${entry.name}` });
      }
    }
  }
}
