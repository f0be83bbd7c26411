import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../errors.js';
import { writeFileAtomic } from '../fs/write-atomic.js';

/** At the repository root, committed with the project. */
export const BASELINE_FILE = '.keyguard-baseline.json';
/** 2: keyed fingerprints (HMAC-SHA256 with `salt`). 1: unkeyed sha256, still read so that old baselines keep working. */
const VERSION = 2;

/**
 * One accepted finding. Matching is by `fingerprint` only (see detect/fingerprint.ts), so moving the line, renaming
 * the file or squashing commits keeps it accepted. `rule`, `file` and `secret` (a few characters) are there for the
 * person reviewing the file.
 */
export interface BaselineEntry {
  fingerprint: string;
  rule: string;
  file: string;
  secret: string;
}

export interface Baseline {
  version: 1 | 2;
  /** The repository's fingerprint salt, 64 hex digits (version 2). */
  salt: string | null;
  entries: BaselineEntry[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const HEX64 = /^[0-9a-f]{64}$/;

function entry(value: unknown, index: number): BaselineEntry {
  const where = `"findings"[${index}]`;
  if (!isObject(value)) throw new ConfigError(BASELINE_FILE, `${where} must be an object`);
  const { fingerprint, rule, file, secret } = value;
  if (typeof fingerprint !== 'string' || !HEX64.test(fingerprint)) {
    throw new ConfigError(BASELINE_FILE, `${where}.fingerprint must be 64 hex digits`);
  }
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return { fingerprint, rule: text(rule), file: text(file), secret: text(secret) };
}

/** Check a parsed baseline; the error names the file and the problem. */
export function parseBaseline(text: string): Baseline {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(BASELINE_FILE, `is not valid JSON (${(error as Error).message})`);
  }
  if (!isObject(value)) throw new ConfigError(BASELINE_FILE, 'must be a JSON object');
  const version = value.version;
  if (version !== 1 && version !== 2) throw new ConfigError(BASELINE_FILE, `"version" must be ${VERSION}`);
  if (version === 2 && (typeof value.salt !== 'string' || !HEX64.test(value.salt))) {
    throw new ConfigError(BASELINE_FILE, '"salt" must be 64 hex digits (regenerate it: npx keyguard baseline)');
  }
  if (!Array.isArray(value.findings)) throw new ConfigError(BASELINE_FILE, '"findings" must be a list');
  return { version, salt: version === 2 ? (value.salt as string) : null, entries: value.findings.map(entry) };
}

/** The accepted findings of the repository at `root` as its working tree holds them; null when there is no file. */
export function readBaseline(root: string): Baseline | null {
  let text: string;
  try {
    text = readFileSync(join(root, BASELINE_FILE), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new ConfigError(BASELINE_FILE, `cannot be read (${code ?? (error as Error).message})`);
  }
  return parseBaseline(text);
}

/** Deterministic text: one entry per fingerprint, sorted by file, rule and fingerprint. */
export function formatBaseline(salt: string, entries: BaselineEntry[]): string {
  const unique = new Map<string, BaselineEntry>();
  for (const e of entries) unique.set(e.fingerprint, e);
  const sorted = [...unique.values()].sort(
    (a, b) => cmp(a.file, b.file) || cmp(a.rule, b.rule) || cmp(a.fingerprint, b.fingerprint),
  );
  const findings = sorted.map(({ fingerprint, rule, file, secret }) => ({ fingerprint, rule, file, secret }));
  return `${JSON.stringify({ version: VERSION, salt, findings }, null, 2)}\n`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Write atomically: a reader (or a crash) never sees half a file. */
export function writeBaseline(root: string, salt: string, entries: BaselineEntry[]): void {
  writeFileAtomic(join(root, BASELINE_FILE), formatBaseline(salt, entries));
}
