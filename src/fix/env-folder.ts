import { join } from 'node:path';
import { appendEntries, formatValue, missingNames, readDotenv } from './dotenv-file.js';
import { loaderOf, type Loader } from './env-target.js';
import type { Language } from './source-language.js';
import { readIfExists, type FileChange } from './transaction.js';

/** The .env and .env.example of one project folder, and the names this fix gives out there. */
export class EnvFolder {
  readonly env: string;
  readonly example: string;
  private readonly envBefore: Buffer | null;
  private readonly exampleBefore: Buffer | null;
  private readonly existing: Map<string, string>;
  private readonly added = new Map<string, string>();
  /** Every name this fix's lookups read here, new or reused. */
  private readonly used = new Set<string>();
  /** What the project uses to load .env, per language of the files whose keys came here. */
  readonly loaders = new Map<'js' | 'python', Loader>();

  constructor(
    private readonly root: string,
    readonly folder: string,
  ) {
    this.env = folder === '' ? '.env' : `${folder}/.env`;
    this.example = `${this.env}.example`;
    this.envBefore = readIfExists(join(root, this.env));
    this.exampleBefore = readIfExists(join(root, this.example));
    this.existing = readDotenv(this.envBefore?.toString('utf8') ?? '');
  }

  get created(): boolean {
    return this.envBefore === null;
  }

  /** Names that `claims` would give, without taking them: the first free one from `base`. */
  proposal(wanted: Map<string, string>, secret: string, base: string, inUse: (name: string) => boolean): string {
    for (let n = 2, name = base; ; name = `${base}_${n++}`) {
      const held = this.added.get(name) ?? this.existing.get(name) ?? wanted.get(name);
      if (held === secret) return name;
      if (held === undefined && !inUse(name)) return name;
    }
  }

  /** Take the names a file's keys get (name → secret), once the file is sure to be rewritten. */
  take(names: Map<string, string>, language: Language): void {
    for (const [name, secret] of names) {
      this.used.add(name);
      if (this.existing.get(name) !== secret) this.added.set(name, secret);
    }
    const family = language === 'python' ? 'python' : 'js';
    if (!this.loaders.has(family)) this.loaders.set(family, loaderOf(this.root, this.folder, language));
  }

  /** Names appended to .env, and to .env.example. */
  get newNames(): string[] {
    return [...this.added.keys()];
  }

  get exampleNames(): string[] {
    return missingNames(this.exampleBefore?.toString('utf8') ?? null, [...this.used]);
  }

  /** The file changes: values into .env (created 0600), `NAME=` lines into .env.example. */
  changes(): FileChange[] {
    const out: FileChange[] = [];
    if (this.added.size > 0) {
      const lines = [...this.added].map(([name, secret]) => `${name}=${formatValue(secret)!}`);
      const text = appendEntries(this.envBefore?.toString('latin1') ?? null, lines);
      out.push({
        path: join(this.root, this.env),
        before: this.envBefore,
        after: Buffer.from(text, 'latin1'),
        mode: 0o600,
      });
    }
    const names = this.exampleNames;
    if (names.length > 0) {
      const text = appendEntries(
        this.exampleBefore?.toString('latin1') ?? null,
        names.map((n) => `${n}=`),
      );
      out.push({ path: join(this.root, this.example), before: this.exampleBefore, after: Buffer.from(text, 'latin1') });
    }
    return out;
  }
}
