import { describe, expect, it } from 'vitest';
import { fingerprinter } from '../../src/detect/fingerprint.js';
import { redact } from '../../src/detect/redact.js';
import { formatterFor } from '../../src/report/format.js';
import type { Format, Report } from '../../src/report/types.js';
import { PROJECT_ROOT } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake-keys.js';

/**
 * Each output format renders one fixed report; the result is compared with the file committed under test/snapshots/
 * (colour off, paths normalised). After an intended change of wording or shape: npx vitest run -u, then review the
 * diff of the snapshots. The keys are built at run time and only their redacted form may reach a snapshot.
 */
const keys = { openai: fakeKeys.openaiProject('snapshot'), github: fakeKeys.github('snapshot') };

async function fixedReport(): Promise<Report> {
  const fingerprint = await fingerprinter(Buffer.alloc(32, 7));
  return {
    mode: 'staged',
    files: 3,
    bytes: 2048,
    baselined: 1,
    blockLowConfidence: false,
    blockWarnings: false,
    notices: [],
    skipped: [{ file: 'assets/logo.bin', reason: 'binary', blocks: false }],
    findings: [
      {
        kind: 'file',
        rule: 'unignored-secret-file',
        file: '.env',
        fix: "add '.env' to .gitignore, then unstage it: git rm --cached .env",
      },
      {
        kind: 'secret',
        rule: 'openai-project-key',
        provider: 'OpenAI',
        description: 'OpenAI project API key (sk-proj-)',
        file: 'src/app.py',
        line: 3,
        column: 26,
        secret: redact(keys.openai),
        fingerprint: fingerprint('openai-project-key', keys.openai),
        remediation: 'Revoke it at https://platform.openai.com/api-keys and create a new key.',
        confidence: 'high',
      },
      {
        kind: 'secret',
        rule: 'github-token',
        provider: 'GitHub',
        description: 'GitHub personal access token (ghp_)',
        file: 'scripts/release sh/publish.sh',
        line: 12,
        column: 7,
        secret: redact(keys.github),
        fingerprint: fingerprint('github-token', keys.github),
        remediation: 'Delete it at https://github.com/settings/tokens and create a new one.',
        confidence: 'low',
      },
      {
        kind: 'log-leak',
        rule: 'log-whole-env',
        severity: 'warning',
        file: 'src/debug.js',
        line: 2,
        column: 1,
        description: 'prints the whole environment, every secret in it',
        fix: 'log only the names you need, never process.env itself',
      },
    ],
  };
}

/** Paths of this machine (none are expected) would make the snapshots differ from one checkout to the next. */
const normalise = (text: string) => text.split(PROJECT_ROOT).join('<root>/').replace(/\r\n/g, '\n');

const FILES: Record<Format, string> = { text: 'report.txt', json: 'report.json', sarif: 'report.sarif' };

describe.each(Object.keys(FILES) as Format[])('the %s formatter', (format) => {
  it('renders the fixed report as the committed snapshot', async () => {
    const render = await formatterFor(format, { color: false, kg: 'npx keyguard' });
    const out = normalise(render(await fixedReport()));
    for (const key of Object.values(keys)) {
      expect(out.includes(key), 'a whole key in the output').toBe(false);
      expect(out).toContain(redact(key));
    }
    if (format !== 'text') expect(() => JSON.parse(out) as unknown).not.toThrow();
    await expect(out).toMatchFileSnapshot(`../snapshots/${FILES[format]}`);
  });
});
