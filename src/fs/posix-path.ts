import { relative, sep } from 'node:path';

/** A path with `/` separators, as git and keyguard's reports write paths on every platform. */
export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** `to` relative to `from`, with `/` separators. */
export function posixRelative(from: string, to: string): string {
  return toPosix(relative(from, to));
}
