import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { KeyguardError } from '../errors.js';
import { execGitBuffer } from '../git/exec-git.js';
import { findRepoRoot } from '../git/repo.js';
import { messages } from '../messages.js';
import { fsPath, namesFromNul, pathFromBytes } from '../fs/path-bytes.js';
import { toPosix } from '../fs/posix-path.js';

/** A file to scan: where it is on disk, how reports name it, how the configuration's globs see it. */
export interface ListedFile {
  absolute: string;
  /** Relative to the current directory, so that it opens from where the user stands (like ripgrep and ESLint). */
  display: string;
  /** Relative to the repository root (to the current directory outside a repository): for allowPaths. */
  path: string;
}

export interface Listing {
  files: ListedFile[];
  /** Symbolic links met inside the folders scanned, not followed (as displayed). */
  symlinks: string[];
  /** Folders that cannot be read (as displayed). */
  unreadable: string[];
}

type Add = (absolute: string, path: string) => void;

interface Walk {
  listing: Listing;
  add: Add;
  /** How reports show a path (relative to the current directory). */
  shown: (absolute: string) => string;
}

/**
 * Files under `paths`, honouring .gitignore inside a repository (tracked files plus untracked ones that are not
 * ignored, as git itself decides), and every regular file outside one. A path named on the command line is followed
 * when it is a symbolic link; links met inside folders are listed apart, not followed. A path that does not exist is
 * an error: a CI gate must not pass a typo as "nothing found".
 */
export function listFiles(paths: string[], cwd: string): Listing {
  const root = findRepoRoot(cwd);
  const listing: Listing = { files: [], symlinks: [], unreadable: [] };
  const here = realOr(cwd);
  const w = walker(listing, (absolute) => toPosix(relative(here, absolute)) || '.');
  const inRepo: string[] = [];
  for (const p of paths) {
    const named = resolve(cwd, p);
    const abs = followed(named, p);
    const rel = root === null ? null : relative(realOr(root), abs);
    if (rel !== null && !isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`)) {
      inRepo.push(rel === '' ? '.' : rel);
    } else {
      // shown under the name given (a link that leads out of the repository shows its files under the link)
      const prefix = toPosix(relative(cwd, named));
      walk(
        abs,
        here,
        walker(listing, (full) => [prefix, toPosix(relative(abs, full))].filter(Boolean).join('/') || '.'),
      );
    }
  }
  if (root !== null && inRepo.length > 0) listTracked(realOr(root), inRepo, w);
  return listing;
}

function walker(listing: Listing, shown: (absolute: string) => string): Walk {
  return { listing, shown, add: (absolute, path) => listing.files.push({ absolute, path, display: shown(absolute) }) };
}

/** A named path, its symbolic links resolved; an error when nothing is there. */
function followed(absolute: string, named: string): string {
  try {
    return realpathSync(absolute);
  } catch {
    throw new KeyguardError(messages.paths.missing(named));
  }
}

function realOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function listTracked(root: string, inRepo: string[], w: Walk): void {
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
  const names = namesFromNul(out ?? Buffer.alloc(0));
  for (const name of names) {
    const absolute = join(root, name);
    if (isSymlink(absolute)) w.listing.symlinks.push(w.shown(absolute));
    else w.add(absolute, name);
  }
  // A file or folder named on the command line that git lists nothing of (ignored, like .env or node_modules) is
  // still what the user asked to scan: walk it.
  for (const rel of inRepo) {
    const name = toPosix(rel);
    const prefix = rel === '.' ? '' : `${name}/`;
    if (prefix !== '' && !names.some((n) => n === name || n.startsWith(prefix))) walk(join(root, rel), root, w);
  }
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(fsPath(path)).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Every regular file under `abs` (a file or a folder); `base` is what `path` is relative to. */
function walk(abs: string, base: string, w: Walk): void {
  if (!lstatSync(fsPath(abs)).isDirectory()) {
    w.add(abs, toPosix(relative(base, abs)) || toPosix(abs));
    return;
  }
  const stack = [abs];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(fsPath(dir), { withFileTypes: true, encoding: 'buffer' });
    } catch {
      w.listing.unreadable.push(w.shown(dir));
      continue;
    }
    for (const entry of entries) {
      const name = pathFromBytes(entry.name);
      const full = join(dir, name);
      if (entry.isDirectory()) {
        if (name !== '.git') stack.push(full);
      } else if (entry.isFile()) w.add(full, toPosix(relative(base, full)));
      else if (entry.isSymbolicLink()) w.listing.symlinks.push(w.shown(full));
    }
  }
}
