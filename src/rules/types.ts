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

/**
 * A pattern keyed on a name: a value that the assignment reader (src/detect/assignments.ts) finds assigned to a
 * name, in any syntax it reads (`NAME=…`, `"name": "…"`, `name: …`, `- name: NAME` + `value: …`,
 * `os.getenv("NAME", "…")`, `--name …`, `<name>…</name>`…). Built by the helpers in context.ts and named.ts.
 */
export interface Assigned {
  /** Searched (not anchored) in the name the reader reports: `DATADOG_API_KEY`, `datadog.apiKey`, `OpenAI.api_key`. */
  name: RegExp;
  /**
   * Matched where the value starts, and only there; it must say where the value ends (a lookahead such as shape.ts's
   * END). The secret is its named group `secret` when present, else the whole match.
   */
  value: RegExp;
  /**
   * Optional: a pattern over the line that finds the same secret where no name holds it (an
   * `api.telegram.org/bot…` URL, the provider named after the value). Same conventions as a line rule's regex.
   */
  also?: RegExp;
}

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
   * The pattern: a regex over the keyword's line, or, for a secret recognised by the name it is assigned to, an
   * `Assigned` (a name pattern and a value pattern that the engine matches on the assignment reader's pairs).
   * A regex's secret is its named group `secret` when present, else the whole match. Flags other than `i` and `s`
   * are ignored; the engine adds `g`.
   */
  regex: RegExp | Assigned;
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
   * The keyword must end a name that is being given a value: after it only an optional `s`, a quote, a bracket and
   * spaces, then an assignment operator (`=`, `:`, `?`, `|`), a call's `(` or `,`, an element's `>`, a block's `{`
   * or the end of the line (`- name: API_KEY` with its value below); or the name is a `--flag`. Lets a rule keyed
   * on common words (key, token) skip the thousands of lines where the word is just code.
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
