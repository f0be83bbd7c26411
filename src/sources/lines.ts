/** Lines of text, and the printable runs of a binary, as fragments the detector reads. */

/** Some lines of a file: their bytes joined by `\n`, and each one's 1-based line number in the file. */
export interface Lines {
  bytes: Buffer;
  lines: number[];
}

interface Piece {
  text: string;
  line: number;
}

/** Every line of UTF-8 text (a CR before the line end dropped), read as Latin-1: byte for byte. */
function textLines(text: Buffer): Piece[] {
  const s = text.toString('latin1');
  const out: Piece[] = [];
  let start = 0;
  for (let line = 1; start <= s.length; line++) {
    const nl = s.indexOf('\n', start);
    const end = nl === -1 ? s.length : nl;
    const piece = s.slice(start, end > start && s.charCodeAt(end - 1) === 13 ? end - 1 : end);
    if (nl !== -1 || piece.length > 0) out.push({ text: piece, line });
    if (nl === -1) break;
    start = nl + 1;
  }
  return out;
}

/** Shorter runs of printable text cannot hold a key. */
const MIN_RUN = 8;
const RUN = new RegExp(`[\\t\\x20-\\x7e]{${MIN_RUN},}`, 'g');

/**
 * The printable ASCII runs of a binary, as `strings` finds them, each with the line it sits on (the newlines before
 * it, plus one).
 */
function printableRuns(bytes: Buffer): Piece[] {
  const s = bytes.toString('latin1');
  const out: Piece[] = [];
  let line = 1;
  let counted = 0;
  for (const m of s.matchAll(RUN)) {
    for (let nl = s.indexOf('\n', counted); nl !== -1 && nl < m.index; nl = s.indexOf('\n', nl + 1)) line++;
    counted = m.index;
    out.push({ text: m[0], line });
  }
  return out;
}

function join(pieces: Piece[]): Lines {
  return { bytes: Buffer.from(pieces.map((p) => p.text).join('\n'), 'latin1'), lines: pieces.map((p) => p.line) };
}

/**
 * Every line of a text file without a CR: the file itself (less its last line end) and 1, 2, 3… — what textLines and
 * join would rebuild line by line. Decoding, splitting and joining a whole file cost a fifth of a path scan's time.
 */
function wholeText(content: Buffer): Lines | null {
  if (content.includes(13)) return null;
  const end = content.length > 0 && content[content.length - 1] === 10 ? content.length - 1 : content.length;
  const lines = [1];
  for (let nl = content.indexOf(10); nl !== -1 && nl < end; nl = content.indexOf(10, nl + 1))
    lines.push(lines.length + 1);
  return { bytes: content.subarray(0, end), lines: end === 0 && content.length === 0 ? [] : lines };
}

/** All lines of a text file, or all printable runs of a binary one. */
export function piecesOf(content: Buffer, binary: boolean): Lines {
  if (!binary) {
    const whole = wholeText(content);
    if (whole !== null) return whole;
  }
  return join(binary ? printableRuns(content) : textLines(content));
}

/**
 * The lines (or runs) of `content` that none of `bases` holds: what a change adds, when git cannot say it with a
 * line diff (a binary, a file over core.bigFileThreshold, a UTF-16 text). A line that moved counts as old.
 */
export function newPieces(content: Buffer, bases: readonly Buffer[], binary: boolean): Lines {
  const split = binary ? printableRuns : textLines;
  const old = new Set(bases.flatMap((base) => split(base).map((p) => p.text)));
  return join(split(content).filter((p) => !old.has(p.text)));
}

/** The lines that hold a URL with a user part (`://` and then `@`): where a lockfile can carry credentials. */
export function urlLines({ bytes, lines }: Lines): Lines {
  const text = bytes.toString('latin1').split('\n');
  const kept = text.flatMap((t, i) => {
    const scheme = t.indexOf('://');
    return scheme !== -1 && t.indexOf('@', scheme) !== -1 ? [{ text: t, line: lines[i] ?? i + 1 }] : [];
  });
  return join(kept);
}
