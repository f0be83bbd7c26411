import { describe, expect, it } from 'vitest';
import { compileDetector } from '../../src/detect/compile.js';
import { scanText } from '../../src/detect/engine.js';
import { ALNUM, HEX, fake, join } from '../../src/rules/fake.js';
import { builtinRules } from '../../src/rules/index.js';

/** Rules keyed on a name, through the assignment reader, with the whole catalog (as a scan runs them). */
const catalog = compileDetector(builtinRules);
const findings = (text: string) =>
  scanText(text, catalog).map((m) => ({
    rule: catalog.rules[m.ruleIndex]!.rule.id,
    secret: m.secret,
    blocks: !m.lowConfidence,
  }));

/** Where users put a value named NAME, other than NAME=value: another line, a fallback, a default. */
function elsewhere(name: string, value: string): Record<string, string> {
  return {
    'YAML name/value': `env:\n  - name: ${name}\n    value: "${value}"\n`,
    'JSON key/value': `[{"key": "${name}", "value": "${value}"}]\n`,
    'JSON key/value on two lines': `{\n  "key": "${name}",\n  "value": "${value}"\n}\n`,
    'process.env fallback': `const key = process.env.${name} || "${value}";\n`,
    'os.getenv default': `key = os.getenv("${name}", "${value}")\n`,
    'os.environ.get default': `key = os.environ.get("${name}", "${value}")\n`,
    'ENV.fetch default': `key = ENV.fetch("${name}", "${value}")\n`,
    'shell default': `curl -H "X-Key: \${${name}:-${value}}" https://api.service.io\n`,
    'Terraform variable default': `variable "${name.toLowerCase()}" {\n  type    = string\n  default = "${value}"\n}\n`,
  };
}

describe('values named on another line or in a fallback (issue 12, item 3)', () => {
  const cases: [string, string, string][] = [
    ['datadog-api-key', 'DATADOG_API_KEY', fake(HEX, 32, 'nk1')],
    ['together-legacy-api-key', 'TOGETHER_API_KEY', fake(HEX, 64, 'nk2')],
    ['heroku-api-key', 'HEROKU_API_KEY', '1c4b7f3e-2a9d-4e6b-8f0a-5d3c2b1a9e8f'],
    ['generic-secret-assignment', 'PAYMENT_API_KEY', fake(ALNUM, 32, 'nk3')],
    ['rails-secret-key-base', 'SECRET_KEY_BASE', fake(HEX, 128, 'nk4')],
  ];
  describe.each(cases)('%s', (rule, name, value) => {
    it.each(Object.entries(elsewhere(name, value)))('in %s', (_syntax, text) => {
      expect(findings(text)).toContainEqual({ rule, secret: value, blocks: true });
    });
  });
});

describe('secret-named hex and base64 values (issue 12, item 4)', () => {
  it.each([
    ['rails-secret-key-base', `SECRET_KEY_BASE=${fake(HEX, 128, 'sk1')}`],
    ['django-secret-key', `SECRET_KEY = '${join('django-', 'insecure-', fake(ALNUM.toLowerCase(), 50, 'sk2'))}'`],
    ['generic-secret-assignment', `app.config["SECRET_KEY"] = "${fake(HEX, 48, 'sk3')}"`],
    ['generic-secret-assignment', `JWT_SIGNING_KEY: ${fake(ALNUM, 43, 'sk4')}=`],
    ['generic-secret-assignment', `const config = { apiKey: "${fake(HEX, 32, 'sk5')}", region: "eu" };`],
  ])('%s: %s', (rule, text) => {
    expect(findings(text).map((f) => [f.rule, f.blocks])).toContainEqual([rule, true]);
  });
});

describe('sharper, not noisier (issue 12, item 7)', () => {
  it('does not rescue, at full confidence, a provider token that failed its own rule', () => {
    // A GitHub token one character short and a Slack bot token of the wrong shape, under names that say token.
    const text = [
      `github_token = "${join('gh', 'p_', fake(ALNUM, 35, 'sh1'))}"`,
      `SLACK_TOKEN=${join('xox', 'b-', fake(ALNUM, 20, 'sh2'))}`,
    ].join('\n');
    const found = findings(text);
    expect(found.filter((f) => f.blocks).map((f) => [f.rule, f.secret.slice(0, 8)])).toEqual([]);
  });

  it.each([
    ['a redacted value', `"authToken": "${fake(ALNUM, 24, 'sh3')}[Redacted]"`],
    ['a shortened value', `api_key = "${fake(ALNUM, 24, 'sh4')}\u2026"`],
    ['a public token', `publicToken = "${fake(ALNUM, 32, 'sh5')}"`],
    ['a CSRF token', `<input type="hidden" name="csrf-token" value="${fake(ALNUM, 40, 'sh6')}">`],
    ['a CSRF header', `csrf-token=${fake(ALNUM, 40, 'sh7')}`],
    ['a publishable key', `STRIPE_PUBLISHABLE_KEY=${join('pk_', 'live_', fake(ALNUM, 24, 'sh8'))}`],
    ['Firebase documentation key', `  apiKey: "${join('AIza', 'SyDOCAbC123dEf456GhI789jKl012-MnO')}",`],
    [
      'apiKey in a minified bundle',
      `!function(){${'var a=function(e){return e&&e.x};'.repeat(200)}var c={apiKey:"${fake(ALNUM, 32, 'sh9')}"}}();`,
    ],
  ])('stays silent on %s', (_what, text) => {
    expect(findings(text).filter((f) => f.blocks)).toEqual([]);
  });
});
