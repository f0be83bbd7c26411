/**
 * Files that are never scanned for secrets, by name: lockfiles (generated, full of hashes and integrity strings,
 * and never where a key is typed) and keyguard's own baseline. Checked per file, cheaply, in both scans.
 */
const NAMES = new Set([
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lock',
  'bun.lockb',
  'deno.lock',
  'go.sum',
  'go.work.sum',
  'Cargo.lock',
  'poetry.lock',
  'Pipfile.lock',
  'pdm.lock',
  'uv.lock',
  'pixi.lock',
  'conda-lock.yml',
  'composer.lock',
  'Gemfile.lock',
  'gems.locked',
  'mix.lock',
  'pubspec.lock',
  'Podfile.lock',
  'Cartfile.resolved',
  'Package.resolved',
  'packages.lock.json',
  'paket.lock',
  'gradle.lockfile',
  'flake.lock',
  '.terraform.lock.hcl',
  'MODULE.bazel.lock',
  '.keyguard-baseline.json',
]);

/** `path` uses forward slashes (as reports name files). */
export function neverScanned(path: string): boolean {
  return NAMES.has(path.slice(path.lastIndexOf('/') + 1));
}
