import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KeyguardError } from '../errors.js';
import { hooksDir } from '../git/hooks.js';
import { findRepoRoot } from '../git/repo.js';
import { messages } from '../messages.js';
import type { Change } from '../install/change.js';
import { hookFiles } from '../install/hook-file.js';
import { runsKeyguard } from '../install/hook-lines.js';
import { readRecord, replaceRecord } from '../install/record.js';
import { revert, type Reverted } from '../install/revert.js';
import { shownPath } from '../install/shown-path.js';

export interface UninstallResult {
  reverted: Reverted[];
  /** Changes kept on purpose (husky that other hooks still use). */
  kept: Reverted[];
}

/**
 * Hooks added to a husky folder after init (keyguard's own are gone by then): husky stays set up for them. Hooks
 * that were there before init did not run before it either (husky was not set up), so they do not keep it.
 */
function laterHooks(root: string, huskyDir: string, changes: Change[]): string[] {
  const before = new Set(
    changes.flatMap((c) => (c.kind === 'generated' && c.husky === huskyDir ? (c.existing ?? []) : [])),
  );
  return hookFiles(root, huskyDir).filter((f) => !before.has(f));
}

/** Where keyguard still runs, for a clone without init's record: the hook files that name it. */
function hooksRunningKeyguard(root: string): string[] {
  const candidates = [join(hooksDir(root), 'pre-commit'), join(root, '.husky', 'pre-commit')];
  return candidates
    .filter((f) => existsSync(f) && runsKeyguard(readFileSync(f, 'utf8')))
    .map((f) => shownPath(root, f));
}

function withoutHusky(change: Change, inUse: Set<string>): Change {
  if (change.kind !== 'dependencies' || ![...inUse].some((dir) => dir.startsWith(change.dir))) return change;
  return { ...change, names: change.names.filter((n) => n !== 'husky') };
}

/** `keyguard uninstall`: reverse exactly what init recorded, last change first, each only as far as it is still init's. */
export function uninstall(cwd: string, kg: string): UninstallResult {
  const root = findRepoRoot(cwd);
  if (root === null) throw new KeyguardError(messages.uninstall.noRepository);
  const changes = readRecord(root);
  if (changes === null) throw new KeyguardError(messages.uninstall.noRecord(kg, hooksRunningKeyguard(root)));
  const reverted: Reverted[] = [];
  const kept: Reverted[] = [];
  const left: Change[] = [];
  const inUse = new Set<string>();
  const order = [...changes].reverse();
  // keyguard's own lines first: what is left in husky's folder then tells whether husky is still in use
  const linesFirst = [...order.filter((c) => c.kind === 'lines'), ...order.filter((c) => c.kind !== 'lines')];
  for (const change of linesFirst) {
    if (change.husky !== undefined && change.kind !== 'lines') {
      const others = laterHooks(root, change.husky, changes);
      if (others.length > 0) {
        inUse.add(change.husky);
        if (change.kind === 'generated')
          kept.push({ file: change.dir, what: messages.uninstall.huskyKept(others), done: true });
        continue;
      }
    }
    const next = withoutHusky(change, inUse);
    if (next.kind === 'dependencies' && next.names.length === 0) continue;
    const outcome = revert(root, next);
    reverted.push(outcome);
    if (!outcome.done) left.push(change);
  }
  replaceRecord(root, left.reverse());
  return { reverted, kept };
}

export function formatUninstall(result: UninstallResult): { text: string; complete: boolean } {
  const rows = [...result.reverted, ...result.kept].filter((r) => r.what !== '');
  const width = Math.max(0, ...rows.map((r) => r.file.length));
  const lines = [messages.uninstall.header, ...rows.map((r) => `  ${r.file.padEnd(width)}  ${r.what}`)];
  const complete = result.reverted.every((r) => r.done);
  lines.push(complete ? messages.uninstall.done : messages.uninstall.leftOver);
  return { text: `${lines.join('\n')}\n`, complete };
}
