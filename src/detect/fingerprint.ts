/**
 * Fingerprints: the stable identity of a finding, independent of file and line, shown in JSON and SARIF and kept in
 * the baseline. A plain hash of a short secret can be reversed by guessing (a weak database password falls to a few
 * hundred tries), so a fingerprint is keyed: HMAC-SHA256 with the repository's random salt (config/salt.ts), of the
 * rule id, a NUL and the secret with CRLF line ends read as LF (a PEM key reads the same from a CRLF checkout and
 * from a staged diff). node:crypto is loaded only when there is something to fingerprint.
 */
export type Fingerprint = (ruleId: string, secret: string) => string;

export async function fingerprinter(salt: Buffer): Promise<Fingerprint> {
  const { createHmac } = await import('node:crypto');
  return (ruleId, secret) =>
    createHmac('sha256', salt)
      .update(`${ruleId}\0${secret.replace(/\r\n/g, '\n')}`, 'utf8')
      .digest('hex');
}

/** The unkeyed sha256 of rule id, NUL and secret that baselines of version 1 hold: only to read them. */
export async function legacyFingerprinter(): Promise<Fingerprint> {
  const { createHash } = await import('node:crypto');
  return (ruleId, secret) => createHash('sha256').update(`${ruleId}\0${secret}`, 'utf8').digest('hex');
}
