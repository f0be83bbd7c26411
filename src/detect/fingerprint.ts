/** Stable identity of a finding: sha256 of rule id and secret, independent of file and line. */
export type Fingerprinter = (ruleId: string, secret: string) => string;

/** node:crypto is loaded only when there is something to fingerprint: a clean commit never pays for it. */
export async function loadFingerprinter(): Promise<Fingerprinter> {
  const { createHash } = await import('node:crypto');
  return (ruleId, secret) => createHash('sha256').update(ruleId).update('\0').update(secret).digest('hex');
}
