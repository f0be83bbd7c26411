import type { SecretFinding } from '../report/types.js';
import type { Detector } from './compile.js';
import { matchHits, scanBytes } from './engine.js';
import { fingerprinter } from './fingerprint.js';
import { redact } from './redact.js';

/** A finding that still holds its secret; it never leaves the scan: `finalize` hashes and drops it. */
export interface RawFinding extends Omit<SecretFinding, 'fingerprint'> {
  raw: string;
  /**
   * The secret on its own, without the name it is assigned to, is found by the same (not generic) rule: a provider's
   * token format or a private key, evidence by itself. Set by the scanner (scanner.ts); a value judged by its name,
   * or a JWT, is not.
   */
  standalone?: boolean;
}

/**
 * Scan `text` (a string, or UTF-8 bytes). `lineOf` maps a 0-based line index of `text` to the file's 1-based line
 * number (staged mode joins only the added lines). `hits` are the keyword hits when the caller already has them.
 */
export function findSecrets(
  text: string | Buffer,
  file: string,
  detector: Detector,
  lineOf: (index: number) => number = (i) => i + 1,
  hits?: number[],
): RawFinding[] {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const matches = hits === undefined ? scanBytes(bytes, detector) : matchHits(bytes, hits, detector);
  return matches.map((m) => {
    const { rule } = detector.rules[m.ruleIndex]!;
    return {
      kind: 'secret',
      rule: rule.id,
      provider: rule.provider,
      description: rule.description,
      file,
      line: lineOf(m.line),
      column: m.column + 1,
      secret: redact(m.secret),
      remediation: rule.remediation,
      confidence: m.lowConfidence ? 'low' : 'high',
      raw: m.secret,
    };
  });
}

/**
 * Fingerprint the findings with the repository's salt (see fingerprint.ts) and forget their secrets. With no salt the
 * fingerprints are left empty: a text report does not show them, and node:crypto then stays unloaded on the hook's path.
 */
export async function finalize(raw: RawFinding[], salt: Buffer | null): Promise<SecretFinding[]> {
  if (raw.length === 0) return [];
  const fingerprint = salt === null ? () => '' : await fingerprinter(salt);
  return raw.map(({ raw: secret, standalone: _, ...rest }) => ({
    ...rest,
    fingerprint: fingerprint(rest.rule, secret),
  }));
}
