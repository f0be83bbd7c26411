import type { Config } from '../config/types.js';

/** Paths the configuration allowlists; micromatch is loaded only when there are globs to test. */
export async function allowFilter(config: Config): Promise<(path: string) => boolean> {
  if (config.allowPaths.length === 0) return () => false;
  const { default: micromatch } = await import('micromatch');
  const globs = config.allowPaths;
  return (path) => micromatch.isMatch(path, globs, { dot: true });
}
