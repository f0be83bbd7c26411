import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../errors.js';
import { configMessages } from '../messages.js';
import { closest } from './closest.js';
import { DEFAULT_CONFIG, type Config, type CustomRuleConfig } from './types.js';

export const CONFIG_FILE = '.keyguardrc.json';

/** A file at the repository's root, by name: its text, or null when there is none. */
export type RootReader = (name: string) => string | null;

export function readIfExists(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(file, `is not valid JSON (${(error as Error).message})`);
  }
}

/**
 * The project's configuration: `.keyguardrc.json` at the repository root, else the "keyguard" key of its
 * package.json, else defaults. A file that exists but cannot be used is an error, never silently ignored. `read`
 * reads the working tree unless told otherwise (`scan --staged` reads the index: see sources/staged-settings.ts).
 */
export function loadConfig(root: string, read: RootReader = (name) => readIfExists(join(root, name))): Config {
  const rc = read(CONFIG_FILE);
  if (rc !== null) return validateConfig(parseJson(CONFIG_FILE, rc), CONFIG_FILE);
  const pkg = read('package.json');
  if (pkg !== null) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(pkg.replace(/^\uFEFF/, ''));
    } catch {
      return { ...DEFAULT_CONFIG }; // a broken package.json is not ours to judge unless it configures us
    }
    if (isObject(parsed) && parsed.keyguard !== undefined) {
      return validateConfig(parsed.keyguard, 'package.json "keyguard"');
    }
  }
  return { ...DEFAULT_CONFIG };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, file: string, key: string): string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.length === 0)) {
    throw new ConfigError(file, `"${key}" must be a list of non-empty strings`);
  }
  return value as string[];
}

const RULE_KEYS = ['id', 'regex', 'keywords', 'provider', 'description', 'entropy', 'remediation'];
const CONFIG_KEYS = [
  'allowPaths',
  'disableRules',
  'rules',
  'secretFiles',
  'ignoreSecretFiles',
  'allowLargeFiles',
  'blockLowConfidence',
  'warnings',
];

function customRule(value: unknown, file: string, index: number): CustomRuleConfig {
  const where = `"rules"[${index}]`;
  if (!isObject(value)) throw new ConfigError(file, `${where} must be an object`);
  for (const key of Object.keys(value)) {
    if (!RULE_KEYS.includes(key)) {
      throw new ConfigError(file, configMessages.unknownRuleKey(where, key, closest(key, RULE_KEYS), RULE_KEYS));
    }
  }
  const { id, regex, keywords, entropy } = value;
  if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(id)) {
    throw new ConfigError(file, `${where}.id must be a kebab-case string`);
  }
  if (typeof regex !== 'string') throw new ConfigError(file, `${where}.regex must be a string`);
  try {
    new RegExp(regex);
  } catch (error) {
    throw new ConfigError(file, `${where}.regex does not compile: ${(error as Error).message}`);
  }
  const kw = stringList(keywords, file, `rules[${index}].keywords`);
  if (kw.length === 0) throw new ConfigError(file, `${where}.keywords needs at least one keyword`);
  if (entropy !== undefined && (typeof entropy !== 'number' || entropy < 0 || entropy > 8)) {
    throw new ConfigError(file, `${where}.entropy must be a number between 0 and 8`);
  }
  for (const key of ['provider', 'description', 'remediation'] as const) {
    if (value[key] !== undefined && typeof value[key] !== 'string') {
      throw new ConfigError(file, `${where}.${key} must be a string`);
    }
  }
  return value as unknown as CustomRuleConfig;
}

/** Check a parsed configuration object; `file` names it in errors. */
export function validateConfig(value: unknown, file: string): Config {
  if (!isObject(value)) throw new ConfigError(file, 'must be a JSON object');
  const config: Config = { ...DEFAULT_CONFIG, source: file };
  for (const [key, v] of Object.entries(value)) {
    switch (key) {
      case '$schema':
        break;
      case 'allowPaths':
      case 'disableRules':
      case 'secretFiles':
      case 'ignoreSecretFiles':
      case 'allowLargeFiles':
        config[key] = stringList(v, file, key);
        break;
      case 'rules':
        if (!Array.isArray(v)) throw new ConfigError(file, '"rules" must be a list of rule objects');
        config.rules = v.map((r, i) => customRule(r, file, i));
        break;
      case 'blockLowConfidence':
        if (typeof v !== 'boolean') throw new ConfigError(file, '"blockLowConfidence" must be true or false');
        config.blockLowConfidence = v;
        break;
      case 'warnings':
        if (v !== 'warn' && v !== 'block') throw new ConfigError(file, '"warnings" must be "warn" or "block"');
        config.warnings = v;
        break;
      default:
        throw new ConfigError(file, configMessages.unknownKey(key, closest(key, CONFIG_KEYS), CONFIG_KEYS));
    }
  }
  return config;
}
