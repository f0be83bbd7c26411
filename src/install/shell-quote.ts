/** Quote a word for a POSIX shell, only when it needs it. */
export function quote(word: string): string {
  return /^[\w./@%+=:,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** A command to run in a package folder, given relative to the repository root ('' for the root itself). */
export function inFolder(folder: string, command: string): string {
  return folder === '' ? command : `(cd ${quote(folder)} && ${command})`;
}
