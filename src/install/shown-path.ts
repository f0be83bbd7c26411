import { relative } from 'node:path';
import { toPosix } from '../fs/posix-path.js';

/** A path as printed: relative to the repository root when inside it, else absolute. */
export function shownPath(root: string, path: string): string {
  const rel = relative(root, path);
  return rel.startsWith('..') ? path : toPosix(rel);
}
