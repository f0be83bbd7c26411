import { relative, sep } from 'node:path';

/**
 * keyguard as the user types it in their shell, told from how this process was started, for every command a
 * message prints: a package manager's runner when one started it (npm_config_user_agent), `npx keyguard` when the
 * program lives in the node_modules of a project around the current folder (a local install, or npx's cache),
 * else `keyguard` (a global install, on PATH).
 */
export function keyguardCommand(
  invokedAs: string | undefined,
  cwd: string,
  env: Record<string, string | undefined>,
): string {
  const agent = env.npm_config_user_agent ?? '';
  if (agent.startsWith('yarn/')) return 'yarn keyguard';
  if (agent.startsWith('pnpm/')) return 'pnpm exec keyguard';
  if (agent.startsWith('bun/')) return 'bunx keyguard';
  if (invokedAs === undefined) return 'keyguard';
  const path = invokedAs.split(sep).join('/');
  if (path.includes('/_npx/')) return 'npx keyguard';
  const at = path.indexOf('/node_modules/');
  if (at === -1) return 'keyguard';
  const project = path.slice(0, at) || '/';
  const rel = relative(project, cwd);
  return rel === '' || !(rel.startsWith('..') || rel.startsWith(sep) || /^[A-Za-z]:/.test(rel))
    ? 'npx keyguard'
    : 'keyguard';
}
