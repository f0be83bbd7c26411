import { execGit, execGitBuffer } from './exec-git.js';

/**
 * Objects read by name with plumbing that no diff setting changes: an object id, or `:path` for the index's copy
 * of a file (names must hold no newline). Results come in the order of `names`; null for one that does not exist.
 */

/**
 * Sizes in bytes, asked before reading, so that a huge file is never loaded to be judged.
 *
 *   $ printf '8ab686e…\n:missing.txt\n' | git cat-file --batch-check
 *   8ab686eafeb1f44702738c8b0f24f2567c36da6d blob 12
 *   :missing.txt missing
 */
export function objectSizes(root: string, names: readonly string[]): (number | null)[] {
  if (names.length === 0) return [];
  const out = execGitBuffer(['cat-file', '--batch-check'], { cwd: root, input: names.map((n) => `${n}\n`).join('') });
  const lines = (out ?? Buffer.alloc(0)).toString('latin1').split('\n');
  return names.map((_, i) => {
    const fields = (lines[i] ?? '').split(' ');
    return fields.length === 3 ? Number(fields[2]) : null;
  });
}

/**
 * Contents, as bytes.
 *
 *   $ printf '8ab686e…\n:missing.txt\n' | git cat-file --batch
 *   8ab686eafeb1f44702738c8b0f24f2567c36da6d blob 12
 *   hello world
 *
 *   :missing.txt missing
 *
 * Each object is its header line, exactly `size` bytes of content, and a newline; a missing one is its line alone.
 */
export function readObjects(root: string, names: readonly string[]): (Buffer | null)[] {
  if (names.length === 0) return [];
  const out = execGitBuffer(['cat-file', '--batch'], { cwd: root, input: names.map((n) => `${n}\n`).join('') });
  const bytes = out ?? Buffer.alloc(0);
  const result: (Buffer | null)[] = [];
  let at = 0;
  for (let i = 0; i < names.length; i++) {
    const nl = bytes.indexOf(0x0a, at);
    if (nl === -1) {
      result.push(null);
      continue;
    }
    const fields = bytes.toString('latin1', at, nl).split(' ');
    at = nl + 1;
    if (fields.length !== 3) {
      result.push(null);
      continue;
    }
    const size = Number(fields[2]);
    result.push(bytes.subarray(at, at + size));
    at += size + 1;
  }
  return result;
}

/**
 * One blob's content, as bytes.
 *
 *   $ git cat-file blob 3b18e51
 *   const a = 1;
 */
export function readBlob(root: string, oid: string): Buffer {
  return execGitBuffer(['cat-file', 'blob', oid], { cwd: root }) ?? Buffer.alloc(0);
}

/**
 * Store content as a blob (no filters: it is already what the index holds) and return its object id.
 *
 *   $ printf 'x\n' | git hash-object -w --no-filters --stdin
 *   587be6b4c3f93f93c489c0111bba5596147a26cb
 */
export function writeBlob(root: string, content: Buffer): string {
  return (execGit(['hash-object', '-w', '--no-filters', '--stdin'], { cwd: root, input: content }) ?? '').trim();
}
