import type { Applied } from './change.js';
import type { PackageManager } from './package-manager.js';

/** What every init route knows about the project. */
export interface ProjectContext {
  root: string;
  /** The folder of the package.json init works with. */
  pkgDir: string;
  lintStaged: boolean | undefined;
  /** keyguard as the user types it: `npx keyguard` (local install) or `keyguard` (global). */
  kg: string;
  pm: PackageManager;
  /** What a teammate runs after cloning (`npm install`…). */
  install: string;
  /** Yarn 2+, which runs no `prepare` script. */
  berry: boolean;
  progress: (line: string) => void;
}

/** What one init route did: a header, the changes file by file, and notes for the user. */
export interface RouteResult {
  header: string;
  applied: Applied[];
  notes: string[];
}
