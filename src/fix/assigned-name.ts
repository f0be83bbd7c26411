import type { Chunk, Token } from '../lex/token.js';

/** The name a literal is given in the code around it, read off the tokens before it; null when it has none. */
export function assignedName(text: string, tokens: readonly Token[], index: number): string | null {
  const before: Token[] = [];
  for (let j = index - 1; j >= 0 && before.length < 6; j--) {
    const t = tokens[j]!;
    if (t.kind === 'comment' || t.kind === 'newline') continue;
    before.push(t);
  }
  const word = (k: number) => (before[k] === undefined ? '' : text.slice(before[k]!.start, before[k]!.end));
  const kind = (k: number) => before[k]?.kind;
  const body = (k: number) => stringBody(text, before[k]?.body);
  switch (word(0)) {
    case '=':
    case '||=':
    case '??=':
      // NAME = "…", NAME: str = "…" (an annotation), environ["NAME"] = "…"
      if (kind(1) === 'ident' && word(2) === ':' && kind(3) === 'ident') return word(3);
      if (kind(1) === 'ident') return word(1);
      return word(1) === ']' && kind(2) === 'string' ? body(2) : null;
    case ':':
      // { NAME: "…" }, { "NAME": "…" }
      if (word(2) !== '{' && word(2) !== ',') return null;
      return kind(1) === 'ident' ? word(1) : kind(1) === 'string' ? body(1) : null;
    case '||':
    case '??':
      // process.env.NAME || "…"
      return kind(1) === 'ident' && word(2) === '.' && word(3) === 'env' ? word(1) : null;
    case ',':
      // os.getenv("NAME", "…"), os.environ.get("NAME", "…"), os.environ.setdefault("NAME", "…")
      return kind(1) === 'string' && word(2) === '(' && /^(?:getenv|get|setdefault)$/.test(word(3)) ? body(1) : null;
    default:
      return null;
  }
}

function stringBody(text: string, body: Chunk | undefined): string | null {
  return body === undefined ? null : text.slice(body.start, body.end);
}

/** An environment-style name: UPPER_SNAKE_CASE with at least one underscore (OPENAI_API_KEY). */
export function isEnvStyle(name: string | null): name is string {
  return name !== null && /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(name);
}

/** apiKey, api_key, ApiKey → API_KEY; null when the name has no letters to go by. */
export function toEnvStyle(name: string | null): string | null {
  if (name === null) return null;
  const snake = name
    .replace(/^[^A-Za-z]+/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/_+$/, '')
    .toUpperCase();
  return /^[A-Z][A-Z0-9_]*$/.test(snake) ? snake : null;
}
