import { UsageError } from '../errors.js';
import { historyMessages } from '../messages.js';

const ZERO = /^0+$/;

/**
 * The commits a push sends, as `git log` arguments, from the lines git writes to a pre-push hook's standard input:
 *
 *   refs/heads/main 67a1…e0 refs/heads/main 3f0c…9b
 *   refs/heads/topic 9d2e…41 refs/heads/topic 0000000000000000000000000000000000000000
 *   (delete) 0000000000000000000000000000000000000000 refs/heads/old 5b7a…c3
 *
 * Every local commit pushed, less what any remote-tracking ref or the remote's old tip already has (a new branch:
 * what no remote-tracking ref has). A deletion sends nothing. A remote tip this clone never fetched is skipped
 * (`--ignore-missing`) rather than failing. Null: nothing is sent.
 */
export function prePushRevs(stdin: string): string[] | null {
  const tips: string[] = [];
  const known: string[] = [];
  for (const line of stdin.split('\n').map((l) => l.trim())) {
    if (line === '') continue;
    const [, localSha, , remoteSha, extra] = line.split(' ');
    if (
      remoteSha === undefined ||
      extra !== undefined ||
      !/^[0-9a-f]+$/.test(localSha ?? '') ||
      !/^[0-9a-f]+$/.test(remoteSha)
    )
      throw new UsageError(historyMessages.badStdin(line));
    if (ZERO.test(localSha!)) continue;
    tips.push(localSha!);
    if (!ZERO.test(remoteSha)) known.push(remoteSha);
  }
  if (tips.length === 0) return null;
  return ['--ignore-missing', ...tips, '--not', ...known, '--remotes'];
}
