import { pathFromBytes } from '../fs/path-bytes.js';
import { execGitBuffer } from './exec-git.js';
import { STAGED_DIFF_ARGS } from './invocation.js';
import { mergeInProgress } from './repo.js';

type ChangeStatus = 'A' | 'C' | 'D' | 'M' | 'R' | 'T' | 'U' | 'X';

/** The lines a staged change adds, as the detector reads them. */
interface AddedLines {
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
  /** Object ids of the versions the change is compared with: HEAD's (and, during a merge, MERGE_HEAD's). */
  bases: string[];
  binary: boolean;
  added: AddedLines;
}

/** Modes whose index entry holds no file content: a symlink (its target) and a submodule (a commit). */
const NO_CONTENT_MODES = new Set(['120000', '160000']);

/** The change leaves a file with content in the index: not a deletion, a symlink or a submodule. */
export function hasContent(change: StagedChange): boolean {
  return change.status !== 'D' && !NO_CONTENT_MODES.has(change.mode);
}

const NL = 0x0a;
const NONE: AddedLines = { bytes: Buffer.alloc(0), lines: [] };

/**
 * Read every staged change with one git call. On a repository with no commit yet git compares the index with the
 * empty tree, so the same call works there. A change that git shows as binary (its content, an attribute such as
 * `-diff`, or a size over core.bigFileThreshold) carries no added lines: the sources read its blobs (see `bases`).
 */
export function readStagedChanges(root: string): StagedChange[] {
  const out = execGitBuffer(STAGED_DIFF_ARGS, { cwd: root });
  const changes = parseStagedDiff(out ?? Buffer.alloc(0));
  return mergeInProgress(root) ? onlyNewToBothParents(root, changes) : changes;
}

/**
 * During a merge the index differs from HEAD by everything the other branch brings, which was committed (and
 * checked) there already. A line is new only when it is added against both parents: conflict resolutions and
 * edits made while merging.
 */
function onlyNewToBothParents(root: string, changes: StagedChange[]): StagedChange[] {
  const out = execGitBuffer([...STAGED_DIFF_ARGS, 'MERGE_HEAD'], { cwd: root });
  const theirs = new Map(parseStagedDiff(out ?? Buffer.alloc(0)).map((c) => [c.path, c]));
  return changes.map((change) => {
    const other = theirs.get(change.path);
    if (other === undefined) return { ...change, added: NONE, binary: false };
    if (change.binary) return { ...change, bases: [...change.bases, ...other.bases] };
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
 *   :100644 100644 422c2b7… 3403361… R057\0sp ace.txt\0moved.txt\0:000000 100644 0000000… 87ae6b6… A\0b.bin\0\0
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
  // The output as Latin-1: one character per byte, so string offsets are byte offsets into `out`, and the string
  // builtins (indexOf, startsWith, replaceAll), much faster than loops over the bytes in a process that has just
  // started, do the parsing. Names are decoded from their bytes by pathFromBytes (exact, even when not UTF-8).
  const text = out.toString('latin1');
  const changes: StagedChange[] = [];
  let pos = 0;
  const readField = (utf8: boolean): string => {
    const end = text.indexOf('\0', pos);
    const stop = end === -1 ? text.length : end;
    const field = utf8 ? pathFromBytes(out.subarray(pos, stop)) : text.slice(pos, stop);
    pos = stop + 1;
    return field;
  };
  while (text.charCodeAt(pos) === 0x3a /* ':' */) {
    const meta = readField(false).slice(1).split(' ');
    const mode = meta[1] ?? '000000';
    const blob = meta[3] ?? '';
    const base = meta[2] ?? '';
    const status = (meta[4] ?? 'X').charAt(0) as ChangeStatus;
    const first = readField(true);
    const bases = /^0+$/.test(base) || NO_CONTENT_MODES.has(meta[0] ?? '') ? [] : [base];
    const change: StagedChange = { path: first, status, mode, blob, bases, binary: false, added: NONE };
    if (status === 'R' || status === 'C') {
      change.from = first;
      change.path = readField(true);
    }
    changes.push(change);
  }
  if (text.charCodeAt(pos) === 0) pos++;
  const patch = text.slice(pos);
  const sections = splitSections(patch);
  let s = 0;
  for (const change of changes) {
    if (change.status === 'T') s++; // the deletion half of a type change
    const section = sections[s++];
    if (section !== undefined) readSection(patch, section, change);
  }
  return changes;
}

/**
 * Start and end offsets in `patch` of its sections: each begins a line with `diff --git ` (or `* Unmerged path `).
 * Found with indexOf: a multi-line regex would run over the whole patch in V8's regex interpreter, which a regex
 * starts in, and cost milliseconds.
 */
function splitSections(patch: string): [number, number][] {
  const starts: number[] = [];
  for (const header of ['diff --git ', '* Unmerged path ']) {
    if (patch.startsWith(header)) starts.push(0);
    for (let at = patch.indexOf(`\n${header}`); at !== -1; at = patch.indexOf(`\n${header}`, at + 1))
      starts.push(at + 1);
  }
  starts.sort((a, b) => a - b);
  return starts.map((start, i) => [start, starts[i + 1] ?? patch.length]);
}

const HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@[^\n]*(?:\n|$)/gm;
const BINARY = /^(?:Binary files |GIT binary patch$)/m;

/**
 * Read a section's hunks into the change's added lines. The patch has no context lines (-U0): a hunk
 * `@@ -a,b +c,d @@` holds b removed lines, then d added ones, numbered c, c+1, … (each block possibly followed by a
 * `\ No newline at end of file` line). So a hunk's added lines are one block of the patch, taken whole.
 */
function readSection(patch: string, [start, end]: [number, number], change: StagedChange): void {
  HUNK.lastIndex = start;
  let hunk = HUNK.exec(patch);
  if (BINARY.test(patch.slice(start, hunk !== null && hunk.index < end ? hunk.index : end))) {
    change.binary = true;
    return;
  }
  const blocks: string[] = [];
  const lines: number[] = [];
  for (; hunk !== null && hunk.index < end; hunk = HUNK.exec(patch)) {
    let at = skipLines(patch, hunk.index + hunk[0].length, hunk[1] === undefined ? 1 : Number(hunk[1]), end);
    at = skipNoNewlineMarker(patch, at);
    const first = Number(hunk[2]);
    const count = hunk[3] === undefined ? 1 : Number(hunk[3]);
    if (count === 0) continue;
    const blockEnd = skipLines(patch, at, count, end);
    // "+line1\n+line2\n" → "line1\nline2"; a CR before a line end is the file's, not the text's.
    const block = patch.slice(at + 1, patch.charCodeAt(blockEnd - 1) === 0x0a ? blockEnd - 1 : blockEnd);
    const text = block.replaceAll('\n+', '\n');
    blocks.push(text.includes('\r') ? text.replace(/\r(?=\n|$)/g, '') : text);
    for (let i = 0; i < count; i++) lines.push(first + i);
    HUNK.lastIndex = skipNoNewlineMarker(patch, blockEnd);
  }
  if (lines.length > 0) change.added = { bytes: Buffer.from(blocks.join('\n'), 'latin1'), lines };
}

/** The offset after `count` more lines from `at` (at most `end`). */
function skipLines(patch: string, at: number, count: number, end: number): number {
  for (let i = 0; i < count && at < end; i++) {
    const nl = patch.indexOf('\n', at);
    at = nl === -1 || nl >= end ? end : nl + 1;
  }
  return at;
}

function skipNoNewlineMarker(patch: string, at: number): number {
  if (patch.charCodeAt(at) !== 0x5c /* \ */) return at;
  const nl = patch.indexOf('\n', at);
  return nl === -1 ? patch.length : nl + 1;
}
