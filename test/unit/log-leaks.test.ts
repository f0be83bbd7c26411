import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leakLanguageOf, mayLeak } from '../../src/detect/log-leak-filter.js';
import { findLogLeaks } from '../../src/detect/log-leaks.js';
import { saysSecret } from '../../src/detect/secret-words.js';
import { LEAKS, NOT_LEAKS } from '../corpus/log-leaks.js';
import { PROJECT_ROOT } from '../helpers/cli.js';

function leaks(file: string, text: string) {
  const language = leakLanguageOf(file);
  if (language === null || !mayLeak(language, text)) return [];
  return findLogLeaks(file, text, language);
}

describe('log-leak check on a fixed corpus', () => {
  it.each(LEAKS)('%s: %s warns (%s)', (file, text, rule) => {
    const found = leaks(file, text);
    expect(found.map((f) => f.rule)).toEqual([rule]);
    expect(found[0]).toMatchObject({ kind: 'log-leak', severity: 'warning', file });
  });

  it('no everyday line warns', () => {
    const warned = NOT_LEAKS.filter(([file, text]) => leaks(file, text).length > 0).map(([, text]) => text);
    expect(warned).toEqual([]);
  });

  it('says where: the line of the value in a multi-line call, mapped through lineOf', () => {
    const text = 'const a = 1;\nconsole.log(\n  "stripe",\n  STRIPE_SECRET_KEY,\n);\n';
    const [found] = findLogLeaks('a.js', text, 'js', (i) => i + 10);
    expect(found).toMatchObject({ line: 13, column: 3 });
  });

  it('a `keyguard:allow` on the line silences it', () => {
    expect(leaks('a.js', 'console.log(process.env); // keyguard:allow')).toEqual([]);
  });
});

describe('names that say secret', () => {
  it.each(['apiKey', 'api_key', 'OPENAI_API_KEY', 'password', 'clientSecret', 'accessToken', 'GITHUB_TOKEN'])(
    '%s',
    (name) => expect(saysSecret(name)).toBe(true),
  );
  it.each(['key', 'token', 'keys', 'tokens', 'keyCode', 'passwordLength', 'isTokenValid', 'Token', 'SecretKey'])(
    'not %s',
    (name) => expect(saysSecret(name)).toBe(false),
  );
});

/** Every checked file under a folder (symlinks not followed). */
function* codeFiles(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* codeFiles(path);
    else if (e.isFile() && leakLanguageOf(path) !== null) yield path;
  }
}

describe('precision on real code', () => {
  it("this project's node_modules (thousands of files) yield at most a handful of warnings", () => {
    let files = 0;
    const warned: string[] = [];
    for (const path of codeFiles(join(PROJECT_ROOT, 'node_modules'))) {
      files++;
      warned.push(...leaks(path, readFileSync(path, 'utf8')).map((f) => `${path}:${f.line}`));
    }
    expect(files).toBeGreaterThan(1000);
    expect(warned.length, warned.join('\n')).toBeLessThanOrEqual(3);
  });
});
