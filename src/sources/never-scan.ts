import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fsPath } from '../fs/path-bytes.js';

/**
 * How much of a file is scanned: all of it; only its lines that hold a URL with credentials (`://` and `@`), for a
 * package manager's lockfile where it belongs; or none, for keyguard's own baseline at the repository root.
 *
 * A lockfile is generated, full of hashes and integrity strings, and never where a key is typed: scanning it whole
 * costs time and false alarms. But a file is only a lockfile where its package manager puts it, next to its
 * manifest (go.sum beside go.mod): a `deploy/go.sum` with no go.mod is an ordinary file and is scanned whole. Even a
 * real lockfile records the URLs it resolved from, `resolved "https://user:token@registry…"`, so those lines are
 * still scanned.
 */
export type ScanScope = 'all' | 'url-lines' | 'none';

/** Lockfile name → the names of which one must sit in the same folder (a `*.x` name: any file ending in `.x`). */
const LOCKFILES: Record<string, readonly string[]> = {
  'package-lock.json': ['package.json'],
  'npm-shrinkwrap.json': ['package.json'],
  'yarn.lock': ['package.json'],
  'pnpm-lock.yaml': ['package.json'],
  'bun.lock': ['package.json'],
  'bun.lockb': ['package.json'],
  'deno.lock': ['deno.json', 'deno.jsonc', 'package.json'],
  'go.sum': ['go.mod'],
  'go.work.sum': ['go.work'],
  'Cargo.lock': ['Cargo.toml'],
  'poetry.lock': ['pyproject.toml'],
  'Pipfile.lock': ['Pipfile'],
  'pdm.lock': ['pyproject.toml'],
  'uv.lock': ['pyproject.toml'],
  'pixi.lock': ['pixi.toml', 'pyproject.toml'],
  'conda-lock.yml': ['environment.yml', 'environment.yaml', 'pyproject.toml'],
  'composer.lock': ['composer.json'],
  'Gemfile.lock': ['Gemfile', '*.gemspec'],
  'gems.locked': ['gems.rb'],
  'mix.lock': ['mix.exs'],
  'pubspec.lock': ['pubspec.yaml'],
  'Podfile.lock': ['Podfile'],
  'Cartfile.resolved': ['Cartfile'],
  'Package.resolved': ['Package.swift', '*.xcworkspace', '*.xcodeproj'],
  'packages.lock.json': ['*.csproj', '*.fsproj', '*.vbproj'],
  'paket.lock': ['paket.dependencies'],
  'gradle.lockfile': ['build.gradle', 'build.gradle.kts', 'settings.gradle', 'settings.gradle.kts'],
  'flake.lock': ['flake.nix'],
  '.terraform.lock.hcl': ['*.tf'],
  'MODULE.bazel.lock': ['MODULE.bazel'],
};

const BASELINE = '.keyguard-baseline.json';

/** Xcode keeps a project's Package.resolved inside its workspace bundle. */
const XCODE_RESOLVED =
  /\.xc(?:workspace|odeproj)\/(?:project\.xcworkspace\/)?xcshareddata\/swiftpm\/Package\.resolved$/;

/**
 * `path` names the file as the scan sees it (relative to the repository root, with `/`); `absolute` is where it is
 * on disk, whose folder is looked at for the manifest. Costs a string lookup for every other file.
 */
export function scanScope(path: string, absolute: string): ScanScope {
  if (path === BASELINE) return 'none';
  const base = path.slice(path.lastIndexOf('/') + 1);
  const manifests = LOCKFILES[base];
  if (manifests === undefined) return 'all';
  if (base === 'Package.resolved' && XCODE_RESOLVED.test(path)) return 'url-lines';
  return besideManifest(dirname(absolute), manifests) ? 'url-lines' : 'all';
}

function besideManifest(dir: string, manifests: readonly string[]): boolean {
  let names: string[] | undefined;
  return manifests.some((m) => {
    if (!m.startsWith('*')) return existsSync(fsPath(join(dir, m)));
    try {
      names ??= readdirSync(fsPath(dir), { encoding: 'latin1' });
    } catch {
      names = [];
    }
    return names.some((n) => n.endsWith(m.slice(1)));
  });
}
