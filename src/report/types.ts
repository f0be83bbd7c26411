/** An output format of the reports: `--format`. */
export type Format = 'text' | 'json' | 'sarif';

/** A key pattern found in content. `secret` is always redacted. */
export interface SecretFinding {
  kind: 'secret';
  rule: string;
  provider: string;
  description: string;
  /** Relative to the repository root (or the current directory outside a repository). */
  file: string;
  /** 1-based. */
  line: number;
  column: number;
  /** Redacted preview, never the full secret. */
  secret: string;
  /** sha256 of rule id and secret: stable when code moves. */
  fingerprint: string;
  remediation: string;
  /** "low" when the token failed its offline structural check (checksum); low findings do not block by default. */
  confidence: 'high' | 'low';
}

/** A secret-bearing file that is about to be committed. */
export interface FileFinding {
  kind: 'file';
  rule: string;
  file: string;
  /** The exact next step, e.g. "add '.env' to .gitignore". */
  fix: string;
  /** Already in history: its contents must be treated as leaked. */
  tracked?: boolean;
}

export type Finding = SecretFinding | FileFinding;

interface SkippedFile {
  file: string;
  reason: 'binary' | 'too-large' | 'unreadable';
}

export interface Report {
  mode: 'staged' | 'paths';
  findings: Finding[];
  /** Files whose content was scanned. */
  files: number;
  bytes: number;
  skipped: SkippedFile[];
  /** Findings that matched the baseline and were not reported. */
  baselined: number;
  /** The project blocks on low-confidence findings too (configuration `blockLowConfidence`). */
  blockLowConfidence: boolean;
}

/** Does this report stop the commit? */
export function blocks(report: Report): boolean {
  return report.findings.some(isBlocking(report));
}

/** Files and high-confidence secrets block; low-confidence ones only when the project says so. */
export function isBlocking(report: Report): (finding: Finding) => boolean {
  return (f) => f.kind === 'file' || f.confidence === 'high' || report.blockLowConfidence;
}
