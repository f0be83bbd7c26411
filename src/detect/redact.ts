/**
 * Show just enough of a secret to recognise it, never enough to help guess it: a PEM block by its header line; a
 * short secret (a password) by nothing at all, a medium one by its first 2 characters, a long one (a provider's token)
 * by its first 4 and, from 32 characters, its last 2.
 */
export function redact(secret: string): string {
  const firstLine = secret.split(/\r?\n|\\n/, 1)[0] ?? '';
  if (firstLine.startsWith('-----BEGIN')) return `${firstLine.slice(0, 40)}…`;
  const n = secret.length;
  if (n < 12) return '…';
  if (n < 24) return `${secret.slice(0, 2)}…`;
  return `${secret.slice(0, 4)}…${n >= 32 ? secret.slice(n - 2) : ''}`;
}
