import type { Config } from '../config/types.js';

/** A test of paths against micromatch globs; micromatch is loaded only when there are globs to test. */
export async function globFilter(globs: readonly string[]): Promise<(path: string) => boolean> {
  if (globs.length === 0) return () => false;
  const { default: micromatch } = await import('micromatch');
  return (path) => micromatch.isMatch(path, [...globs], { dot: true });
}

/** Paths the configuration allowlists. */
export async function allowFilter(config: Config): Promise<(path: string) => boolean> {
  return globFilter(config.allowPaths);
}
