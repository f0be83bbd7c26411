import type { PackageManager } from './package-manager.js';

/**
 * One thing init changed, recorded so that `keyguard uninstall` reverses exactly that and nothing else. Paths are
 * relative to the repository root, with `/`.
 */
export type Change =
  /** A value set in a JSON file (package.json script, lint-staged task…); `before` absent: the key was not there. */
  (
    | { kind: 'json'; file: string; key: string[]; before?: unknown; after: unknown; createdParent?: boolean }
    /** Lines added to a text file (a hook, a YAML config); `created`: the file did not exist. */
    | { kind: 'lines'; file: string; lines: string[]; created: boolean }
    /** A whole file init wrote (the plain hook). */
    | { kind: 'file'; file: string; content: string }
    /** A hook init moved aside to run it first (the plain hook's predecessor). */
    | { kind: 'moved'; from: string; to: string }
    /** A git setting (core.hooksPath); `before` null: it was unset. */
    | { kind: 'config'; key: string; before: string | null; after: string }
    /** A folder init created (removed again when nothing else is left in it). */
    | { kind: 'folder'; dir: string }
    /** husky's generated hooks folder (`.husky/_`), which init had husky create; `existing`: the hooks there before. */
    | { kind: 'generated'; dir: string; existing?: string[] }
    /** Development dependencies init added with the project's package manager, in `dir`. */
    | { kind: 'dependencies'; pm: PackageManager; dir: string; names: string[] }
    /** A hook manager's command that copies its config into git's hooks folder, run again after the config is undone. */
    | { kind: 'resync'; dir: string; bin: string }
  ) & {
    /** Set when the change only serves husky in this folder: kept while other hooks there still use husky. */
    husky?: string;
  };

/** A change and what init says about it, file by file. */
export interface Applied {
  file: string;
  what: string;
  change?: Change;
}
