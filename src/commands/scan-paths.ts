import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { loadConfig } from '../config/load.js';
import { DEFAULT_CONFIG, type Config } from '../config/types.js';
import { applyBaseline } from '../detect/baseline-filter.js';
import { finalize, type RawFinding } from '../detect/findings.js';
import { createScanner } from '../detect/scanner.js';
import { findRepoRoot } from '../git/repo.js';
import type { Report } from '../report/types.js';
import { listFiles } from '../sources/list-files.js';
import { neverScanned } from '../sources/never-scan.js';
import { allowFilter } from '../detect/path-filter.js';

export interface PathScanOptions {
  cwd: string;
  paths: string[];
}

/** Larger files are listed as skipped rather than read into memory. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;
const BINARY_SNIFF = 8000;

/** Like git: a NUL byte in the first 8000 bytes means binary. */
function isBinary(buffer: Buffer, length: number): boolean {
  return buffer.subarray(0, Math.min(length, BINARY_SNIFF)).indexOf(0) !== -1;
}

/** Scan whole files and folders, one file in memory at a time. */
export async function scanPaths(options: PathScanOptions): Promise<{ config: Config; report: Report }> {
  const root = findRepoRoot(options.cwd);
  const config = root === null ? { ...DEFAULT_CONFIG } : loadConfig(root);
  const { files } = listFiles(options.paths.length > 0 ? options.paths : ['.'], options.cwd);
  const isAllowed = await allowFilter(config);
  const scanner = await createScanner(config);
  const report: Report = {
    mode: 'paths',
    findings: [],
    files: 0,
    bytes: 0,
    skipped: [],
    baselined: 0,
    blockLowConfidence: config.blockLowConfidence,
  };
  const raw: RawFinding[] = [];
  let buffer = Buffer.allocUnsafe(1024 * 1024);
  for (const file of files) {
    if (neverScanned(file.display) || isAllowed(file.display)) continue;
    let fd: number;
    try {
      fd = openSync(file.absolute, 'r');
    } catch {
      continue; // deleted since listing, or a tracked file missing from the working tree
    }
    try {
      const size = fstatSync(fd).size;
      if (size > MAX_FILE_BYTES) {
        report.skipped.push({ file: file.display, reason: 'too-large' });
        continue;
      }
      if (size > buffer.length) buffer = Buffer.allocUnsafe(Math.max(size, buffer.length * 2));
      // Sniff the head first: a binary (an image, a native module) is skipped without reading the rest of it.
      let length = 0;
      let sniffed = false;
      while (length < size) {
        const n = readSync(fd, buffer, length, Math.min(size - length, sniffed ? size : BINARY_SNIFF), null);
        if (n === 0) break;
        length += n;
        if (!sniffed && (length >= BINARY_SNIFF || length === size)) {
          sniffed = true;
          if (isBinary(buffer, length)) break;
        }
      }
      if (isBinary(buffer, length)) {
        report.skipped.push({ file: file.display, reason: 'binary' });
        continue;
      }
      report.files++;
      report.bytes += length;
      raw.push(...(await scanner.scan({ file: file.display, bytes: buffer.subarray(0, length) })));
    } catch {
      report.skipped.push({ file: file.display, reason: 'unreadable' });
    } finally {
      closeSync(fd);
    }
  }
  report.findings.push(...applyBaseline(root ?? options.cwd, await finalize(raw), report));
  return { config, report };
}
