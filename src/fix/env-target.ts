import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fsPath } from '../fs/path-bytes.js';
import type { Language } from './source-language.js';

/** Files that mark the folder a program runs from: its .env belongs there. */
const PROJECT_MARKERS = [
  'package.json',
  'pyproject.toml',
  'setup.py',
  'setup.cfg',
  'requirements.txt',
  'Pipfile',
  '.env',
];

/** The folder (relative to the root, '' for the root) whose .env a file's keys go to: its nearest project folder. */
export function envFolderOf(root: string, file: string): string {
  const parts = file.split('/').slice(0, -1);
  for (let n = parts.length; n > 0; n--) {
    const dir = parts.slice(0, n).join('/');
    if (PROJECT_MARKERS.some((m) => existsSync(fsPath(join(root, dir, m))))) return dir;
  }
  return '';
}

/** What the project already uses to load .env files, read from its manifests. */
export interface Loader {
  language: Language;
  /** dotenv (JS) or python-dotenv (Python) is a dependency. */
  dotenv: boolean;
  /** A framework that reads .env by itself (Next.js, Vite…), or null. */
  framework: string | null;
}

function readText(path: string): string {
  try {
    return readFileSync(fsPath(path), 'utf8');
  } catch {
    return '';
  }
}

function jsDependencies(root: string, folder: string): Set<string> {
  try {
    const pkg = JSON.parse(readText(join(root, folder, 'package.json')) || '{}') as Record<string, unknown>;
    const names = ['dependencies', 'devDependencies'].flatMap((k) => Object.keys((pkg[k] as object) ?? {}));
    return new Set(names);
  } catch {
    return new Set();
  }
}

const FRAMEWORKS: [string, string][] = [
  ['next', 'Next.js'],
  ['vite', 'Vite'],
  ['nuxt', 'Nuxt'],
  ['@remix-run/dev', 'Remix'],
  ['astro', 'Astro'],
];

export function loaderOf(root: string, folder: string, language: Language): Loader {
  if (language === 'python') {
    const manifests = ['requirements.txt', 'pyproject.toml', 'Pipfile', 'setup.py', 'setup.cfg'];
    const text = manifests.map((m) => readText(join(root, folder, m))).join('\n');
    return { language, dotenv: /python-dotenv/i.test(text), framework: null };
  }
  const deps = jsDependencies(root, folder);
  const framework = FRAMEWORKS.find(([dep]) => deps.has(dep))?.[1] ?? null;
  return { language, dotenv: deps.has('dotenv') || deps.has('@dotenvx/dotenvx'), framework };
}
