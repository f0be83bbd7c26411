import { describe, expect, it } from 'vitest';
import { describeKey, rewriteSource } from '../../src/fix/rewrite-source.js';
import type { Language } from '../../src/fix/source-language.js';
import { fakeKeys } from '../helpers/fake-keys.js';
import { nodeCheck, pythonParse, runWithEnv, tscNoEmit } from '../helpers/parse-check.js';

const K = fakeKeys.openaiProject('rw');
const K2 = fakeKeys.github('rw');
const N = 'OPENAI_API_KEY';

function rewrite(code: string, language: Language, keys = [{ secret: K, name: N }]): string {
  const r = rewriteSource(code, language, keys);
  if (!('text' in r)) throw new Error(`refused: ${r.refusal} at line ${r.line}`);
  for (const { secret } of keys) expect(r.text).not.toContain(secret);
  return r.text;
}

/** [name, code, what the rewritten code must contain]. */
const JS_SHAPES: [string, string, string][] = [
  [
    'module constant, double quotes',
    `const OPENAI_API_KEY = "${K}";\n`,
    'const OPENAI_API_KEY = process.env.OPENAI_API_KEY;',
  ],
  [
    'object property, single quotes',
    `const config = { apiKey: '${K}', model: "m" };\n`,
    '{ apiKey: process.env.OPENAI_API_KEY, model',
  ],
  [
    'constructor argument',
    `class C { constructor(o) { this.o = o; } }\nconst c = new C({ apiKey: "${K}" });\n`,
    '{ apiKey: process.env.OPENAI_API_KEY }',
  ],
  ['call argument', `function init(k) { return k; }\ninit("${K}");\n`, 'init(process.env.OPENAI_API_KEY);'],
  ['template literal, whole', `const k = \`${K}\`;\n`, 'const k = process.env.OPENAI_API_KEY;'],
  [
    'template literal with an expression',
    `const x = 1;\nconst h = \`Bearer ${K} \${x}\`;\n`,
    '`Bearer ${process.env.OPENAI_API_KEY} ${x}`',
  ],
  [
    'key inside a larger string',
    `const url = "https://api.example.com/v1?key=${K}&q=1";\n`,
    '`https://api.example.com/v1?key=${process.env.OPENAI_API_KEY}&q=1`',
  ],
  [
    'larger string with a backtick, ${ and escapes',
    `const s = "a\`b \${c} \\"q\\" ${K}";\n`,
    '`a\\`b \\${c} \\"q\\" ${process.env.OPENAI_API_KEY}`',
  ],
  ['a regex with a quote before it', `const re = /"/g;\nconst k = "${K}";\n`, 'const k = process.env.OPENAI_API_KEY;'],
  [
    'a comment with quotes before it',
    `// don't "quote" me\n/* it's */ const k = '${K}';\n`,
    'const k = process.env.OPENAI_API_KEY;',
  ],
  ['no space after return', `function f() { return"${K}"; }\n`, 'return process.env.OPENAI_API_KEY;'],
  ['fallback after process.env', `const k = process.env.OPENAI_API_KEY || "${K}";\n`, '|| process.env.OPENAI_API_KEY;'],
  ['string in a template expression', `const h = \`Bearer \${"${K}"}\`;\n`, '`Bearer ${process.env.OPENAI_API_KEY}`'],
  ['default parameter', `function f(k = "${K}") { return k; }\n`, 'function f(k = process.env.OPENAI_API_KEY)'],
  ['CRLF line ends', `const a = 1;\r\nconst k = "${K}";\r\n`, 'const k = process.env.OPENAI_API_KEY;\r\n'],
];

const PY_SHAPES: [string, string, string][] = [
  ['module constant', `OPENAI_API_KEY = "${K}"\n`, 'import os\nOPENAI_API_KEY = os.environ["OPENAI_API_KEY"]'],
  [
    'keyword argument',
    `import os\nclass OpenAI:\n    def __init__(self, api_key): pass\nclient = OpenAI(api_key='${K}')\n`,
    'OpenAI(api_key=os.environ["OPENAI_API_KEY"])',
  ],
  ['dict value', `config = {"api_key": "${K}", "model": "m"}\n`, '{"api_key": os.environ["OPENAI_API_KEY"], "model"'],
  [
    'f-string neighbour',
    `token = "t"\nheaders = {"Authorization": f"Bearer {token}", "X-Key": "${K}"}\n`,
    '"X-Key": os.environ["OPENAI_API_KEY"]}',
  ],
  [
    'inside an f-string',
    `user = "u"\nurl = f"https://x.example/{user}?key=${K}"\n`,
    `f"https://x.example/{user}?key={os.environ['OPENAI_API_KEY']}"`,
  ],
  [
    'inside a plain string with braces',
    `url = "https://x.example/?key=${K}&a={1}"\n`,
    `f"https://x.example/?key={os.environ['OPENAI_API_KEY']}&a={{1}}"`,
  ],
  ['triple quotes', `K = """${K}"""\n`, 'K = os.environ["OPENAI_API_KEY"]'],
  ['raw string, part', `h = r'Bearer ${K}\\n'\n`, `h = rf'Bearer {os.environ["OPENAI_API_KEY"]}\\n'`],
  ['u prefix, part', `h = u"Bearer ${K}"\n`, `h = f"Bearer {os.environ['OPENAI_API_KEY']}"`],
  ['implicit concatenation', `h = ("Bearer "\n     "${K}")\n`, `"Bearer "\n     f"{os.environ['OPENAI_API_KEY']}")`],
  [
    'docstring and __future__ first',
    `"""Doc."""\nfrom __future__ import annotations\nK = '${K}'\n`,
    '"""Doc."""\nfrom __future__ import annotations\nimport os\nK = os.environ["OPENAI_API_KEY"]',
  ],
  ['import os.path binds os', `import os.path\nK = "${K}"\n`, 'import os.path\nK = os.environ["OPENAI_API_KEY"]'],
  [
    'getenv default',
    `import os\nK = os.getenv("OPENAI_API_KEY", "${K}")\n`,
    'os.getenv("OPENAI_API_KEY", os.environ["OPENAI_API_KEY"])',
  ],
  ['class attribute', `class Settings:\n    key: str = "${K}"\n`, '    key: str = os.environ["OPENAI_API_KEY"]'],
  ['CRLF line ends', `x = 1\r\nK = "${K}"\r\n`, 'import os\r\nx = 1\r\nK = os.environ["OPENAI_API_KEY"]\r\n'],
];

describe('rewriteSource: JavaScript (node --check)', () => {
  it.each(JS_SHAPES)('%s', (_name, code, expected) => {
    const out = rewrite(code, 'js');
    expect(out).toContain(expected);
    const check = nodeCheck(out);
    expect(check.output).toBe('');
    expect(check.ok).toBe(true);
  });

  it('two keys in one string become two lookups', () => {
    const out = rewrite(`const pair = "${K}:${K2}";\n`, 'js', [
      { secret: K, name: N },
      { secret: K2, name: 'GITHUB_TOKEN' },
    ]);
    expect(out).toBe('const pair = `${process.env.OPENAI_API_KEY}:${process.env.GITHUB_TOKEN}`;\n');
  });

  it('the rewritten program reads the same value from the environment', () => {
    const code = `const a = { apiKey: "${K}" };\nconst h = \`Bearer ${K}\`;\nconsole.log(JSON.stringify([a.apiKey, h]));\n`;
    const before = runWithEnv(code, 'js', {});
    const after = runWithEnv(rewrite(code, 'js'), 'js', { [N]: K });
    expect(after.output).toBe(before.output);
    expect(runWithEnv(rewrite(code, 'js'), 'js', { [N]: 'other' }).output).toContain('Bearer other');
  });
});

describe('rewriteSource: TypeScript and JSX (tsc --noEmit)', () => {
  it('every shape type-checks after the rewrite', () => {
    const files: Record<string, string> = {
      'constant.ts': `export const OPENAI_API_KEY: string | undefined = "${K}";\n`,
      'class.ts': `export class Client {\n  private readonly apiKey: string | undefined = '${K}';\n  key() { return this.apiKey; }\n}\n`,
      'headers.ts': `export const headers: Record<string, string> = { Authorization: "Bearer ${K}" };\n`,
      'as-const.ts': `export const config = { apiKey: \`${K}\` } as const;\n`,
      'props.tsx': `declare global { namespace JSX { interface IntrinsicElements { p: object } } }\ndeclare const Client: (p: { apiKey?: string; url?: string; 'data-k'?: string }) => null;\nexport const a = <Client apiKey="${K}" />;\nexport const b = <Client url="https://x.example/?k=${K}" data-k="${K}" />;\nexport const c = <p>Don't\n{"${K}"}</p>;\n`,
    };
    const rewritten = Object.fromEntries(Object.entries(files).map(([f, code]) => [f, rewrite(code, 'jsx')]));
    expect(rewritten['props.tsx']).toContain('<Client apiKey={process.env.OPENAI_API_KEY} />');
    expect(rewritten['props.tsx']).toContain('url={`https://x.example/?k=${process.env.OPENAI_API_KEY}`}');
    expect(rewritten['props.tsx']).toContain('data-k={process.env.OPENAI_API_KEY}');
    expect(rewritten['headers.ts']).toContain('{ Authorization: `Bearer ${process.env.OPENAI_API_KEY}` }');
    const check = tscNoEmit(rewritten);
    expect(check.output).toBe('');
    expect(check.ok).toBe(true);
  });
});

describe('rewriteSource: Python (ast.parse)', () => {
  it.each(PY_SHAPES)('%s', (_name, code, expected) => {
    const out = rewrite(code, 'python');
    expect(out).toContain(expected);
    const check = pythonParse(out);
    expect(check.output).toBe('');
    expect(check.ok).toBe(true);
  });

  it('adds `import os` once, and only when os is not imported as itself', () => {
    expect(rewrite(`import os\nK = "${K}"\n`, 'python')).toBe(`import os\nK = os.environ["OPENAI_API_KEY"]\n`);
    expect(rewrite(`import sys, os\nK = "${K}"\n`, 'python')).not.toContain('import os\n');
    expect(rewrite(`import os as o\nK = "${K}"\n`, 'python')).toBe(
      `import os\nimport os as o\nK = os.environ["OPENAI_API_KEY"]\n`,
    );
    expect(rewrite(`def f():\n    import os\n    return "${K}"\n`, 'python')).toMatch(/^import os\ndef f/);
    expect(rewrite(`"""Only a docstring and the key: ${K}"""`, 'python')).toBe(
      `f"""Only a docstring and the key: {os.environ['OPENAI_API_KEY']}"""\nimport os\n`,
    );
  });

  it('the rewritten program reads the same value from the environment', () => {
    const code = `d = {"k": "${K}"}\nh = f"Bearer ${K}"\nprint(repr([d["k"], h]))\n`;
    const before = runWithEnv(code, 'python', {});
    const after = runWithEnv(rewrite(code, 'python'), 'python', { [N]: K });
    expect(after.output).toBe(before.output);
  });
});

describe('rewriteSource refuses what it cannot rewrite safely', () => {
  it.each([
    ['a comment (JS)', `// old key ${K}\nconst a = 1;\n`, 'js', 'comment', 1],
    ['a tagged template', `const q = sql\`${K}\`;\n`, 'js', 'tagged-template', 1],
    ['an object key', `const m = {\n  "${K}": 1 };\n`, 'js', 'object-key', 2],
    ['an unterminated string', `const a = "${K}\n`, 'js', 'unterminated', 1],
    ['a legacy octal escape', `const a = "\\01 ${K}";\n`, 'js', 'escapes', 1],
    ['an entity in a JSX attribute', `const a = <A b="x&amp;${K}" />;\n`, 'jsx', 'escapes', 1],
    ['code, not a literal', `const a = b.${K.replace(/-/g, '_')};\n`, 'js', 'absent', 0],
    ['a comment (Python)', `x = 1  # ${K}\n`, 'python', 'comment', 1],
    ['bytes', `k = b"${K}"\n`, 'python', 'bytes', 1],
    ['an f-string field', `k = f"{'${K}'}"\n`, 'python', 'expression', 1],
  ] as const)('in %s', (_name, code, language, refusal, line) => {
    expect(rewriteSource(code, language, [{ secret: K, name: N }])).toEqual({ refusal, line });
  });

  it('leaves no copy: a key that also sits in a comment refuses the whole file', () => {
    const r = rewriteSource(`const a = "${K}";\n// ${K}\n`, 'js', [{ secret: K, name: N }]);
    expect(r).toEqual({ refusal: 'comment', line: 2 });
  });
});

describe('describeKey: the names the code gives a key', () => {
  it.each([
    [`const OPENAI_KEY = "${K}";`, 'js', ['OPENAI_KEY']],
    [`const cfg = { apiKey: "${K}" };`, 'js', ['apiKey']],
    [`const API_KEY: string = "${K}";`, 'js', ['API_KEY']],
    [`process.env.MY_KEY ?? "${K}"`, 'js', ['MY_KEY']],
    [`new OpenAI({ "api-key": "${K}" })`, 'js', ['api-key']],
    [`init("${K}")`, 'js', []],
    [`API_KEY: str = "${K}"`, 'python', ['API_KEY']],
    [`os.environ["SERVICE_TOKEN"] = "${K}"`, 'python', ['SERVICE_TOKEN']],
    [`OpenAI(api_key="${K}")`, 'python', ['api_key']],
    [`os.environ.get("SERVICE_TOKEN", "${K}")`, 'python', ['SERVICE_TOKEN']],
  ] as const)('%#', (code, language, assigned) => {
    expect(describeKey(code, language, K)).toMatchObject({ assigned });
  });
});
