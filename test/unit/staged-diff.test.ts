import { describe, expect, it } from 'vitest';
import { parseStagedDiff } from '../../src/git/staged.js';

const raw = (...fields: string[]) => fields.map((f) => `${f}\0`).join('');

describe('parseStagedDiff', () => {
  it('reads added lines as bytes with their line numbers: blank lines, CRLF, unicode, no final newline', () => {
    const patch = [
      'diff --git a/a.txt b/a.txt',
      'index 1111111..2222222 100644',
      '--- a/a.txt',
      '+++ b/a.txt',
      '@@ -0,0 +1,3 @@',
      '+',
      '+',
      '+first\r',
      '@@ -7 +10,2 @@ context',
      '-gone',
      '+ünïcode +plus',
      '+diff --git not a header',
      '\\ No newline at end of file',
      '',
    ].join('\n');
    const [change] = parseStagedDiff(Buffer.from(raw(':100644 100644 1111111 2222222 M', 'a.txt') + '\0' + patch));
    expect(change!.path).toBe('a.txt');
    expect(change!.added.lines).toEqual([1, 2, 3, 10, 11]);
    expect(change!.added.bytes.toString('utf8')).toBe('\n\nfirst\nünïcode +plus\ndiff --git not a header');
  });

  it('matches sections to entries by order: renames, binaries, a type change', () => {
    const out =
      raw(':100644 100644 1111111 2222222 R090', 'old name', 'new\nname') +
      raw(':100644 100644 3333333 4444444 M', 'b.bin') +
      raw(':120000 100644 5555555 6666666 T', 'link') +
      '\0' +
      [
        'diff --git a/old name b/new\\nname',
        'similarity index 90%',
        '@@ -1,0 +2 @@',
        '+moved',
        'diff --git a/b.bin b/b.bin',
        'Binary files a/b.bin and b/b.bin differ',
        'diff --git a/link b/link',
        'deleted file mode 120000',
        '@@ -1 +0,0 @@',
        '-target',
        'diff --git a/link b/link',
        'new file mode 100644',
        '@@ -0,0 +1 @@',
        '+now a file',
        '',
      ].join('\n');
    const [renamed, binary, typeChange] = parseStagedDiff(Buffer.from(out));
    expect(renamed).toMatchObject({ path: 'new\nname', from: 'old name', status: 'R', binary: false });
    expect(renamed!.added.bytes.toString()).toBe('moved');
    expect(renamed!.added.lines).toEqual([2]);
    expect(binary).toMatchObject({ path: 'b.bin', binary: true });
    expect(binary!.added.lines).toEqual([]);
    expect(typeChange!.added.bytes.toString()).toBe('now a file');
  });
});
