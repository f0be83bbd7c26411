import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KeyguardError } from '../errors.js';
import { messages } from '../messages.js';

const FILES = ['lefthook.yml', '.lefthook.yml', 'lefthook.yaml', '.lefthook.yaml'];
const OTHER = [
  'lefthook.json',
  '.lefthook.json',
  'lefthook.jsonc',
  '.lefthook.jsonc',
  'lefthook.toml',
  '.lefthook.toml',
];

/** lefthook's configuration at the repository root: a YAML file keyguard may edit, or another format it refuses. */
export function findLefthook(root: string): { file: string; text: string; yaml: boolean } | null {
  for (const file of [...FILES, ...OTHER]) {
    const path = join(root, file);
    if (existsSync(path)) return { file, text: readFileSync(path, 'utf8'), yaml: FILES.includes(file) };
  }
  return null;
}

/** A YAML single-quoted scalar. */
const yamlQuote = (text: string) => `'${text.replace(/'/g, "''")}'`;

const indentOf = (line: string) => /^ */.exec(line)![0].length;

/** The block lefthook gets for a new pre-commit hook, in the file's indentation. */
export function lefthookBlock(run: string, step = '  '): string[] {
  return ['pre-commit:', `${step}commands:`, `${step.repeat(2)}keyguard:`, `${step.repeat(3)}run: ${yamlQuote(run)}`];
}

/**
 * Where keyguard's command goes in a lefthook YAML file: appended as a new `pre-commit:` block, or inserted under an
 * existing `pre-commit: commands:` (the lines after `index`). Anything else is refused with the lines to add.
 */
export function planLefthook(config: { file: string; text: string }, run: string): { lines: string[]; after: number } {
  const lines = config.text.split(/\r?\n/);
  const top = lines.findIndex((l) => /^pre-commit:\s*(#.*)?$/.test(l));
  const byHand = () => new KeyguardError(messages.init.configByHand(config.file, lefthookBlock(run)));
  if (top === -1) {
    if (lines.some((l) => /^pre-commit\s*:/.test(l))) throw byHand();
    const step = lines.map(indentOf).find((n, i) => n > 0 && lines[i]!.trim() !== '') ?? 2;
    return { lines: lefthookBlock(run, ' '.repeat(step)), after: -1 };
  }
  const child = lines.slice(top + 1).find((l) => l.trim() !== '' && !/^\s*#/.test(l));
  const childIndent = child === undefined ? 0 : indentOf(child);
  const commands = lines.findIndex((l, i) => i > top && indentOf(l) === childIndent && /^\s*commands:\s*$/.test(l));
  const end = lines.findIndex((l, i) => i > top && l.trim() !== '' && indentOf(l) === 0);
  if (childIndent === 0 || commands === -1 || (end !== -1 && commands > end)) throw byHand();
  const grand = lines[commands + 1];
  const grandIndent = grand === undefined ? 0 : indentOf(grand);
  if (grandIndent <= childIndent) throw byHand();
  const step = ' '.repeat(grandIndent - childIndent);
  const at = ' '.repeat(grandIndent);
  return { lines: [`${at}keyguard:`, `${at}${step}run: ${yamlQuote(run)}`], after: commands };
}

/** `text` with `lines` inserted after line `after` (-1: appended), in the file's line ending. */
export function insertLines(text: string, lines: readonly string[], after: number): string {
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const all = text.split(/\r?\n/);
  if (after === -1) {
    const body = text === '' || text.endsWith('\n') ? text : `${text}${eol}`;
    return `${body}${lines.join(eol)}${eol}`;
  }
  all.splice(after + 1, 0, ...lines);
  return all.join(eol);
}
