import { describe, expect, it } from 'vitest';
import { askTerminal, isYes } from '../../src/cli/terminal.js';

describe('the terminal question', () => {
  it('gives no answer when there is no terminal device', () => {
    expect(askTerminal('Add .env to .gitignore? [Y/n] ', '/nonexistent/tty')).toBeNull();
  });

  it('reads Enter, y and yes as yes; anything else, or no answer, as no', () => {
    for (const a of ['', 'y', 'Y', 'yes', 'YES']) expect(isYes(a), a).toBe(true);
    for (const a of ['n', 'no', 'nope', 'q', null]) expect(isYes(a), String(a)).toBe(false);
  });
});
