/** A rule a project adds in its configuration. */
export interface CustomRuleConfig {
  id: string;
  regex: string;
  keywords: string[];
  provider?: string;
  description?: string;
  entropy?: number;
  remediation?: string;
}

export interface Config {
  /** micromatch globs of paths never scanned for secrets (relative to the repository root). */
  allowPaths: string[];
  /** Rule ids that never run. */
  disableRules: string[];
  /** Extra rules from the project. */
  rules: CustomRuleConfig[];
  /** Extra globs of secret-bearing file names. */
  secretFiles: string[];
  /** Default secret-bearing globs that this project does not treat as secret. */
  ignoreSecretFiles: string[];
  /** micromatch globs of files over the size limit (64 MiB) that may go unscanned without blocking. */
  allowLargeFiles: string[];
  /** Block on findings whose structural check failed (a token with a wrong checksum). */
  blockLowConfidence: boolean;
  /** What warnings (code that prints secrets to logs) do: show and let the commit through, or block it. */
  warnings: 'warn' | 'block';
  /** Where the configuration came from (for messages), or null for defaults. */
  source: string | null;
}

export const DEFAULT_CONFIG: Config = {
  allowPaths: [],
  disableRules: [],
  rules: [],
  secretFiles: [],
  ignoreSecretFiles: [],
  allowLargeFiles: [],
  blockLowConfidence: false,
  warnings: 'warn',
  source: null,
};
