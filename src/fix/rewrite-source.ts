import { assignedName } from './assigned-name.js';
import { locateKey, type Refusal, type Spot } from './key-spots.js';
import { importOsEdit } from './python-import.js';
import { lex, type Language } from './source-language.js';
import { spotEdit, type Edit } from './spot-edit.js';
import type { Chunk } from '../lex/token.js';

/** A key and the environment variable that replaces it. */
export interface KeyName {
  secret: string;
  name: string;
}

export type Rewrite = { text: string } | { refusal: Refusal; line: number };

/** What the code says about one key before a name is chosen: the names it is assigned to, or why it must stay. */
export type KeyShape = { assigned: string[]; whole: boolean } | { refusal: Refusal; line: number };

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

export function describeKey(text: string, language: Language, secret: string): KeyShape {
  const tokens = lex(text, language);
  const located = locateKey(text, tokens, secret, language);
  if ('refusal' in located) return { refusal: located.refusal, line: lineAt(text, located.offset) };
  if (located.spots.length === 0) return { refusal: 'absent', line: 0 };
  const assigned = located.spots.flatMap((s) => assignedName(text, tokens, s.tokenIndex) ?? []);
  return { assigned, whole: located.spots.every((s) => s.whole) };
}

/**
 * Every occurrence of each key replaced by the lookup of its variable (one edit per literal, however many keys it
 * holds), plus `import os` where Python needs it; or the first place where that cannot be done safely.
 */
export function rewriteSource(text: string, language: Language, keys: readonly KeyName[]): Rewrite {
  const tokens = lex(text, language);
  const byToken = new Map<number, { spot: Spot; named: (Chunk & { name: string })[] }>();
  for (const key of keys) {
    const located = locateKey(text, tokens, key.secret, language);
    if ('refusal' in located) return { refusal: located.refusal, line: lineAt(text, located.offset) };
    if (located.spots.length === 0) return { refusal: 'absent', line: 0 };
    for (const spot of located.spots) {
      const entry = byToken.get(spot.tokenIndex) ?? { spot, named: [] };
      entry.named.push(...spot.ranges.map((r) => ({ ...r, name: key.name })));
      byToken.set(spot.tokenIndex, entry);
    }
  }
  const edits: Edit[] = [];
  for (const { spot, named } of byToken.values()) {
    named.sort((a, b) => a.start - b.start);
    const merged: Spot = { ...spot, ranges: named, whole: spot.whole && named.length === 1 };
    const edit = spotEdit(
      text,
      merged,
      named.map((r) => r.name),
      language,
    );
    if (typeof edit === 'string') return { refusal: edit, line: lineAt(text, spot.token.start) };
    edits.push(edit);
  }
  const importOs = language === 'python' ? importOsEdit(text, tokens) : null;
  if (importOs !== null) edits.push(importOs);
  return { text: applyEdits(text, edits) };
}

/** Apply non-overlapping edits, last first, so earlier offsets stay valid. */
function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
