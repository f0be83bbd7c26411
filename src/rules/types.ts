/** A detection rule is plain data: the engine knows no provider. */
interface RuleExamples {
  /** Lines the rule must report (built at run time from parts: no literal keys in the repository). */
  match: string[];
  /** Lines the rule must stay silent on: placeholders, near misses, look-alikes. */
  noMatch: string[];
}

export type Family =
  | 'ai'
  | 'cloud'
  | 'source-hosting'
  | 'payments'
  | 'messaging'
  | 'business'
  | 'web3'
  | 'observability'
  | 'databases'
  | 'devtools'
  | 'private-keys'
  | 'tokens'
  | 'urls'
  | 'http-auth'
  | 'generic';

export interface Rule {
  /** Stable kebab-case id, used in reports, config and fingerprints. */
  id: string;
  /** Who issued the secret ("OpenAI", "AWS"). */
  provider: string;
  /** What the rule matches, in a few words ("OpenAI project API key"). */
  description: string;
  /**
   * Lower-case literals; the rule only runs on text where one of them occurs (case-insensitively).
   * Pick the most specific literal the secret or its context always carries (a prefix like "sk-proj-").
   */
  keywords: string[];
  /**
   * The pattern. The secret is the named group `secret` when present, else the whole match.
   * Flags other than `i` and `s` are ignored; the engine adds `g`.
   */
  regex: RegExp;
  /** Minimum Shannon entropy (bits per character) of the secret; below it the match is ignored. */
  entropy?: number;
  /** Secrets matching this pattern are ignored (identifiers, UUIDs, hashes: what the regex shape cannot rule out). */
  reject?: RegExp;
  /**
   * Offline structural check (checksum, JSON header, PEM body). Returning false keeps the finding but marks
   * it low confidence, which does not block by default.
   */
  validate?: (secret: string) => boolean;
  /**
   * For secrets that span lines (PEM blocks): how many characters after the keyword the engine hands to the
   * regex. Default: the keyword's line only.
   */
  span?: number;
  /**
   * The keyword must end a name that is being assigned: after it only an optional `s`, a quote, spaces and an
   * assignment operator (`=`, `:`, `?`, `|`) may follow. Lets a rule keyed on common words (key, token) skip the
   * thousands of lines where the word is just code.
   */
  requireAssignment?: boolean;
  /** Generic rules yield to a specific rule that matches the same text. */
  generic?: boolean;
  /** Where to revoke or rotate the secret. */
  remediation: string;
  /** True and false positives, checked by the table test. */
  examples: () => RuleExamples;
}

export interface RuleFamily {
  family: Family;
  rules: Rule[];
}
