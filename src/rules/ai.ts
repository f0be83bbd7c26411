import { ALNUM, B64URL, fake, join } from './fake.js';
import { prefixed } from './shape.js';
import type { RuleFamily } from './types.js';

const OPENAI_REVOKE = 'Revoke it at https://platform.openai.com/api-keys and create a new key.';
const ANTHROPIC_REVOKE = 'Revoke it at https://console.anthropic.com/settings/keys and create a new key.';
const GOOGLE_REVOKE =
  'Delete or regenerate it at https://console.cloud.google.com/apis/credentials (Gemini keys: https://aistudio.google.com/app/apikey).';

export const ai: RuleFamily = {
  family: 'ai',
  rules: [
    {
      id: 'openai-api-key',
      provider: 'OpenAI',
      description: 'OpenAI API key (legacy user key)',
      keywords: ['t3blbkfj'],
      regex: prefixed('sk-', '[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}'),
      remediation: OPENAI_REVOKE,
      examples: () => ({
        match: [
          `OPENAI_API_KEY="${join('sk-', fake(ALNUM, 20, 'oa1'), 'T3Blbk', 'FJ', fake(ALNUM, 20, 'oa2'))}"`,
          `openai.api_key = '${join('sk-', fake(ALNUM, 20, 'oa3'), 'T3Blbk', 'FJ', fake(ALNUM, 20, 'oa4'))}'`,
        ],
        noMatch: [`OPENAI_API_KEY=${join('sk-', 'YOUR_SUPER_SECRET_KEY_HERE')}`, 'T3BlbkFJ is base64 for OpenAI'],
      }),
    },
    {
      id: 'openai-project-key',
      provider: 'OpenAI',
      description: 'OpenAI project, service-account, admin or unscoped API key (sk-proj-, sk-svcacct-, sk-admin-, sk-None-)',
      keywords: ['sk-proj-', 'sk-svcacct-', 'sk-admin-', 'sk-none-'],
      regex: prefixed('sk-', '(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{40,250}'),
      entropy: 3.5,
      remediation: OPENAI_REVOKE,
      examples: () => ({
        match: [
          `client = OpenAI(api_key="${join('sk-', 'proj-', fake(B64URL, 156, 'op1'))}")`,
          `OPENAI_API_KEY=${join('sk-', 'proj-', fake(ALNUM, 48, 'op2'))}`,
          `key: ${join('sk-', 'svcacct-', fake(B64URL, 120, 'op3'))}`,
          `"${join('sk-', 'admin-', fake(B64URL, 100, 'op4'))}"`,
        ],
        noMatch: [
          `OPENAI_API_KEY=${join('sk-', 'proj-', 'YOUR_API_KEY_HERE_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')}`,
          `api_key="${join('sk-', 'proj-', 'x'.repeat(48))}"`,
          'OPENAI_API_KEY=${OPENAI_API_KEY}',
          'api_key = os.getenv("OPENAI_API_KEY")',
        ],
      }),
    },
    {
      id: 'anthropic-api-key',
      provider: 'Anthropic',
      description: 'Anthropic API key (sk-ant-api03-)',
      keywords: ['sk-ant-api'],
      regex: prefixed('sk-ant-api', '\\d{2}-[A-Za-z0-9_-]{80,120}'),
      entropy: 3.5,
      remediation: ANTHROPIC_REVOKE,
      examples: () => ({
        match: [
          `ANTHROPIC_API_KEY=${join('sk-ant-', 'api03-', fake(B64URL, 93, 'an1'), 'AA')}`,
          `client = anthropic.Anthropic(api_key="${join('sk-ant-', 'api03-', fake(B64URL, 93, 'an2'), 'AA')}")`,
        ],
        noMatch: [`ANTHROPIC_API_KEY=${join('sk-ant-', 'api03-', '...')}`, 'process.env.ANTHROPIC_API_KEY'],
      }),
    },
    {
      id: 'anthropic-admin-key',
      provider: 'Anthropic',
      description: 'Anthropic Admin API key (sk-ant-admin01-)',
      keywords: ['sk-ant-admin'],
      regex: prefixed('sk-ant-admin', '\\d{2}-[A-Za-z0-9_-]{80,120}'),
      entropy: 3.5,
      remediation: ANTHROPIC_REVOKE,
      examples: () => ({
        match: [`ANTHROPIC_ADMIN_KEY="${join('sk-ant-', 'admin01-', fake(B64URL, 93, 'aa1'), 'AA')}"`],
        noMatch: [`ANTHROPIC_ADMIN_KEY="${join('sk-ant-', 'admin01-', '<your-admin-key>')}"`],
      }),
    },
    {
      id: 'google-api-key',
      provider: 'Google',
      description: 'Google API key (AIza…), used by Gemini, Maps, Firebase and other Google APIs',
      keywords: ['aiza'],
      regex: prefixed('AIza', '[A-Za-z0-9_-]{35}'),
      entropy: 3.5,
      remediation: GOOGLE_REVOKE,
      examples: () => ({
        match: [
          `GEMINI_API_KEY=${join('AI', 'za', fake(B64URL, 35, 'g1'))}`,
          `genai.configure(api_key="${join('AI', 'za', 'Sy', fake(B64URL, 33, 'g2'))}")`,
        ],
        noMatch: ['GEMINI_API_KEY=AIzaYourActualGeminiKey', `key = "${join('AI', 'za', 'X'.repeat(35))}"`],
      }),
    },
  ],
};
