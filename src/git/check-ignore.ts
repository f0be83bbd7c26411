import { namesFromNul, nulSeparated } from '../fs/path-bytes.js';
import { execGitBuffer } from './exec-git.js';

/**
 * Which of `paths` git's ignore rules cover: every .gitignore on the way down (nested ones included),
 * .git/info/exclude and core.excludesFile, exactly as git reads them. `--no-index` asks about the rules alone, so a
 * file that is staged or tracked anyway (added with --force, committed earlier) is still answered.
 *
 *   $ printf 'sub/.env\0a.txt\0' | git check-ignore --no-index -z --stdin
 *   sub/.env\0
 *
 * Only ignored paths are printed; git exits 1 when none is (an answer, not a failure) and 128 on errors.
 */
export function ignoredPaths(root: string, paths: readonly string[]): Set<string> {
  if (paths.length === 0) return new Set();
  const out = execGitBuffer(['check-ignore', '--no-index', '-z', '--stdin'], {
    cwd: root,
    input: nulSeparated(paths),
    okStatus: [1],
  });
  return new Set(namesFromNul(out ?? Buffer.alloc(0)));
}
