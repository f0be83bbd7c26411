/**
 * Show just enough of a secret to recognise it, never enough to use it:
 * at most 4 leading and 3 trailing characters, and never more than a third of it.
 */
export function redact(secret: string): string {
  const firstLine = secret.split(/\r?\n|\\n/, 1)[0] ?? '';
  if (firstLine.startsWith('-----BEGIN')) return `${firstLine.slice(0, 40)}…`;
  const n = secret.length;
  const head = Math.min(4, Math.floor(n / 4));
  const tail = Math.min(3, Math.floor(n / 8));
  return `${secret.slice(0, head)}…${tail > 0 ? secret.slice(n - tail) : ''}`;
}
