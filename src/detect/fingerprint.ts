import { sha256Hex } from './sha256.js';

/** Stable identity of a finding: sha256 of rule id, a NUL and the secret; independent of file and line. */
export function fingerprint(ruleId: string, secret: string): string {
  return sha256Hex(`${ruleId}\0${secret}`);
}
