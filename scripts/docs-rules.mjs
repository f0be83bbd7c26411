// `npm run docs:rules`: write docs/rules.md from the rule records of the built library (run after
// `node scripts/build.mjs`), so the documentation lists exactly the rules that ship. test/unit/rules-doc.test.ts
// fails when the committed file is stale.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const target = fileURLToPath(new URL('../docs/rules.md', import.meta.url));
const { formatRulesMarkdown, listRules } = await import(new URL('../dist/index.js', import.meta.url).href);

const next = formatRulesMarkdown(listRules());
let current = null;
try {
  current = readFileSync(target, 'utf8');
} catch {
  // not written yet
}
if (next !== current) {
  writeFileSync(`${target}.tmp`, next);
  renameSync(`${target}.tmp`, target);
}
process.stdout.write(`docs/rules.md: ${next === current ? 'already up to date' : 'rewritten'}\n`);
