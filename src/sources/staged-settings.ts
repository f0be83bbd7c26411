import { join } from 'node:path';
import { BASELINE_FILE, parseBaseline, type Baseline } from '../config/baseline-file.js';
import { CONFIG_FILE, loadConfig, readIfExists } from '../config/load.js';
import type { Config } from '../config/types.js';
import { readObjects } from '../git/blobs.js';
import type { StagedChange } from '../git/staged.js';
import { messages } from '../messages.js';

export interface StagedSettings {
  config: Config;
  baseline: Baseline | null;
  notices: string[];
}

const PACKAGE_JSON = 'package.json';

/**
 * `scan --staged` judges a commit by the configuration and baseline the commit carries: their copies in the index,
 * which every teammate and CI read too. A copy that only the working tree has (never staged, or with unstaged edits)
 * does not apply, and a notice says so: otherwise one person's untracked `.keyguardrc.json` could silence the check
 * for them alone. The index is read only for files that the working tree has or the commit changes (one
 * `git cat-file --batch` for all of them; package.json only when its working copy or its staged lines mention
 * keyguard), so a project without them pays nothing.
 */
export function stagedSettings(root: string, changes: readonly StagedChange[]): StagedSettings {
  const staged = new Map(changes.map((c) => [c.path, c]));
  const disk = new Map([CONFIG_FILE, BASELINE_FILE, PACKAGE_JSON].map((n) => [n, readIfExists(join(root, n))]));
  const wanted = [...disk.keys()].filter((name) => {
    const text = disk.get(name) ?? null;
    if (name !== PACKAGE_JSON) return staged.has(name) || text !== null;
    // package.json is staged in many commits: its copy is read only when either side mentions keyguard
    const added = staged.get(name)?.added.bytes.toString('latin1') ?? '';
    return configuresKeyguard(added) || (text !== null && configuresKeyguard(text));
  });
  const index = readIndexCopies(root, wanted, staged);
  const read = (name: string) => (wanted.includes(name) ? (index.get(name) ?? null) : null);
  const notices: string[] = [];
  for (const name of [CONFIG_FILE, BASELINE_FILE]) {
    const [working, indexed] = [disk.get(name) ?? null, read(name)];
    if (working !== null && indexed === null) notices.push(messages.settings.notStaged(name));
    else if (working !== null && working !== indexed) notices.push(messages.settings.unstagedEdits(name));
  }
  const text = read(BASELINE_FILE);
  return { config: loadConfig(root, read), baseline: text === null ? null : parseBaseline(text), notices };
}

function configuresKeyguard(packageJson: string): boolean {
  return packageJson.includes('"keyguard"');
}

/** The index's copy of each file: by the staged blob when the commit changes it, else by `:name`. */
function readIndexCopies(
  root: string,
  names: readonly string[],
  staged: Map<string, StagedChange>,
): Map<string, string | null> {
  const copies = new Map<string, string | null>();
  const toRead: string[] = [];
  const objects: string[] = [];
  for (const name of names) {
    const change = staged.get(name);
    if (change?.status === 'D') copies.set(name, null);
    else {
      toRead.push(name);
      objects.push(change === undefined ? `:${name}` : change.blob);
    }
  }
  readObjects(root, objects).forEach((blob, i) => copies.set(toRead[i]!, blob?.toString('utf8') ?? null));
  return copies;
}
