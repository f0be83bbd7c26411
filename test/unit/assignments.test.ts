import { describe, expect, it } from 'vitest';
import { readAssignments } from '../../src/detect/assignments.js';

/**
 * The assignment reader, one right answer per line: every (name, value) pair it reads in the line (and, where the
 * line's name waits for its value, the lines below). The value is written as V; its span must hold it exactly.
 */
const V = 'v4lu3Xyz';

/** [syntax, text, pairs]; the first line of text is read, the rest are its neighbours. */
const CASES: [string, string, [string, string][]][] = [
  // The seven lines of issue 11, on which the four grammars of the time disagreed.
  ['env, quoted', `API_KEY="${V}"`, [['API_KEY', V]]],
  ['object property', `apiKey: "${V}"`, [['apiKey', V]]],
  ['python getenv default', `api_key = os.getenv("X", "${V}")`, [['X', V]]],
  ['CLI flag', `--api-key ${V}`, [['api-key', V]]],
  ['YAML name/value pair', `- name: API_KEY\n  value: ${V}`, [['API_KEY', V]]],
  ['XML key/value attributes', `<add key="ApiKey" value="${V}"/>`, [['ApiKey', V]]],
  ['Go struct literal field', `\tAPIKey: "${V}",`, [['APIKey', V]]],
  // env, shell, .npmrc, INI, properties, TOML
  ['export', `export API_KEY=${V}`, [['API_KEY', V]]],
  ['env with a comment', `API_KEY=${V} # comment`, [['API_KEY', V]]],
  ['compose environment list', `  - API_KEY=${V}`, [['API_KEY', V]]],
  ['Dockerfile ENV', `ENV API_KEY=${V}`, [['API_KEY', V]]],
  ['csh setenv', `setenv API_KEY ${V}`, [['API_KEY', V]]],
  ['.npmrc', `//registry.npmjs.org/:_authToken=${V}`, [['_authToken', V]]],
  ['INI', `api_key = ${V}`, [['api_key', V]]],
  ['properties', `api.key=${V}`, [['api.key', V]]],
  ['properties with a colon', `api.key: ${V}`, [['api.key', V]]],
  ['TOML', `api_key = '${V}'`, [['api_key', V]]],
  // YAML
  ['YAML', `api_key: ${V}`, [['api_key', V]]],
  ['YAML quoted', `api_key: "${V}"`, [['api_key', V]]],
  ['YAML name without a value', `- name: API_KEY\n  valueFrom:\n    secretKeyRef: {}`, [['name', 'API_KEY']]],
  // JSON
  ['JSON property', `  "apiKey": "${V}",`, [['apiKey', V]]],
  ['JSON key/value object', `{"key": "API_KEY", "value": "${V}"}`, [['API_KEY', V]]],
  ['JSON Name/Value object', `{"Name": "API_KEY", "Value": "${V}"}`, [['API_KEY', V]]],
  ['JSON key/value on two lines', `  "key": "API_KEY",\n  "value": "${V}"\n}`, [['API_KEY', V]]],
  ['nested JSON', `{"config":{"apiKey":"${V}"}}`, [['config.apiKey', V]]],
  ['notebook JSON string', `    "API_KEY = \\"${V}\\"\\n",`, [['API_KEY', V]]],
  ['notebook environ', `    "os.environ[\\"API_KEY\\"] = \\"${V}\\"\\n",`, [['API_KEY', V]]],
  [
    'JSON in an env value',
    `CONFIG='{"apiKey": "${V}"}'`,
    [
      ['CONFIG', `{"apiKey": "${V}"}`],
      ['CONFIG.apiKey', V],
    ],
  ],
  // JS / TS
  ['const', `const apiKey = "${V}";`, [['apiKey', V]]],
  ['typed const', `const apiKey: string = '${V}';`, [['apiKey', V]]],
  [
    'env fallback ||',
    `let token = process.env.TOKEN || "${V}";`,
    [
      ['token', 'process.env.TOKEN'],
      ['process.env.TOKEN', V],
    ],
  ],
  ['env fallback ??', `const token = process.env["TOKEN"] ?? '${V}';`, [['TOKEN', V]]],
  ['constructor options', `const client = new Client({ apiKey: "${V}" });`, [['Client.apiKey', V]]],
  ['constructor argument', `const s = new Stripe("${V}");`, [['Stripe', V]]],
  ['template literal', `config.apiKey = \`${V}\`;`, [['config.apiKey', V]]],
  [
    'minified object',
    `!function(){var a=b?c:d;var cfg={apiKey:"${V}"}}()`,
    [
      ['a', 'b?c:d'],
      ['cfg.apiKey', V],
    ],
  ],
  // Python
  ['assignment', `API_KEY = "${V}"`, [['API_KEY', V]]],
  ['annotated', `api_key: str = "${V}"`, [['api_key', V]]],
  ['keyword argument', `client = OpenAI(api_key="${V}")`, [['OpenAI.api_key', V]]],
  ['environ.get default', `key = os.environ.get("API_KEY", "${V}")`, [['API_KEY', V]]],
  ['getenv or', `key = os.getenv("API_KEY") or "${V}"`, [['API_KEY', V]]],
  ['environ item', `os.environ["API_KEY"] = "${V}"`, [['API_KEY', V]]],
  ['setdefault', `os.environ.setdefault("API_KEY", "${V}")`, [['API_KEY', V]]],
  // Go
  ['short declaration', `apiKey := "${V}"`, [['apiKey', V]]],
  ['var with a type', `var apiKey string = "${V}"`, [['apiKey', V]]],
  ['composite literal', `cfg := Config{APIKey: "${V}"}`, [['Config.APIKey', V]]],
  // Ruby
  ['ENV.fetch default', `token = ENV.fetch("API_TOKEN", "${V}")`, [['API_TOKEN', V]]],
  ['hash rocket', `{ :api_key => "${V}" }`, [['api_key', V]]],
  ['keyword argument', `client = Client.new(api_key: "${V}")`, [['Client.new.api_key', V]]],
  // Java, C#, PHP
  ['Java constant', `private static final String API_KEY = "${V}";`, [['API_KEY', V]]],
  ['setter', `client.setApiKey("${V}");`, [['client.setApiKey', V]]],
  ['PHP array', `$config = ['api_key' => '${V}'];`, [['api_key', V]]],
  ['PHP define', `define('API_KEY', '${V}');`, [['API_KEY', V]]],
  ['PHP variable', `$apiKey = '${V}';`, [['$apiKey', V]]],
  ['C #define', `#define API_KEY "${V}"`, [['API_KEY', V]]],
  // shell defaults, flags, headers
  [
    'shell default in a string',
    `TOKEN="\${API_TOKEN:-${V}}"`,
    [
      ['TOKEN', `\${API_TOKEN:-${V}}`],
      ['API_TOKEN', V],
    ],
  ],
  ['shell := default', `: \${API_TOKEN:=${V}}`, [['API_TOKEN', V]]],
  ['flag with =', `curl --api-key=${V} https://x`, [['curl.api-key', V]]],
  ['header in a command', `curl -H "Authorization: Bearer ${V}" https://x`, [['Authorization Bearer', V]]],
  ['header', `Authorization: Bearer ${V}`, [['Authorization Bearer', V]]],
  ['API key header', `X-API-Key: ${V}`, [['X-API-Key', V]]],
  ['header in a dict', `headers = {"Authorization": "Token ${V}"}`, [['headers.Authorization Token', V]]],
  // XML
  ['element', `<apiKey>${V}</apiKey>`, [['apiKey', V]]],
  ['name/value attributes', `<property name="apiKey" value="${V}"/>`, [['apiKey', V]]],
  ['name/value elements', `<name>API_KEY</name>\n<value>${V}</value>`, [['API_KEY', V]]],
  // Terraform
  ['variable default', `variable "api_key" { default = "${V}" }`, [['api_key', V]]],
  ['variable default below', `variable "api_key" {\n  type    = string\n  default = "${V}"\n}`, [['api_key', V]]],
  // connection strings
  [
    'connection string',
    `Server=db;Database=app;User Id=sa;Password=${V};`,
    [
      ['Server', 'db'],
      ['Database', 'app'],
      ['Id', 'sa'],
      ['Password', V],
    ],
  ],
  [
    'connection string in a string',
    `conn = "Server=db;Password=${V};"`,
    [
      ['conn', `Server=db;Password=${V};`],
      ['conn.Server', 'db'],
      ['conn.Password', V],
    ],
  ],
  // not assignments
  ['comparison', 'if (a == b) return;', []],
  ['prose with a URL', 'see https://example.com/docs for the key', []],
  ['conditional', 'x = a ? b : c;', [['x', 'a']]],
  ['loop', 'for key in keys:', []],
  ['a call, not a value', 'key = os.getenv("API_KEY")', []],
];

describe('the assignment reader', () => {
  it.each(CASES)('%s: %s', (_syntax, text, expected) => {
    const firstLine = text.indexOf('\n') === -1 ? text.length : text.indexOf('\n');
    const pairs = readAssignments(text, 0, firstLine);
    expect(pairs.map((p) => [p.name, p.value])).toEqual(expected);
    for (const p of pairs) expect(text.slice(p.start, p.end)).toBe(p.value);
  });

  it('reads a neighbour only for a name that waits for its value', () => {
    const text = `api_key: ${V}\nvalue: other`;
    expect(readAssignments(text, 0, text.indexOf('\n')).map((p) => p.name)).toEqual(['api_key']);
  });

  it('stops inside a line when told to, and does not read past it', () => {
    const text = `A=1;B=${V};C=3`;
    expect(readAssignments(text, 0, 8).map((p) => [p.name, p.value])).toEqual([
      ['A', '1'],
      ['B', 'v4'],
    ]);
  });

  it('reads in linear time: 1 MB of unclosed quotes, brackets, names and markup', () => {
    const pieces = ['"', "'", '`', '(', '[', '{', '${', '<a>', 'key:', 'k=', '--k ', '? ', '\\"', 'name: X'];
    for (const piece of pieces) {
      const text = piece.repeat(Math.ceil((1 << 20) / piece.length));
      const start = performance.now();
      readAssignments(text);
      expect(performance.now() - start, JSON.stringify(piece)).toBeLessThan(5000);
    }
  });
});
