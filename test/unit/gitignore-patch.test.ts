import { describe, expect, it } from 'vitest';
import { patchGitignore } from '../../src/fix/gitignore-patch.js';

describe('patchGitignore', () => {
  it('creates the block in an absent file', () => {
    expect(patchGitignore(null, ['.env'])).toEqual({ text: '# keyguard\n.env\n', added: ['.env'] });
  });

  it('keeps existing content byte for byte and separates the block with a blank line', () => {
    const existing = 'node_modules/\n  # spaced comment  \n';
    const patch = patchGitignore(existing, ['.env', 'config.local.py']);
    expect(patch?.text).toBe(`${existing}\n# keyguard\n.env\nconfig.local.py\n`);
  });

  it('keeps CRLF line endings', () => {
    const patch = patchGitignore('dist\r\nnode_modules\r\n', ['.env']);
    expect(patch?.text).toBe('dist\r\nnode_modules\r\n\r\n# keyguard\r\n.env\r\n');
  });

  it('ends a last line that has no line break before appending', () => {
    expect(patchGitignore('dist', ['.env'])?.text).toBe('dist\n\n# keyguard\n.env\n');
    expect(patchGitignore('dist\r\nbuild', ['.env'])?.text).toBe('dist\r\nbuild\r\n\r\n# keyguard\r\n.env\r\n');
  });

  it('adds no duplicates, also when the entry is there with trailing blanks or a CR', () => {
    expect(patchGitignore('.env  \r\n', ['.env'])).toBeNull();
    expect(patchGitignore('', ['.env', '.env'])?.added).toEqual(['.env']);
    expect(patchGitignore('a\n.env\n', ['.env', 'b'])?.added).toEqual(['b']);
  });

  it('adds to the existing keyguard block instead of opening a second one', () => {
    const existing = '# keyguard\n.env\n\n# mine\nlogs/\n';
    expect(patchGitignore(existing, ['x.pem'])?.text).toBe('# keyguard\n.env\nx.pem\n\n# mine\nlogs/\n');
    expect(patchGitignore('# keyguard\n.env', ['x.pem'])?.text).toBe('# keyguard\n.env\nx.pem\n');
  });

  it('is idempotent', () => {
    const once = patchGitignore('a\r\nb', ['.env', '.env.*', '!.env.example'])!.text;
    expect(patchGitignore(once, ['.env', '.env.*', '!.env.example'])).toBeNull();
  });
});
