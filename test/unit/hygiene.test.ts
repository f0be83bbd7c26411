import { describe, expect, it } from 'vitest';
import { compileDetector } from '../../src/detect/compile.js';
import { looksLikeCode } from '../../src/detect/code-like.js';
import { scanText } from '../../src/detect/engine.js';
import { inDataUri, isDocumentationKey } from '../../src/detect/look-alikes.js';
import { ALNUM, B64, HEX, LOWER_ALNUM, fake, join } from '../../src/rules/fake.js';
import { builtinRules } from '../../src/rules/index.js';
import { fakeKeys } from '../helpers/fake-keys.js';

const all = compileDetector(builtinRules);
const rulesIn = (text: string) => scanText(text, all).map((m) => all.rules[m.ruleIndex]!.rule.id);

describe('code, not credentials (generic rule only)', () => {
  it.each([
    'refresh_token_storage_v2',
    'useAuthTokenStore2',
    'X-Auth-Token-V2',
    'passwordResetTokenExpiry',
    'HTTPServerError500',
  ])('%s is code', (v) => {
    expect(looksLikeCode(v)).toBe(true);
  });
  it('random keys are not', () => {
    let code = 0;
    for (let i = 0; i < 2000; i++)
      if (looksLikeCode(fake(ALNUM, 24, `cl${i}`)) || looksLikeCode(fake(LOWER_ALNUM, 24, `cm${i}`))) code++;
    expect(code).toBeLessThan(10);
  });
  it('stays fast on adversarial input', () => {
    const started = performance.now();
    for (const v of ['A'.repeat(100) + 'a!', 'ab'.repeat(60) + '!', 'Ab1'.repeat(40), 'a_'.repeat(60)])
      looksLikeCode(v);
    expect(performance.now() - started).toBeLessThan(50);
  });
  it('keeps a provider key that happens to look like words', () => {
    expect(rulesIn(`GITHUB_TOKEN=${fakeKeys.github('cw')}`)).toEqual(['github-token']);
  });
});

describe('look-alikes', () => {
  it('skips keys inside base64 data URIs', () => {
    const blob = `${fake(B64, 200, 'du1')}/${fakeKeys.google('du')}`;
    const text = `background: url(data:image/png;base64,${blob});`;
    expect(inDataUri(text, text.indexOf(blob) + 201)).toBe(true);
    expect(inDataUri(Buffer.from(text), text.indexOf(blob) + 201)).toBe(true);
    expect(inDataUri(`x = "${fakeKeys.google('du')}"`, 5)).toBe(false);
    expect(rulesIn(text)).toEqual([]);
    expect(rulesIn(`key = "${fakeKeys.google('du')}"`)).toEqual(['google-api-key']);
  });
  it('knows the documentation keys', () => {
    expect(isDocumentationKey(join('gh', 'p_', '16C7e42F292c6912E7710c838347Ae178B4a'))).toBe(true);
    expect(rulesIn(`token = "${join('gh', 'p_', '16C7e42F292c6912E7710c838347Ae178B4a')}"`)).toEqual([]);
    expect(rulesIn(`aws_secret_access_key = ${join('wJalrXUtnFEMI/K7MDENG/', 'bPxRfiCYEXAMPLEKEY')}`)).toEqual([]);
  });
  it('ignores UUIDs, git SHAs, integrity hashes, i18n keys and identifiers next to credential names', () => {
    for (const line of [
      `session_token = "${fake(HEX, 8, 'u1')}-${fake(HEX, 4, 'u2')}-4${fake(HEX, 3, 'u3')}-a${fake(HEX, 3, 'u4')}-${fake(HEX, 12, 'u5')}"`,
      `deploy_token: ${fake(HEX, 40, 'sha')}`,
      `<script integrity="sha384-${fake(B64, 64, 'sri')}" src="x.js"></script>`,
      `"token": "sha512-${fake(B64, 86, 'sri2')}=="`,
      '"auth.token.expired": "Your session has expired"',
      'const passwordResetTokenExpiry = 3600;',
      'tokenizer = AutoTokenizer.from_pretrained("bert-base-uncased")',
      '--token-color-primary: #3b82f6;',
    ]) {
      expect(rulesIn(line), line).toEqual([]);
    }
  });
  it('still reports a generic secret in a notebook string and behind a type annotation', () => {
    expect(rulesIn(`"API_TOKEN = \\"${fake(ALNUM, 32, 'nb')}\\"\\n",`)).toEqual(['generic-secret-assignment']);
    expect(rulesIn(`const apiKey: string = "${fake(ALNUM, 32, 'ta')}";`)).toEqual(['generic-secret-assignment']);
  });
});
