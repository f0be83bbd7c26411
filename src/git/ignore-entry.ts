/** Templates stay committable when an entry we write would otherwise cover them. */
const ENV_TEMPLATES: readonly string[] = ['.env.example', '.env.sample', '.env.template', '.env.dist'];

/** Escape what .gitignore would read as a pattern: wildcards, a leading `#` or `!`, trailing spaces. */
function literal(name: string): string {
  return name
    .replace(/[\\*?[]/g, '\\$&')
    .replace(/^[#!]/, '\\$&')
    .replace(/ +$/, (spaces) => spaces.replace(/ /g, '\\ '));
}

/**
 * The .gitignore lines that cover `path` (relative to the repository root). Environment files get the usual
 * broad pair, `.env` and `.env.*`, the latter with its templates re-included; any other file is named exactly:
 * by its name at the root (so copies in sub-folders are covered too), by its path below it.
 */
export function ignoreEntries(path: string): string[] {
  const slash = path.lastIndexOf('/');
  const base = path.slice(slash + 1);
  if (base === '.env') return ['.env'];
  if (base.startsWith('.env.') && !/[\\*?[\]]/.test(base)) return ['.env.*', ...ENV_TEMPLATES.map((t) => `!${t}`)];
  return [slash === -1 ? literal(base) : literal(path)];
}

/** The first line of `ignoreEntries`: what a message names. */
export function mainEntry(path: string): string {
  return ignoreEntries(path)[0]!;
}
