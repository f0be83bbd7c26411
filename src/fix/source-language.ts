import { lexJs } from '../lex/lex-js.js';
import { lexPython } from '../lex/lex-python.js';
import type { Token } from '../lex/token.js';

/** The source languages whose hardcoded keys --fix moves into the environment. */
export type Language = 'js' | 'jsx' | 'python';

const EXTENSIONS: Record<string, Language> = {
  js: 'js',
  mjs: 'js',
  cjs: 'js',
  ts: 'js',
  mts: 'js',
  cts: 'js',
  jsx: 'jsx',
  tsx: 'jsx',
  py: 'python',
  pyw: 'python',
};

/** By the file's extension; `.d.ts` declaration files hold no values to move. */
export function languageOf(path: string): Language | null {
  if (/\.d\.[cm]?ts$/.test(path)) return null;
  const dot = path.lastIndexOf('.');
  if (dot === -1 || dot < path.lastIndexOf('/')) return null;
  return EXTENSIONS[path.slice(dot + 1).toLowerCase()] ?? null;
}

export function lex(text: string, language: Language): Token[] {
  return language === 'python' ? lexPython(text) : lexJs(text);
}

/** How each language reads an environment variable, as code. */
export function lookup(language: Language, name: string, quote = '"'): string {
  return language === 'python' ? `os.environ[${quote}${name}${quote}]` : `process.env.${name}`;
}
