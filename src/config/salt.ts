import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gitCommonDir } from '../git/repo.js';
import type { Baseline } from './baseline-file.js';

/** Under the repository's git dir: the salt of a repository that has no baseline yet. Never committed. */
const LOCAL_SALT_FILE = 'keyguard-salt';
const HEX64 = /^[0-9a-f]{64}$/;

/**
 * The key of the repository's fingerprints (detect/fingerprint.ts). Where it lives, in order:
 *  1. the committed baseline (`"salt"`), so that every clone and CI fingerprints alike and the baseline matches;
 *  2. else `.git/keyguard-salt`, made on first use, so that fingerprints stay the same from run to run on this
 *     clone (`keyguard baseline` then copies it into the baseline it creates);
 *  3. outside a repository, a fresh salt for the run: fingerprints are then comparable within one report only.
 */
export async function fingerprintSalt(root: string | null, baseline: Baseline | null): Promise<Buffer> {
  if (baseline?.salt) return Buffer.from(baseline.salt, 'hex');
  return Buffer.from(root === null ? await newSalt() : await localSalt(root), 'hex');
}

/** A fresh random salt, 64 hex digits. */
async function newSalt(): Promise<string> {
  const { randomBytes } = await import('node:crypto');
  return randomBytes(32).toString('hex');
}

/** This clone's salt (.git/keyguard-salt), created when missing; a fresh one when the git dir cannot be written. */
export async function localSalt(root: string): Promise<string> {
  const file = join(gitCommonDir(root), LOCAL_SALT_FILE);
  const existing = readSalt(file);
  if (existing !== null) return existing;
  const salt = await newSalt();
  try {
    writeFileSync(file, `${salt}\n`, { flag: 'wx', mode: 0o600 });
    return salt;
  } catch {
    return readSalt(file) ?? salt; // another scan made it first, or the git dir is read-only
  }
}

function readSalt(file: string): string | null {
  try {
    const text = readFileSync(file, 'utf8').trim();
    return HEX64.test(text) ? text : null;
  } catch {
    return null;
  }
}
