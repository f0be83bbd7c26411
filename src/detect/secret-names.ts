/**
 * File names that mark a file as secret-bearing. Each glob is matched, case-insensitively, against the file's
 * base name; `*` and `?` never cross a `/`. Projects drop defaults by name (`ignoreSecretFiles`) and add their own
 * globs (`secretFiles`).
 */
export const DEFAULT_SECRET_FILES: readonly string[] = [
  // environment files (templates are exempt, see isTemplate)
  '.env',
  '.env.*',
  // local configuration that overrides committed defaults
  'config.local.*',
  'settings.local.*',
  'local_settings.py',
  '*.local.json',
  '*.local.yaml',
  '*.local.yml',
  '*.local.toml',
  '*.local.ini',
  // keys and key stores
  '*.pem',
  '*.key',
  '*.p12',
  '*.pfx',
  '*.jks',
  '*.keystore',
  'id_rsa',
  'id_dsa',
  'id_ecdsa',
  'id_ed25519',
  // service-account and credential files
  'credentials.json',
  'client_secret*.json',
  '*service-account*.json',
  '*service_account*.json',
  '.netrc',
  '.pgpass',
];

/** Copies that carry the same content: `.env.bak`, `id_rsa.old`, `config.local.py~`. */
const BACKUP_SUFFIX = /(?:\.bak|\.old|\.orig|~)+$/;

/** A dot-separated part that marks a template meant to be committed: `.env.example`, `config.local.sample.py`. */
const TEMPLATE_PART = /\.(?:example|sample|template|dist)(?:\.|$)/;

function globToSource(glob: string): string {
  return glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
}

/**
 * One regular expression for a list of base-name globs, for lower-case names (see secretBaseName): lower-casing the
 * name is cheaper than the `i` flag, which makes V8's regex compiler work through Unicode case folding.
 */
export function compileNames(globs: readonly string[]): RegExp | null {
  if (globs.length === 0) return null;
  return new RegExp(`^(?:${globs.map((g) => globToSource(g.toLowerCase())).join('|')})$`);
}

/** The base name a secret-name test looks at: lower-case, backup suffixes removed. */
export function secretBaseName(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const stripped = base.replace(BACKUP_SUFFIX, '');
  return stripped.length > 0 ? stripped : base;
}

/** For a base name from secretBaseName. */
export function isTemplate(baseName: string): boolean {
  return TEMPLATE_PART.test(baseName);
}
