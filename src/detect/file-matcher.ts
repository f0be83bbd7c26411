import type { Config } from '../config/types.js';
import { ConfigError } from '../errors.js';
import { messages } from '../messages.js';
import { DEFAULT_SECRET_FILES, compileNames, isTemplate, secretBaseName } from './secret-names.js';

export type SecretNameTest = (path: string) => boolean;

/** A glob our one regular expression can hold: a base name with only `*` and `?` as wildcards. */
const SIMPLE_GLOB = /^[^/\\*?[\]{}()!+@]*(?:[*?][^/\\*?[\]{}()!+@]*)*$/;

let defaultTest: RegExp | null | undefined;

function defaultsRegex(config: Config): RegExp | null {
  const drop = new Set(config.ignoreSecretFiles);
  for (const glob of drop) {
    if (!DEFAULT_SECRET_FILES.includes(glob)) {
      const problem = messages.secretFiles.unknownDefault(glob, DEFAULT_SECRET_FILES);
      throw new ConfigError(config.source ?? 'configuration', problem);
    }
  }
  const simpleExtras = config.secretFiles.filter((g) => SIMPLE_GLOB.test(g));
  if (drop.size === 0 && simpleExtras.length === 0) return (defaultTest ??= compileNames(DEFAULT_SECRET_FILES));
  return compileNames([...DEFAULT_SECRET_FILES.filter((g) => !drop.has(g)), ...simpleExtras]);
}

/** Config globs with folders or richer syntax (`secrets/**`, `*.{crt,key}`): micromatch, loaded only for them. */
async function complexTest(config: Config): Promise<SecretNameTest | null> {
  const complex = config.secretFiles.filter((g) => !SIMPLE_GLOB.test(g));
  if (complex.length === 0) return null;
  const { default: micromatch } = await import('micromatch');
  const withPath = complex.filter((g) => g.includes('/'));
  const baseOnly = complex.filter((g) => !g.includes('/'));
  const options = { dot: true, nocase: true };
  return (path) =>
    (withPath.length > 0 && micromatch.isMatch(path, withPath, options)) ||
    (baseOnly.length > 0 && micromatch.isMatch(secretBaseName(path), baseOnly, options));
}

/**
 * The name test for staged paths: one precompiled regular expression over base names, so a commit without any
 * secret-looking file pays a few string tests. Templates (`.env.example`) never match.
 */
export async function secretNameTest(config: Config): Promise<SecretNameTest> {
  const names = defaultsRegex(config);
  const complex = await complexTest(config);
  return (path) => {
    const base = secretBaseName(path);
    if (isTemplate(base)) return false;
    if (names !== null && names.test(base)) return true;
    return complex !== null && complex(path);
  };
}
