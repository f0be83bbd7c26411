import { EXIT } from '../errors.js';

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
  /** HMAC-SHA256 of rule id and secret, keyed with the repository's salt: stable when code moves. */
  fingerprint: string;
  remediation: string;
  /** "low" when the token failed its offline structural check (checksum); low findings do not block by default. */
  confidence: 'high' | 'low';
  /** History mode: where the key first came in, and where it still lives. */
  commit?: string;
  author?: string;
  /** Author date of the commit, ISO 8601. */
  date?: string;
  /** The commit is reachable from a remote-tracking ref: the key left this machine, revoke it. */
  pushed?: boolean;
  /** A remote-tracking branch holding the commit (origin/main), when pushed. */
  remoteBranch?: string;
  /** HEAD's version of the file still holds the key. */
  present?: boolean;
  /** The commit has no parent (rewriting it takes `git rebase -i --root`). */
  rootCommit?: boolean;
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

/** Code that prints secrets to logs (the whole environment, a secret-named value): a warning. */
export interface LogLeakFinding {
  kind: 'log-leak';
  rule: string;
  /** Blocks only when the configuration says `"warnings": "block"`. */
  severity: 'warning';
  file: string;
  /** 1-based. */
  line: number;
  column: number;
  description: string;
  /** The exact next step. */
  fix: string;
}

export type Finding = SecretFinding | FileFinding | LogLeakFinding;

/**
 * Why a file's content was not scanned, or not all of it: a binary (only its printable text was checked, for
 * standalone key formats), a file over the size limit, one that cannot be read, a symbolic link met inside a folder
 * (not followed).
 */
export type SkipReason = 'binary' | 'too-large' | 'unreadable' | 'symlink';

export interface SkippedFile {
  file: string;
  reason: SkipReason;
  /** Keyguard could not check what it holds: the scan fails (exit 2) until it is dealt with. */
  blocks: boolean;
}

export interface Report {
  /** pre-push: the history scan of the commits a push sends. */
  mode: 'staged' | 'paths' | 'history' | 'pre-push';
  /** History modes: the commits read. */
  commits?: number;
  findings: Finding[];
  /** Files whose content was scanned. */
  files: number;
  bytes: number;
  skipped: SkippedFile[];
  /** Findings that matched the baseline and were not reported. */
  baselined: number;
  /** The project blocks on low-confidence findings too (configuration `blockLowConfidence`). */
  blockLowConfidence: boolean;
  /** The project blocks on warnings (log leaks) too (configuration `"warnings": "block"`). */
  blockWarnings?: boolean;
  /** Things the user should know about how the scan ran (an outdated baseline, a configuration not staged). */
  notices: string[];
}

/** A report with nothing in it yet. */
export function emptyReport(mode: Report['mode'], blockLowConfidence: boolean, blockWarnings = false): Report {
  const empty = { findings: [], files: 0, bytes: 0, skipped: [], baselined: 0, notices: [] };
  return { mode, ...empty, blockLowConfidence, blockWarnings };
}

/** Does this report stop the commit? */
export function blocks(report: Report): boolean {
  return report.findings.some(isBlocking(report));
}

/** 1 for blocking findings; else 2 when a file could not be checked (fail closed); else 0 (see errors.ts). */
export function exitCode(report: Report): number {
  if (blocks(report)) return EXIT.FINDINGS;
  return report.skipped.some((s) => s.blocks) ? EXIT.ERROR : EXIT.CLEAN;
}

/** Files and high-confidence secrets block; low-confidence ones and warnings only when the project says so. */
export function isBlocking(report: Report): (finding: Finding) => boolean {
  return (f) =>
    f.kind === 'file' ||
    (f.kind === 'log-leak' ? report.blockWarnings === true : f.confidence === 'high' || report.blockLowConfidence);
}
