import { execGitBuffer } from './exec-git.js';
import { mergeInProgress } from './repo.js';

export type ChangeStatus = 'A' | 'C' | 'D' | 'M' | 'R' | 'T' | 'U' | 'X';

export interface AddedLine {
  /** 1-based line number in the staged file. */
  line: number;
  text: string;
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
  addedLines: AddedLine[];
}

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
    if (other === undefined) return { ...change, addedLines: [], binary: false };
    const addedThere = new Set(other.addedLines.map((l) => l.text));
    return { ...change, addedLines: change.addedLines.filter((l) => addedThere.has(l.text)) };
  });
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
    const change: StagedChange = { path: first, status, mode, blob, binary: false, addedLines: [] };
    if (status === 'R' || status === 'C') {
      change.from = first;
      change.path = readField();
    }
    changes.push(change);
  }
  if (pos < out.length && out[pos] === 0) pos++;
  const sections = splitSections(out.toString('utf8', pos));
  let s = 0;
  for (const change of changes) {
    if (change.status === 'T') s++; // the deletion half of a type change
    const section = sections[s++];
    if (section !== undefined) readSection(section, change);
  }
  return changes;
}

function splitSections(patch: string): string[] {
  if (patch.length === 0) return [];
  const starts: number[] = [];
  const header = /^(?:diff --git |\* Unmerged path )/gm;
  for (let m = header.exec(patch); m !== null; m = header.exec(patch)) starts.push(m.index);
  return starts.map((start, i) => patch.slice(start, starts[i + 1] ?? patch.length));
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

function readSection(section: string, change: StagedChange): void {
  const lines = section.split('\n');
  let next = 0;
  let inHunk = false;
  for (const raw of lines) {
    if (!inHunk) {
      if (raw.startsWith('Binary files ') || raw === 'GIT binary patch') {
        change.binary = true;
        return;
      }
    }
    const hunk = HUNK.exec(raw);
    if (hunk) {
      inHunk = true;
      next = Number(hunk[1]);
      continue;
    }
    if (!inHunk) continue;
    const kind = raw.charAt(0);
    if (kind === '+') {
      const text = raw.endsWith('\r') ? raw.slice(1, -1) : raw.slice(1);
      change.addedLines.push({ line: next++, text });
    } else if (kind === ' ') {
      next++;
    }
  }
}
