import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../errors.js';

/** At the repository root, committed with the project. */
export const BASELINE_FILE = '.keyguard-baseline.json';
const VERSION = 1;

/**
 * One accepted finding. Matching is by `fingerprint` only (sha256 of rule id and secret), so moving the line,
 * renaming the file or squashing commits keeps it accepted. `rule`, `file` and `secret` (redacted) are there for
 * the person reviewing the file.
 */
export interface BaselineEntry {
  fingerprint: string;
  rule: string;
  file: string;
  secret: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function entry(value: unknown, index: number): BaselineEntry {
  const where = `"findings"[${index}]`;
  if (!isObject(value)) throw new ConfigError(BASELINE_FILE, `${where} must be an object`);
  const { fingerprint, rule, file, secret } = value;
  if (typeof fingerprint !== 'string' || !/^[0-9a-f]{64}$/.test(fingerprint)) {
    throw new ConfigError(BASELINE_FILE, `${where}.fingerprint must be a sha256 hex digest`);
  }
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return { fingerprint, rule: text(rule), file: text(file), secret: text(secret) };
}

/** Check a parsed baseline; the error names the file and the problem. */
export function parseBaseline(text: string): BaselineEntry[] {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(BASELINE_FILE, `is not valid JSON (${(error as Error).message})`);
  }
  if (!isObject(value)) throw new ConfigError(BASELINE_FILE, 'must be a JSON object');
  if (value.version !== VERSION) throw new ConfigError(BASELINE_FILE, `"version" must be ${VERSION}`);
  if (!Array.isArray(value.findings)) throw new ConfigError(BASELINE_FILE, '"findings" must be a list');
  return value.findings.map(entry);
}

/** The accepted findings of the repository at `root`; none when the file does not exist. */
export function readBaseline(root: string): BaselineEntry[] {
  let text: string;
  try {
    text = readFileSync(join(root, BASELINE_FILE), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw new ConfigError(BASELINE_FILE, `cannot be read (${code ?? (error as Error).message})`);
  }
  return parseBaseline(text);
}

/** Deterministic text: one entry per fingerprint, sorted by file, rule and fingerprint. */
export function formatBaseline(entries: BaselineEntry[]): string {
  const unique = new Map<string, BaselineEntry>();
  for (const e of entries) unique.set(e.fingerprint, e);
  const sorted = [...unique.values()].sort(
    (a, b) => cmp(a.file, b.file) || cmp(a.rule, b.rule) || cmp(a.fingerprint, b.fingerprint),
  );
  const findings = sorted.map(({ fingerprint, rule, file, secret }) => ({ fingerprint, rule, file, secret }));
  return `${JSON.stringify({ version: VERSION, findings }, null, 2)}\n`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Write atomically: a reader (or a crash) never sees half a file. */
export function writeBaseline(root: string, entries: BaselineEntry[]): void {
  const target = join(root, BASELINE_FILE);
  const temp = `${target}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, formatBaseline(entries));
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
