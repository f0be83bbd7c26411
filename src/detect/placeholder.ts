/**
 * Documentation placeholders and template variables that look like keys but are not:
 * sk-YOUR_KEY_HERE, <your-api-key>, xxxxxxxx, ${OPENAI_API_KEY}, {{ secrets.X }}, AKIA…EXAMPLE.
 */
// Matched on the lower-cased secret: cheaper than the `i` flag, which makes V8 compile the regex through Unicode
// case folding on every run of the hook that finds something.
const PLACEHOLDER_WORDS =
  /your|example|sample|placeholder|dummy|redacted|changeme|change_me|insert|replace|xxxxx|\*\*\*|\.\.\.|\u2026|<|>|\$\{|\{\{|\$\(|%\(|0{8}|1{8}|12345678|abcdefgh/;

/** The same character six times in a row, or a string built from very few distinct characters. */
function isRepetitive(secret: string): boolean {
  if (/(.)\1{5}/.test(secret)) return true;
  if (secret.length < 16) return false;
  const distinct = new Set(secret).size;
  return distinct < 6;
}

export function isPlaceholder(secret: string): boolean {
  return PLACEHOLDER_WORDS.test(secret.toLowerCase()) || isRepetitive(secret);
}

/**
 * Placeholders inside a multi-line block (a PEM body): only explicit elisions and template markers count. Real
 * key bodies repeat characters (OpenSSH's AAAAAAAA…) and, being long, contain any short word now and then.
 */
export function isBlockPlaceholder(block: string): boolean {
  return /\.\.\.|\u2026|<|>|\$\{|\{\{|x{8}|X{8}/.test(block);
}
