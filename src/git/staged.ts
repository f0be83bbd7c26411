import { execGitBuffer } from './exec-git.js';
import { mergeInProgress } from './repo.js';

export type ChangeStatus = 'A' | 'C' | 'D' | 'M' | 'R' | 'T' | 'U' | 'X';

/** The lines a staged change adds, as the detector reads them. */
export interface AddedLines {
  /** The added lines' UTF-8 bytes, joined by `\n` (a CR before the line end dropped). */
  bytes: Buffer;
  /** For each added line, in order: its 1-based line number in the staged file. */
  lines: number[];
}

/** One staged file, as the index holds it. */
export interface StagedChange {
  /** Path relative to the repository root (the destination, for a rename or copy). */
  path: string;
  /** Source path of a rename or copy. */
  from?: string;
  status: ChangeStatus;
  /** File mode in the index: 100644, 100755, 120000 (symlink), 160000 (submodule); 000000 when deleted. */
  mode: string;
  /** Object id of the staged blob. */
  blob: string;
  binary: boolean;
  added: AddedLines;
}

const NONE: AddedLines = { bytes: Buffer.alloc(0), lines: [] };

const DIFF_ARGS = [
  '-c',
  'core.quotePath=false',
  'diff',
  '--cached',
  '--raw',
  '-z',
  '-p',
  '-U0',
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--no-relative',
  '--find-renames',
  '--src-prefix=a/',
  '--dst-prefix=b/',
];

/**
 * Read every staged change with one git call. On a repository with no commit yet git compares the index with the
 * empty tree, so the same call works there.
 */
export function readStagedChanges(root: string): StagedChange[] {
  const out = execGitBuffer(DIFF_ARGS, { cwd: root });
  const changes = parseStagedDiff(out ?? Buffer.alloc(0));
  return mergeInProgress(root) ? onlyNewToBothParents(root, changes) : changes;
}

/**
 * During a merge the index differs from HEAD by everything the other branch brings, which was committed (and
 * checked) there already. A line is new only when it is added against both parents: conflict resolutions and
 * edits made while merging.
 */
function onlyNewToBothParents(root: string, changes: StagedChange[]): StagedChange[] {
  const out = execGitBuffer([...DIFF_ARGS, 'MERGE_HEAD'], { cwd: root });
  const theirs = new Map(parseStagedDiff(out ?? Buffer.alloc(0)).map((c) => [c.path, c]));
  return changes.map((change) => {
    const other = theirs.get(change.path);
    if (other === undefined) return { ...change, added: NONE, binary: false };
    const addedThere = new Set(lineTexts(other.added));
    const texts = lineTexts(change.added);
    const ranges: [number, number][] = [];
    const lines: number[] = [];
    let start = 0;
    texts.forEach((text, i) => {
      const end = start + text.length;
      if (addedThere.has(text)) {
        ranges.push([start, end]);
        lines.push(change.added.lines[i]!);
      }
      start = end + 1;
    });
    return { ...change, added: addedLines(change.added.bytes, ranges, lines) };
  });
}

/** The added lines one by one (Latin-1: byte for byte, so lengths are byte lengths and comparing is exact). */
function lineTexts(added: AddedLines): string[] {
  return added.lines.length === 0 ? [] : added.bytes.toString('latin1').split('\n');
}

/** Copy byte ranges of `from` into one buffer, joined by newlines. */
function addedLines(from: Buffer, ranges: [number, number][], lines: number[]): AddedLines {
  if (ranges.length === 0) return NONE;
  let size = ranges.length - 1;
  for (const [start, end] of ranges) size += end - start;
  const bytes = Buffer.allocUnsafe(size);
  let at = 0;
  ranges.forEach(([start, end], i) => {
    if (i > 0) bytes[at++] = NL;
    at += from.copy(bytes, at, start, end);
  });
  return { bytes, lines };
}

/**
 * `git diff --cached --raw -z -p` prints the raw entries, NUL-separated, then a NUL, then the patch:
 *
 *   :100644 100644 422c2b7 3403361 R057\0sp ace.txt\0moved.txt\0:000000 100644 0000000 87ae6b6 A\0b.bin\0\0
 *   diff --git a/sp ace.txt b/moved.txt
 *   similarity index 57%
 *   rename from sp ace.txt
 *   --- a/sp ace.txt
 *   +++ b/moved.txt
 *   @@ -2,0 +3 @@ b
 *   +c
 *   diff --git a/b.bin b/b.bin
 *   new file mode 100644
 *   Binary files /dev/null and b/b.bin differ
 *
 * Patch sections come in the order of the raw entries, one each, except a type change (T), which git prints as a
 * deletion followed by an addition. Sections are told apart by order, never by the quoted names in their headers.
 */
export function parseStagedDiff(out: Buffer): StagedChange[] {
  const changes: StagedChange[] = [];
  let pos = 0;
  const readField = (): string => {
    const end = out.indexOf(0, pos);
    const stop = end === -1 ? out.length : end;
    const field = out.toString('utf8', pos, stop);
    pos = stop + 1;
    return field;
  };
  while (pos < out.length && out[pos] === 0x3a /* ':' */) {
    const meta = readField().slice(1).split(' ');
    const mode = meta[1] ?? '000000';
    const blob = meta[3] ?? '';
    const status = (meta[4] ?? 'X').charAt(0) as ChangeStatus;
    const first = readField();
    const change: StagedChange = { path: first, status, mode, blob, binary: false, added: NONE };
    if (status === 'R' || status === 'C') {
      change.from = first;
      change.path = readField();
    }
    changes.push(change);
  }
  if (pos < out.length && out[pos] === 0) pos++;
  const sections = splitSections(out, pos);
  let s = 0;
  for (const change of changes) {
    if (change.status === 'T') s++; // the deletion half of a type change
    const section = sections[s++];
    if (section !== undefined) readSection(out, section, change);
  }
  return changes;
}

const NL = 0x0a;
const SECTION_HEADERS = [Buffer.from('diff --git '), Buffer.from('* Unmerged path ')];

/** Byte ranges [start, end) of the patch's sections: each begins a line with one of SECTION_HEADERS. */
function splitSections(out: Buffer, from: number): [number, number][] {
  const starts: number[] = [];
  for (let line = from; line < out.length; ) {
    if (SECTION_HEADERS.some((h) => out.subarray(line, line + h.length).equals(h))) starts.push(line);
    const nl = out.indexOf(NL, line);
    if (nl === -1) break;
    line = nl + 1;
  }
  return starts.map((start, i) => [start, starts[i + 1] ?? out.length]);
}

const BINARY = [Buffer.from('Binary files '), Buffer.from('GIT binary patch\n')];
const HUNK = Buffer.from('@@ -');
const PLUS = 0x2b;
const SPACE = 0x20;
const CR = 0x0d;

function startsWith(out: Buffer, at: number, prefix: Buffer): boolean {
  return out.subarray(at, at + prefix.length).equals(prefix);
}

/**
 * Read a section's hunks (`@@ -a,b +c,d @@`, then `+` added, `-` removed, ` ` context lines) into the change's
 * added lines, as byte ranges of the patch: no line becomes a string.
 */
function readSection(out: Buffer, [start, end]: [number, number], change: StagedChange): void {
  const ranges: [number, number][] = [];
  const lines: number[] = [];
  let next = 0;
  let inHunk = false;
  for (let at = start; at < end; ) {
    const nl = out.indexOf(NL, at);
    const lineEnd = nl === -1 || nl > end ? end : nl;
    if (!inHunk && BINARY.some((b) => startsWith(out, at, b))) {
      change.binary = true;
      return;
    }
    if (startsWith(out, at, HUNK)) {
      inHunk = true;
      const plus = out.indexOf(PLUS, at + HUNK.length);
      next = 0;
      for (let d = plus + 1; d < lineEnd && out[d]! >= 0x30 && out[d]! <= 0x39; d++) next = next * 10 + out[d]! - 0x30;
    } else if (inHunk && out[at] === PLUS) {
      ranges.push([at + 1, lineEnd > at + 1 && out[lineEnd - 1] === CR ? lineEnd - 1 : lineEnd]);
      lines.push(next++);
    } else if (inHunk && out[at] === SPACE) {
      next++;
    }
    at = lineEnd + 1;
  }
  change.added = addedLines(out, ranges, lines);
}
