import { join } from 'node:path';
import { readBlob } from '../git/blobs.js';
import { indexedPaths } from '../git/index-entries.js';
import { ignoredPaths } from '../git/check-ignore.js';
import type { StagedChange } from '../git/staged.js';
import { formatValue } from './dotenv-file.js';
import { EnvFolder } from './env-folder.js';
import { envNameFor } from './env-names.js';
import { envFolderOf } from './env-target.js';
import type { Refusal } from './key-spots.js';
import { describeKey, rewriteSource, type KeyName } from './rewrite-source.js';
import { languageOf, type Language } from './source-language.js';
import { readIfExists, type FileChange, type IndexChange } from './transaction.js';

/** A key the staged scan found, with its raw value: kept in memory, never printed. */
export interface FoundKey {
  rule: string;
  provider: string;
  description: string;
  remediation: string;
  file: string;
  line: number;
  secret: string;
}

/** Why a key stays where it is; messages.ts gives the manual steps for each. */
type KeepReason = Refusal | 'language' | 'no-name' | 'value' | 'worktree' | 'env-tracked';

export interface KeyOutcome {
  key: Omit<FoundKey, 'secret'>;
  /** The variable it moves to (or would, done by hand); null when none could be chosen. */
  name: string | null;
  language: Language | null;
  /** The .env it goes to, relative to the repository root. */
  env: string;
  /** Why it stays (kept keys only), and the line of the file that made the decision. */
  reason?: KeepReason;
  at?: number;
}

export interface MovePlan {
  moved: KeyOutcome[];
  kept: KeyOutcome[];
  folders: EnvFolder[];
  files: FileChange[];
  index: IndexChange[];
  /** .env files that .gitignore does not cover yet. */
  toIgnore: string[];
}

const withoutSecret = ({ secret: _secret, ...key }: FoundKey) => key;

/**
 * How --fix moves hardcoded keys into the environment, file by file: each file is rewritten whole or not at all,
 * in the index and in the working tree. Nothing is written here; `applyFix` commits the plan.
 */
export function planKeyMoves(
  root: string,
  keys: readonly FoundKey[],
  changes: readonly StagedChange[],
  leaving: ReadonlySet<string>,
): MovePlan {
  const plan: MovePlan = { moved: [], kept: [], folders: [], files: [], index: [], toIgnore: [] };
  const byFile = new Map<string, FoundKey[]>();
  for (const key of keys) if (!leaving.has(key.file)) byFile.set(key.file, [...(byFile.get(key.file) ?? []), key]);
  const folderOf = new Map([...byFile.keys()].map((file) => [file, envFolderOf(root, file)]));
  const folders = new Map([...new Set(folderOf.values())].map((f) => [f, new EnvFolder(root, f)]));
  // A .env that git tracks (and that is not being unstaged now) would carry the keys into the next commit.
  const envs = [...folders.values()].map((f) => f.env);
  const tracked = new Set([...indexedPaths(root, envs)].filter((p) => !leaving.has(p)));
  for (const [file, found] of byFile) {
    const folder = folders.get(folderOf.get(file)!)!;
    const change = changes.find((c) => c.path === file);
    const outcome = tracked.has(folder.env) ? keep('env-tracked') : planFile(root, file, found, change, folder);
    record(plan, found, folder.env, outcome);
  }
  plan.folders = [...folders.values()].filter((f) => f.newNames.length > 0 || f.exampleNames.length > 0);
  for (const f of plan.folders) plan.files.push(...f.changes());
  const envFiles = plan.folders.map((f) => f.env);
  const ignored = ignoredPaths(root, envFiles);
  plan.toIgnore = envFiles.filter((e) => !ignored.has(e));
  return plan;
}

/** One file's keys into the plan: moved with its changes, or kept with the reason. */
function record(plan: MovePlan, found: readonly FoundKey[], env: string, outcome: FileRewrite | Kept): void {
  const { language, names } = outcome;
  const outcomes = found.map((k) => ({ key: withoutSecret(k), env, language, name: names.get(k.secret) ?? null }));
  if ('reason' in outcome) {
    plan.kept.push(...outcomes.map((o) => ({ ...o, reason: outcome.reason, at: outcome.line })));
    return;
  }
  plan.moved.push(...outcomes);
  plan.files.push(...outcome.files);
  plan.index.push(outcome.index);
}

interface FileRewrite {
  language: Language;
  names: Map<string, string>;
  files: FileChange[];
  index: IndexChange;
}

type Kept = { reason: KeepReason; language: Language | null; names: Map<string, string>; line?: number };

const keep = (
  reason: KeepReason,
  language: Language | null = null,
  names = new Map<string, string>(),
  line?: number,
): Kept => ({ reason, language, names, line });

function planFile(
  root: string,
  file: string,
  found: readonly FoundKey[],
  change: StagedChange | undefined,
  folder: EnvFolder,
): FileRewrite | Kept {
  const language = languageOf(file);
  if (language === null || change === undefined) return keep('language');
  // Latin-1: one character per byte, so every byte that is not the key is written back unchanged.
  const staged = readBlob(root, change.blob).toString('latin1');
  const named = chooseNames(staged, language, found, folder);
  if (!(named instanceof Map)) return named;
  const keys: KeyName[] = [...named].map(([secret, name]) => ({ secret, name }));
  const bySecret = new Map(keys.map((k) => [k.secret, k.name]));
  const indexed = rewriteSource(staged, language, keys);
  if ('refusal' in indexed) return keep(indexed.refusal, language, bySecret, indexed.line);
  const path = join(root, file);
  const worktree = readIfExists(path)?.toString('latin1') ?? null;
  const tree = worktree === null ? null : worktree === staged ? indexed : rewriteSource(worktree, language, keys);
  if (tree === null || 'refusal' in tree) return keep('worktree', language, bySecret);
  folder.take(new Map(keys.map((k) => [k.name, k.secret])), language);
  const after = Buffer.from(tree.text, 'latin1');
  return {
    language,
    names: bySecret,
    files: [{ path, before: Buffer.from(worktree!, 'latin1'), after }],
    index: { path: file, mode: change.mode, content: Buffer.from(indexed.text, 'latin1') },
  };
}

/** secret → variable for each key of the file, or why the file must be done by hand. */
function chooseNames(
  text: string,
  language: Language,
  found: readonly FoundKey[],
  folder: EnvFolder,
): Map<string, string> | Kept {
  const names = new Map<string, string>();
  const wanted = new Map<string, string>();
  for (const key of found) {
    if (names.has(key.secret)) continue;
    if (!/^[\x21-\x7e]+$/.test(key.secret) || formatValue(key.secret) === null) return keep('value', language);
    const shape = describeKey(text, language, key.secret);
    if ('refusal' in shape) {
      const suggested = envNameFor(key.rule, key.provider, [], false);
      return keep(shape.refusal, language, new Map(suggested === null ? [] : [[key.secret, suggested]]), shape.line);
    }
    const base = envNameFor(key.rule, key.provider, shape.assigned, shape.whole);
    if (base === null) return keep('no-name', language);
    const name = folder.proposal(wanted, key.secret, base, (n) => usedElsewhere(text, n, found));
    names.set(key.secret, name);
    wanted.set(name, key.secret);
  }
  return names;
}

/** The code reads the variable already, away from the keys' own lines: it may stand for another value. */
function usedElsewhere(text: string, name: string, found: readonly FoundKey[]): boolean {
  const read = new RegExp(
    `env\\.${name}\\b|env\\[\\s*['"\`]${name}['"\`]|(?:environ(?:\\.get\\(|\\.setdefault\\(|\\[)|getenv\\()\\s*['"]${name}['"]`,
  );
  return text.split('\n').some((line) => read.test(line) && !found.some((k) => line.includes(k.secret)));
}
