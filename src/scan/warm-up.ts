import { DEFAULT_CONFIG } from '../config/types.js';
import { parseStagedDiff } from '../git/staged.js';
import type { Report } from '../report/types.js';
import { ALNUM, fake, join } from '../rules/fake.js';
import { scanChanges } from './staged.js';

/**
 * Run by the launcher once per build, after the first `scan --staged` and before it writes the code cache: the
 * hook's whole path over a made-up commit (no git, nothing read or written but `root`'s absent baseline), a key
 * found and reported as text and JSON. The cache then holds the code of a blocked commit, whatever the first real
 * commit held; without this, a first commit with nothing to report would leave every later one compiling that code.
 */
export async function warmUp(root: string): Promise<Report> {
  const key = join('sk-', 'proj-', fake(ALNUM, 64, 'warm-up'));
  const lines = [
    "import path from 'node:path';",
    "const file = path.join(dir, 'settings.json'); // the token pattern of a keyword inside a word",
    'const token = process.env.API_TOKEN ?? options.token;',
    `const client = new OpenAI({ apiKey: "${key}" });`,
  ];
  const diff = [
    ':000000 100644 0000000 1111111 A\0warm-up.js\0\0diff --git a/warm-up.js b/warm-up.js',
    'new file mode 100644',
    'index 0000000..1111111',
    '--- /dev/null',
    '+++ b/warm-up.js',
    `@@ -0,0 +1,${lines.length} @@`,
    ...lines.map((line) => `+${line}`),
    '',
  ].join('\n');
  const report = await scanChanges(root, { ...DEFAULT_CONFIG }, parseStagedDiff(Buffer.from(diff, 'latin1')));
  (await import('../report/text.js')).formatText(report, { color: false });
  (await import('../report/json.js')).formatJson(report);
  return report;
}
