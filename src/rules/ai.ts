import { ALNUM, B64URL, HEX, LOWER, LOWER_ALNUM, UPPER, UPPER_ALNUM, fake, fakeUuid, join } from './fake.js';
import { END, START, ci, lit, prefixed, token } from './shape.js';
import type { Assigned, RuleFamily } from './types.js';

/*
 * AI and ML APIs. Prefixed formats are matched on the prefix alone (keywords = the prefix). Formats without a
 * prefix (hex digests, bare alphanumerics, UUIDs) need the provider's name close before the value
 * (keywords = the provider name), through context() or, for values shaped like common identifiers, keyed().
 * The first true-positive example of every rule is `NAME=SECRET` with an environment variable name from the
 * provider's docs: the labelled corpus re-renders it into other syntaxes (test/unit/ai-rules-syntaxes.test.ts).
 */

const LETTERS = UPPER + LOWER;
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** Random letters have both cases; hex digests, words and constants do not. */
const SINGLE_CASE = /^[^A-Z]*$|^[^a-z]*$/;
/** Random alphanumerics (32+ characters) have both cases and a digit; CamelCase identifiers have no digit. */
const NOT_RANDOM = /^[^A-Z]*$|^[^a-z]*$|^[^0-9]*$/;
/** Legacy OpenAI keys are `sk-` + 48 alphanumerics too; this marker tells them apart. */
const OPENAI_MARKER = /T3BlbkFJ/;

/** A provider name as written in identifiers, in any case, words optionally joined by `_`, `.` or `-`. */
function name(...words: string[]): string {
  return words.map(ci).join('[_.-]?');
}

/**
 * Where the provider is named after the value on the same line, as in
 * OpenAI(api_key="…", base_url="https://api.deepseek.com"): a line pattern for the rule's `also`.
 */
function namedAfter(value: string, after: string[]): RegExp | undefined {
  if (after.length === 0) return undefined;
  return new RegExp(`${START}(?<secret>${value})${END}(?=[^\\n]{0,80}?(?:${after.join('|')}))`);
}

/**
 * A value assigned to a name that carries the provider's name: MISTRAL_API_KEY=…, "mistralApiKey": "…",
 * cohere.Client("…"), in any syntax the assignment reader reads.
 */
function context(names: string[], value: string, after: string[] = []): Assigned {
  const also = namedAfter(value, after);
  return {
    name: new RegExp(`(?:${names.join('|')})`),
    value: new RegExp(`(?<secret>${value})${END}`),
    ...(also && { also }),
  };
}

const KEY_WORDS = ['key', 'token', 'secret', 'auth', 'client', 'credential'];

/**
 * Stricter context for values shaped like common identifiers (UUIDs, hex digests): the name must say key, token,
 * secret or client after the provider's name, as in PINECONE_API_KEY=…, pinecone.init(api_key="…") (the reader
 * names that value pinecone.init.api_key), DeepgramClient("…").
 */
function keyed(names: string[], value: string, more: { words?: string[]; after?: string[] } = {}): Assigned {
  const word = `(?:${[...KEY_WORDS, ...(more.words ?? [])].map(ci).join('|')})`;
  return {
    ...context(names, value, more.after),
    name: new RegExp(`(?:${names.join('|')})[A-Za-z0-9_.\\- ]{0,30}?${word}`),
  };
}

/** Remediation text pointing at the provider's key page. */
function revoke(where: string): string {
  return `Revoke it at ${where} and create a new key.`;
}

const OPENAI_REVOKE = revoke('https://platform.openai.com/api-keys');
const ANTHROPIC_REVOKE = revoke('https://console.anthropic.com/settings/keys');
const CLAUDE_OAUTH_REVOKE =
  'Log out of Claude Code (`claude /logout`) wherever it used the token and revoke the session in your claude.ai ' +
  'account settings (https://claude.ai/settings); create a new token with `claude setup-token`.';
const GOOGLE_REVOKE =
  'Delete or regenerate it at https://console.cloud.google.com/apis/credentials (Gemini keys: https://aistudio.google.com/app/apikey).';
const AZURE_SERVICES = ['openai', 'ai', 'cognitive', 'speech', 'vision', 'language', 'translator'];
const AZURE_REVOKE =
  'Regenerate it in the Azure portal (https://portal.azure.com: your Azure OpenAI / AI services resource → ' +
  'Keys and Endpoint → Regenerate), then update the apps that use it.';
const ELEVENLABS_REVOKE = revoke('https://elevenlabs.io/app/settings/api-keys');
const PINECONE_REVOKE = revoke('https://app.pinecone.io (your project → API keys)');
const LANGSMITH_REVOKE = revoke('https://smith.langchain.com/settings (API keys)');
const TOGETHER_REVOKE = revoke('https://api.together.ai/settings/api-keys');
const HUGGING_FACE_REVOKE = 'Invalidate it at https://huggingface.co/settings/tokens and create a new token.';

export const ai: RuleFamily = {
  family: 'ai',
  rules: [
    // ── OpenAI ────────────────────────────────────────────────────────────────────────────────────────────────
    {
      id: 'openai-api-key',
      provider: 'OpenAI',
      description: 'OpenAI legacy user API key (sk- + 20 characters + T3BlbkFJ + 20 characters)',
      keywords: ['t3blbkfj'],
      regex: prefixed('sk-', '[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}'),
      remediation: OPENAI_REVOKE,
      examples: () => {
        const key = (s: string) => join('sk-', fake(ALNUM, 20, `${s}a`), 'T3Blbk', 'FJ', fake(ALNUM, 20, `${s}b`));
        return {
          match: [`OPENAI_API_KEY=${key('oa1')}`, `openai.api_key = '${key('oa2')}'`],
          noMatch: [`OPENAI_API_KEY=${join('sk-', 'YOUR_SUPER_SECRET_KEY_HERE')}`, 'T3BlbkFJ is base64 for OpenAI'],
        };
      },
    },
    {
      id: 'openai-project-key',
      provider: 'OpenAI',
      description: 'OpenAI project API key (sk-proj-)',
      keywords: ['sk-proj-'],
      regex: prefixed('sk-proj-', '[A-Za-z0-9_-]{40,250}'),
      entropy: 3.5,
      remediation: OPENAI_REVOKE,
      examples: () => {
        const key = (s: string, n = 156) => join('sk-', 'proj-', fake(B64URL, n, s));
        return {
          match: [
            `OPENAI_API_KEY=${key('op1')}`,
            `client = OpenAI(api_key="${key('op2')}")`,
            `const openai = new OpenAI({ apiKey: '${key('op3', 48)}' });`,
          ],
          noMatch: [
            `OPENAI_API_KEY=${join('sk-', 'proj-', 'YOUR_API_KEY_HERE_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')}`,
            `api_key="${join('sk-', 'proj-', 'x'.repeat(48))}"`,
            `OPENAI_API_KEY=${join('sk-', 'proj-', fake(B64URL, 20, 'op4'))}`,
            'api_key = os.getenv("OPENAI_API_KEY")',
          ],
        };
      },
    },
    {
      id: 'openai-service-account-key',
      provider: 'OpenAI',
      description: 'OpenAI service-account API key (sk-svcacct-)',
      keywords: ['sk-svcacct-'],
      regex: prefixed('sk-svcacct-', '[A-Za-z0-9_-]{40,250}'),
      entropy: 3.5,
      remediation: OPENAI_REVOKE,
      examples: () => {
        const key = (s: string) => join('sk-', 'svcacct-', fake(B64URL, 156, s));
        return {
          match: [`OPENAI_API_KEY=${key('os1')}`, `  openai_key: "${key('os2')}"`],
          noMatch: [
            `OPENAI_API_KEY=${join('sk-', 'svcacct-', '<service-account-key>')}`,
            `key: ${join('sk-', 'svcacct-', 'abc')}`,
          ],
        };
      },
    },
    {
      id: 'openai-admin-key',
      provider: 'OpenAI',
      description: 'OpenAI organization admin key (sk-admin-)',
      keywords: ['sk-admin-'],
      regex: prefixed('sk-admin-', '[A-Za-z0-9_-]{40,250}'),
      entropy: 3.5,
      remediation: revoke('https://platform.openai.com/settings/organization/admin-keys'),
      examples: () => {
        const key = (s: string) => join('sk-', 'admin-', fake(B64URL, 156, s));
        return {
          match: [`OPENAI_ADMIN_KEY=${key('oad1')}`, `-H "Authorization: Bearer ${key('oad2')}"`],
          noMatch: [`OPENAI_ADMIN_KEY=${join('sk-', 'admin-', '...')}`, `"${join('sk-', 'admin-', 'a'.repeat(60))}"`],
        };
      },
    },
    {
      id: 'openai-unscoped-key',
      provider: 'OpenAI',
      description: 'OpenAI API key created without a project (sk-None-)',
      keywords: ['sk-none-'],
      regex: prefixed('sk-None-', '[A-Za-z0-9_-]{40,250}'),
      entropy: 3.5,
      remediation: OPENAI_REVOKE,
      examples: () => {
        const key = (s: string) => join('sk-', 'None-', fake(ALNUM, 48, s));
        return {
          match: [`OPENAI_API_KEY=${key('on1')}`, `openai.api_key = "${key('on2')}"`],
          noMatch: [`OPENAI_API_KEY=${join('sk-', 'None-', 'your-key-goes-here')}`, 'if key is None-safe: pass'],
        };
      },
    },

    // ── Anthropic ─────────────────────────────────────────────────────────────────────────────────────────────
    {
      id: 'anthropic-api-key',
      provider: 'Anthropic',
      description: 'Anthropic API key (sk-ant-api03-)',
      keywords: ['sk-ant-api'],
      regex: prefixed('sk-ant-api', '\\d{2}-[A-Za-z0-9_-]{80,120}'),
      entropy: 3.5,
      remediation: ANTHROPIC_REVOKE,
      examples: () => {
        const key = (s: string) => join('sk-ant-', 'api03-', fake(B64URL, 93, s), 'AA');
        return {
          match: [`ANTHROPIC_API_KEY=${key('an1')}`, `client = anthropic.Anthropic(api_key="${key('an2')}")`],
          noMatch: [`ANTHROPIC_API_KEY=${join('sk-ant-', 'api03-', '...')}`, 'process.env.ANTHROPIC_API_KEY'],
        };
      },
    },
    {
      id: 'anthropic-admin-key',
      provider: 'Anthropic',
      description: 'Anthropic Admin API key (sk-ant-admin01-)',
      keywords: ['sk-ant-admin'],
      regex: prefixed('sk-ant-admin', '\\d{2}-[A-Za-z0-9_-]{80,120}'),
      entropy: 3.5,
      remediation: revoke('https://console.anthropic.com/settings/admin-keys'),
      examples: () => {
        const key = (s: string) => join('sk-ant-', 'admin01-', fake(B64URL, 93, s), 'AA');
        return {
          match: [`ANTHROPIC_ADMIN_KEY=${key('aa1')}`, `-H "x-api-key: ${key('aa2')}"`],
          noMatch: [`ANTHROPIC_ADMIN_KEY="${join('sk-ant-', 'admin01-', '<your-admin-key>')}"`],
        };
      },
    },
    {
      id: 'anthropic-oauth-token',
      provider: 'Anthropic',
      description: 'Claude OAuth access token, e.g. from `claude setup-token` (sk-ant-oat01-)',
      keywords: ['sk-ant-oat'],
      regex: prefixed('sk-ant-oat', '\\d{2}-[A-Za-z0-9_-]{80,120}'),
      entropy: 3.5,
      remediation: CLAUDE_OAUTH_REVOKE,
      examples: () => {
        const key = (s: string) => join('sk-ant-', 'oat01-', fake(B64URL, 93, s), 'AA');
        return {
          match: [`CLAUDE_CODE_OAUTH_TOKEN=${key('ao1')}`, `      claude_code_oauth_token: ${key('ao2')}`],
          noMatch: [
            `CLAUDE_CODE_OAUTH_TOKEN=${join('sk-ant-', 'oat01-', '...')}`,
            'claude_code_oauth_token: ${{ secrets.CLAUDE_CODE_OAUTH_TOKEN }}',
          ],
        };
      },
    },
    {
      id: 'anthropic-oauth-refresh-token',
      provider: 'Anthropic',
      description: 'Claude OAuth refresh token (sk-ant-ort01-)',
      keywords: ['sk-ant-ort'],
      regex: prefixed('sk-ant-ort', '\\d{2}-[A-Za-z0-9_-]{80,120}'),
      entropy: 3.5,
      remediation: CLAUDE_OAUTH_REVOKE,
      examples: () => {
        const key = (s: string) => join('sk-ant-', 'ort01-', fake(B64URL, 93, s), 'AA');
        return {
          match: [`CLAUDE_REFRESH_TOKEN=${key('ar1')}`, `{"refreshToken":"${key('ar2')}","expiresAt":1767225600000}`],
          noMatch: [`CLAUDE_REFRESH_TOKEN=${join('sk-ant-', 'ort01-', '<refresh-token>')}`],
        };
      },
    },
    {
      id: 'anthropic-session-key',
      provider: 'Anthropic',
      description: 'claude.ai web session key (sk-ant-sid01-)',
      keywords: ['sk-ant-sid'],
      regex: prefixed('sk-ant-sid', '\\d{2}-[A-Za-z0-9_-]{80,120}'),
      entropy: 3.5,
      remediation: 'Log out of claude.ai on all devices (https://claude.ai/settings) to invalidate the session.',
      examples: () => {
        const key = (s: string) => join('sk-ant-', 'sid01-', fake(B64URL, 93, s), 'AA');
        return {
          match: [`CLAUDE_SESSION_KEY=${key('as1')}`, `cookie = "sessionKey=${key('as2')}; path=/"`],
          noMatch: [`CLAUDE_SESSION_KEY=${join('sk-ant-', 'sid01-', 'xxxxxxxxxxxxxxxx')}`],
        };
      },
    },

    // ── Google ────────────────────────────────────────────────────────────────────────────────────────────────
    {
      id: 'google-api-key',
      provider: 'Google',
      description: 'Google API key (AIza…), used by Gemini, Maps, Firebase and other Google APIs',
      keywords: ['aiza'],
      // Not the shared key inside a Google Chat webhook URL: the webhook rule reports that URL's token.
      regex: new RegExp(
        `(?<!chat\\.googleapis\\.com/v1/spaces/[A-Za-z0-9_-]{1,80}/messages\\?key=)${prefixed('AIza', '[A-Za-z0-9_-]{35}').source}`,
      ),
      entropy: 3.5,
      remediation: GOOGLE_REVOKE,
      examples: () => {
        const key = (s: string) => join('AI', 'za', 'Sy', fake(B64URL, 33, s));
        return {
          match: [`GEMINI_API_KEY=${key('g1')}`, `genai.configure(api_key="${key('g2')}")`],
          noMatch: ['GEMINI_API_KEY=AIzaYourActualGeminiKey', `key = "${join('AI', 'za', 'X'.repeat(35))}"`],
        };
      },
    },
    {
      id: 'google-auth-api-key',
      provider: 'Google',
      description: 'Google auth-format API key (AQ.Ab…), issued by AI Studio for Gemini and by Vertex AI express mode',
      keywords: ['aq.ab'],
      regex: prefixed('AQ.Ab', '[A-Za-z0-9_-]{44,60}'),
      entropy: 3.5,
      remediation: GOOGLE_REVOKE,
      examples: () => {
        const key = (s: string) => join('AQ', '.Ab', fake(B64URL, 48, s));
        return {
          match: [
            `GEMINI_API_KEY=${key('gq1')}`,
            `client = genai.Client(api_key="${key('gq2')}")`,
            `GOOGLE_VERTEX_API_KEY=${key('gq3')}`,
          ],
          noMatch: [
            `GEMINI_API_KEY=${join('AQ', '.Ab', '...')}`,
            `GEMINI_API_KEY=${join('AQ', '.Ab', 'your_gemini_auth_key_here')}`,
            `key = "${join('AQ', '.Ab', fake(B64URL, 20, 'gq4'))}"`,
          ],
        };
      },
    },

    // ── Hugging Face ──────────────────────────────────────────────────────────────────────────────────────────
    {
      id: 'hugging-face-token',
      provider: 'Hugging Face',
      description: 'Hugging Face user access token (hf_ + 34 letters)',
      keywords: ['hf_'],
      regex: prefixed('hf_', '[A-Za-z]{34}'),
      entropy: 3.8,
      reject: SINGLE_CASE,
      remediation: HUGGING_FACE_REVOKE,
      examples: () => {
        const key = (s: string) => join('hf', '_', fake(LETTERS, 34, s));
        return {
          match: [
            `HF_TOKEN=${key('hf1')}`,
            `login(token="${key('hf2')}")`,
            `git clone https://user:${key('hf3')}@huggingface.co/acme/model`,
          ],
          noMatch: [
            'HF_TOKEN=hf_YOUR_TOKEN_HERE',
            'HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
            'from huggingface_hub import hf_hub_download',
            `HF_TOKEN=${join('hf', '_', fake(LETTERS, 20, 'hf4'))}`,
          ],
        };
      },
    },
    {
      id: 'hugging-face-org-token',
      provider: 'Hugging Face',
      description: 'Hugging Face organization API token (api_org_ + 34 letters)',
      keywords: ['api_org_'],
      regex: prefixed('api_org_', '[A-Za-z]{34}'),
      entropy: 3.8,
      reject: SINGLE_CASE,
      remediation: HUGGING_FACE_REVOKE,
      examples: () => {
        const key = (s: string) => join('api_', 'org_', fake(LETTERS, 34, s));
        return {
          match: [`HUGGINGFACEHUB_API_TOKEN=${key('ho1')}`, `headers = {"Authorization": "Bearer ${key('ho2')}"}`],
          noMatch: ['token = api_org_your_org_token', 'api_org_name = "acme"'],
        };
      },
    },

    // ── Inference APIs with a prefix ──────────────────────────────────────────────────────────────────────────
    {
      id: 'groq-api-key',
      provider: 'Groq',
      description: 'Groq API key (gsk_ + 52 alphanumerics)',
      keywords: ['gsk_'],
      regex: prefixed('gsk_', '[A-Za-z0-9]{52}'),
      entropy: 3.5,
      remediation: revoke('https://console.groq.com/keys'),
      examples: () => {
        const key = (s: string) => join('gsk', '_', fake(ALNUM, 20, `${s}a`), 'WGdyb3FY', fake(ALNUM, 24, `${s}b`));
        return {
          match: [`GROQ_API_KEY=${key('gr1')}`, `client = Groq(api_key="${key('gr2')}")`],
          noMatch: [
            'GROQ_API_KEY=gsk_your_groq_api_key_here',
            `GROQ_API_KEY=${join('gsk', '_', fake(ALNUM, 30, 'gr3'))}`,
          ],
        };
      },
    },
    {
      id: 'replicate-api-token',
      provider: 'Replicate',
      description: 'Replicate API token (r8_ + 37 alphanumerics)',
      keywords: ['r8_'],
      regex: prefixed('r8_', '[A-Za-z0-9]{37}'),
      entropy: 3.5,
      remediation: revoke('https://replicate.com/account/api-tokens'),
      examples: () => {
        const key = (s: string) => join('r8', '_', fake(ALNUM, 37, s));
        return {
          match: [`REPLICATE_API_TOKEN=${key('rp1')}`, `replicate = Client(api_token="${key('rp2')}")`],
          noMatch: ['REPLICATE_API_TOKEN=r8_...', `REPLICATE_API_TOKEN=${join('r8', '_', '<paste-token-here>')}`],
        };
      },
    },
    {
      id: 'xai-api-key',
      provider: 'xAI',
      description: 'xAI (Grok) API key (xai- + 80 alphanumerics)',
      keywords: ['xai-'],
      regex: prefixed('xai-', '[A-Za-z0-9]{80}'),
      entropy: 3.5,
      remediation: revoke('https://console.x.ai (API keys)'),
      examples: () => {
        const key = (s: string) => join('xai', '-', fake(ALNUM, 80, s));
        return {
          match: [`XAI_API_KEY=${key('xa1')}`, `client = Client(api_key="${key('xa2')}")`],
          noMatch: ['XAI_API_KEY=xai-your-key', `model = "${join('xai', '-', 'grok-4')}"`],
        };
      },
    },
    {
      id: 'openrouter-api-key',
      provider: 'OpenRouter',
      description: 'OpenRouter API key (sk-or-v1- + 64 hex)',
      keywords: ['sk-or-v1-'],
      regex: prefixed('sk-or-v1-', '[0-9a-f]{64}'),
      entropy: 3,
      remediation: revoke('https://openrouter.ai/settings/keys'),
      examples: () => {
        const key = (s: string) => join('sk-', 'or-v1-', fake(HEX, 64, s));
        return {
          match: [
            `OPENROUTER_API_KEY=${key('or1')}`,
            `OpenAI(base_url="https://openrouter.ai/api/v1", api_key="${key('or2')}")`,
          ],
          noMatch: [
            'OPENROUTER_API_KEY=sk-or-v1-...',
            `OPENROUTER_API_KEY=${join('sk-', 'or-v1-', fake(ALNUM, 64, 'or3'))}`,
          ],
        };
      },
    },
    {
      id: 'perplexity-api-key',
      provider: 'Perplexity',
      description: 'Perplexity API key (pplx- + 48 alphanumerics)',
      keywords: ['pplx-'],
      regex: prefixed('pplx-', '[A-Za-z0-9]{48}'),
      entropy: 3.5,
      remediation: revoke('https://www.perplexity.ai/settings/api'),
      examples: () => {
        const key = (s: string) => join('pplx', '-', fake(ALNUM, 48, s));
        return {
          match: [`PERPLEXITY_API_KEY=${key('px1')}`, `const perplexity = new OpenAI({ apiKey: "${key('px2')}" });`],
          noMatch: ['PERPLEXITY_API_KEY=pplx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'import pplx-client'],
        };
      },
    },
    {
      id: 'fireworks-api-key',
      provider: 'Fireworks AI',
      description: 'Fireworks AI API key (fw_ + 24 alphanumerics)',
      keywords: ['fw_'],
      regex: prefixed('fw_', '[A-Za-z0-9]{24}'),
      entropy: 3.5,
      reject: SINGLE_CASE,
      remediation: revoke('https://app.fireworks.ai/settings/users/api-keys'),
      examples: () => {
        const key = (s: string) => join('fw', '_', fake(ALNUM, 24, s));
        return {
          match: [`FIREWORKS_API_KEY=${key('fw1')}`, `llm = Fireworks(api_key="${key('fw2')}")`],
          noMatch: [
            'FIREWORKS_API_KEY=fw_your_api_key',
            'fw_version = read_firmware_version()',
            'fw_updatefirmwareimages2024',
          ],
        };
      },
    },
    {
      id: 'together-api-key',
      provider: 'Together AI',
      description: 'Together AI API key (tgp_v1_ + 43 characters)',
      keywords: ['tgp_v1_'],
      regex: prefixed('tgp_v1_', '[A-Za-z0-9_-]{43}'),
      entropy: 3.5,
      remediation: TOGETHER_REVOKE,
      examples: () => {
        const key = (s: string) => join('tgp', '_v1_', fake(B64URL, 43, s));
        return {
          match: [`TOGETHER_API_KEY=${key('tg1')}`, `client = Together(api_key="${key('tg2')}")`],
          noMatch: ['TOGETHER_API_KEY=tgp_v1_your_key_here', 'TOGETHER_API_KEY=tgp_v1_...'],
        };
      },
    },
    {
      id: 'cerebras-api-key',
      provider: 'Cerebras',
      description: 'Cerebras Cloud API key (csk- + 48 lower-case alphanumerics)',
      keywords: ['csk-'],
      regex: prefixed('csk-', '[a-z0-9]{48}'),
      entropy: 3.5,
      remediation: revoke('https://cloud.cerebras.ai (API keys)'),
      examples: () => {
        const key = (s: string) => join('csk', '-', fake(LOWER_ALNUM, 48, s));
        return {
          match: [`CEREBRAS_API_KEY=${key('cb1')}`, `client = Cerebras(api_key="${key('cb2')}")`],
          noMatch: [
            'CEREBRAS_API_KEY=csk-...',
            'CEREBRAS_API_KEY=csk-test',
            `"${join('csk', '-', fake(ALNUM, 48, 'cb3'))}"`,
          ],
        };
      },
    },
    {
      id: 'nvidia-api-key',
      provider: 'NVIDIA',
      description: 'NVIDIA NIM / build.nvidia.com API key (nvapi- + 64 characters)',
      keywords: ['nvapi-'],
      regex: prefixed('nvapi-', '[A-Za-z0-9_-]{64}'),
      entropy: 3.5,
      remediation: revoke('https://build.nvidia.com/settings/api-keys'),
      examples: () => {
        const key = (s: string) => join('nvapi', '-', fake(B64URL, 64, s));
        return {
          match: [
            `NVIDIA_API_KEY=${key('nv1')}`,
            `client = OpenAI(base_url="https://integrate.api.nvidia.com/v1", api_key="${key('nv2')}")`,
          ],
          noMatch: ['NVIDIA_API_KEY=nvapi-...', 'NVIDIA_API_KEY=nvapi-YOUR_KEY'],
        };
      },
    },
    {
      id: 'langsmith-personal-token',
      provider: 'LangSmith',
      description: 'LangSmith / LangChain personal access token (lsv2_pt_)',
      keywords: ['lsv2_pt_'],
      regex: prefixed('lsv2_pt_', '[0-9a-f]{32}_[0-9a-f]{10}'),
      entropy: 3,
      remediation: LANGSMITH_REVOKE,
      examples: () => {
        const key = (s: string) => join('lsv2', '_pt_', fake(HEX, 32, s), '_', fake(HEX, 10, `${s}b`));
        return {
          match: [`LANGSMITH_API_KEY=${key('ls1')}`, `os.environ["LANGCHAIN_API_KEY"] = "${key('ls2')}"`],
          noMatch: ['LANGSMITH_API_KEY=lsv2_pt_...', 'LANGSMITH_API_KEY=lsv2_pt_your_api_key_here'],
        };
      },
    },
    {
      id: 'langsmith-service-key',
      provider: 'LangSmith',
      description: 'LangSmith / LangChain service key (lsv2_sk_)',
      keywords: ['lsv2_sk_'],
      regex: prefixed('lsv2_sk_', '[0-9a-f]{32}_[0-9a-f]{10}'),
      entropy: 3,
      remediation: LANGSMITH_REVOKE,
      examples: () => {
        const key = (s: string) => join('lsv2', '_sk_', fake(HEX, 32, s), '_', fake(HEX, 10, `${s}b`));
        return {
          match: [`LANGSMITH_API_KEY=${key('lk1')}`, `client = Client(api_key="${key('lk2')}")`],
          noMatch: [
            'export LANGSMITH_API_KEY=lsv2_sk_...',
            `LANGSMITH_API_KEY=${join('lsv2', '_sk_', fake(HEX, 32, 'lk3'))}`,
          ],
        };
      },
    },
    {
      id: 'pinecone-api-key',
      provider: 'Pinecone',
      description: 'Pinecone API key (pcsk_ + label + _ + secret)',
      keywords: ['pcsk_'],
      regex: prefixed('pcsk_', '[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,80}'),
      entropy: 3.5,
      remediation: PINECONE_REVOKE,
      examples: () => {
        const key = (s: string) => join('pcsk', '_', fake(ALNUM, 6, `${s}a`), '_', fake(ALNUM, 63, `${s}b`));
        return {
          match: [`PINECONE_API_KEY=${key('pc1')}`, `pc = Pinecone(api_key="${key('pc2')}")`],
          noMatch: ['PINECONE_API_KEY=pcsk_...', 'PINECONE_API_KEY=pcsk_YOUR_PINECONE_API_KEY'],
        };
      },
    },
    {
      id: 'firecrawl-api-key',
      provider: 'Firecrawl',
      description: 'Firecrawl API key (fc- + 32 hex)',
      keywords: ['fc-'],
      regex: prefixed('fc-', '[0-9a-f]{32}'),
      entropy: 3,
      remediation: revoke('https://www.firecrawl.dev/app/api-keys'),
      examples: () => {
        const key = (s: string) => join('fc', '-', fake(HEX, 32, s));
        return {
          match: [`FIRECRAWL_API_KEY=${key('fc1')}`, `app = FirecrawlApp(api_key="${key('fc2')}")`],
          noMatch: ['FIRECRAWL_API_KEY=fc-YOUR_API_KEY', `"${join('fc', '-', fake(ALNUM, 32, 'fc3'))}"`],
        };
      },
    },
    {
      id: 'tavily-api-key',
      provider: 'Tavily',
      description: 'Tavily search API key (tvly-, tvly-dev-, tvly-prod-)',
      keywords: ['tvly-'],
      regex: prefixed('tvly-', '(?:dev-|prod-)?(?:[A-Za-z0-9]{4,8}-[A-Za-z0-9]{30,60}|[A-Za-z0-9]{32})'),
      entropy: 3.5,
      remediation: revoke('https://app.tavily.com/home (API keys)'),
      examples: () => {
        const key = (s: string) => join('tvly', '-dev-', fake(ALNUM, 32, s));
        const newer = (s: string) => join('tvly', '-dev-', fake(ALNUM, 6, `${s}a`), '-', fake(ALNUM, 48, `${s}b`));
        return {
          match: [
            `TAVILY_API_KEY=${key('tv1')}`,
            `tavily_client = TavilyClient(api_key="${newer('tv2')}")`,
            `TAVILY_API_KEY=${join('tvly', '-', fake(ALNUM, 32, 'tv3'))}`,
          ],
          noMatch: [
            'TAVILY_API_KEY=tvly-...',
            'TAVILY_API_KEY=tvly-YOUR_API_KEY',
            '"Authorization: Bearer tvly-YOUR_API_KEY"',
          ],
        };
      },
    },
    {
      id: 'jina-api-key',
      provider: 'Jina AI',
      description: 'Jina AI API key (jina_ + 32 hex + about 28 characters)',
      keywords: ['jina_'],
      regex: prefixed('jina_', '[0-9a-f]{32}[A-Za-z0-9_-]{24,32}'),
      entropy: 3.5,
      remediation: revoke('https://jina.ai/api-dashboard/key-manager'),
      examples: () => {
        const key = (s: string) => join('jina', '_', fake(HEX, 32, `${s}a`), fake(B64URL, 28, `${s}b`));
        return {
          match: [`JINA_API_KEY=${key('ji1')}`, `headers = {"Authorization": "Bearer ${key('ji2')}"}`],
          noMatch: [
            'JINA_API_KEY=jina_...',
            'jina_api_key=jina_api_key',
            'embeddings = JinaEmbeddings(jina_api_key=JINA_API_KEY)',
          ],
        };
      },
    },
    {
      id: 'llamacloud-api-key',
      provider: 'LlamaIndex',
      description: 'LlamaCloud / LlamaParse API key (llx- + 48 alphanumerics)',
      keywords: ['llx-'],
      regex: prefixed('llx-', '[A-Za-z0-9]{48}'),
      entropy: 3.5,
      remediation: revoke('https://cloud.llamaindex.ai (API keys)'),
      examples: () => {
        const key = (s: string) => join('llx', '-', fake(ALNUM, 48, s));
        return {
          match: [`LLAMA_CLOUD_API_KEY=${key('ll1')}`, `parser = LlamaParse(api_key="${key('ll2')}")`],
          noMatch: ['LLAMA_CLOUD_API_KEY=llx-...', 'LLAMA_CLOUD_API_KEY=llx-your-api-key'],
        };
      },
    },
    {
      id: 'langfuse-secret-key',
      provider: 'Langfuse',
      description: 'Langfuse secret key (sk-lf- + UUID)',
      keywords: ['sk-lf-'],
      regex: prefixed('sk-lf-', UUID),
      entropy: 3,
      remediation: revoke('your Langfuse project settings → API Keys (https://cloud.langfuse.com)'),
      examples: () => {
        const key = (s: string) => join('sk-', 'lf-', fakeUuid(s));
        return {
          match: [
            `LANGFUSE_SECRET_KEY=${key('lf1')}`,
            `langfuse = Langfuse(secret_key="${key('lf2')}", public_key="pk-lf-1234")`,
          ],
          noMatch: [
            'LANGFUSE_SECRET_KEY=sk-lf-...',
            `LANGFUSE_SECRET_KEY=${join('sk-', 'lf-', '00000000-0000-0000-0000-000000000000')}`,
          ],
        };
      },
    },
    {
      id: 'e2b-api-key',
      provider: 'E2B',
      description: 'E2B sandbox API key (e2b_ + 40 hex)',
      keywords: ['e2b_'],
      regex: prefixed('e2b_', '[0-9a-f]{40}'),
      entropy: 3,
      remediation: revoke('https://e2b.dev/dashboard (API keys)'),
      examples: () => {
        const key = (s: string) => join('e2b', '_', fake(HEX, 40, s));
        return {
          match: [`E2B_API_KEY=${key('e21')}`, `sandbox = Sandbox(api_key="${key('e22')}")`],
          noMatch: ['E2B_API_KEY=e2b_...', 'E2B_API_KEY=e2b_your_api_key'],
        };
      },
    },
    {
      id: 'cartesia-api-key',
      provider: 'Cartesia',
      description: 'Cartesia text-to-speech API key (sk_car_ + 22 alphanumerics)',
      keywords: ['sk_car_'],
      regex: prefixed('sk_car_', '[A-Za-z0-9]{20,40}'),
      entropy: 3.5,
      remediation: revoke('https://play.cartesia.ai/keys'),
      examples: () => {
        const key = (s: string) => join('sk_', 'car_', fake(ALNUM, 22, s));
        return {
          match: [`CARTESIA_API_KEY=${key('ca1')}`, `client = Cartesia(api_key="${key('ca2')}")`],
          noMatch: ['CARTESIA_API_KEY=sk_car_...', 'CARTESIA_API_KEY=sk_car_your-key-here'],
        };
      },
    },
    {
      id: 'mem0-api-key',
      provider: 'Mem0',
      description: 'Mem0 platform API key (m0- + 40 alphanumerics)',
      keywords: ['m0-'],
      regex: prefixed('m0-', '[A-Za-z0-9]{40}'),
      entropy: 3.5,
      reject: NOT_RANDOM,
      remediation: revoke('https://app.mem0.ai/dashboard/api-keys'),
      examples: () => {
        const key = (s: string) => join('m0', '-', fake(ALNUM, 40, s));
        return {
          match: [`MEM0_API_KEY=${key('m01')}`, `client = MemoryClient(api_key="${key('m02')}")`],
          noMatch: ['MEM0_API_KEY=m0-...', 'MEM0_API_KEY=m0-your-mem0-key', `class="m0-${fake(LOWER, 40, 'm03')}"`],
        };
      },
    },
    {
      id: 'helicone-api-key',
      provider: 'Helicone',
      description: 'Helicone API key (sk-helicone-, sk-helicone-eu- + four groups of 7)',
      keywords: ['sk-helicone-'],
      regex: prefixed('sk-helicone-', '(?:eu-)?[A-Za-z0-9]{7}(?:-[A-Za-z0-9]{7}){3}'),
      entropy: 3.5,
      remediation: revoke('https://us.helicone.ai/settings/api-keys'),
      examples: () => {
        const key = (s: string) =>
          join('sk-', 'helicone-', [1, 2, 3, 4].map((i) => fake(LOWER_ALNUM, 7, `${s}${i}`)).join('-'));
        return {
          match: [`HELICONE_API_KEY=${key('he1')}`, `"Helicone-Auth": "Bearer ${key('he2')}"`],
          noMatch: ['HELICONE_API_KEY=sk-helicone-xxx', 'HELICONE_API_KEY=sk-helicone-XXXXXXX-XXXXXXX-XXXXXXX-XXXXXXX'],
        };
      },
    },
    {
      id: 'runpod-api-key',
      provider: 'RunPod',
      description: 'RunPod API key (rpa_ + 40 upper-case and 6 lower-case alphanumerics)',
      keywords: ['rpa_'],
      regex: prefixed('rpa_', '[A-Za-z0-9]{32,64}'),
      entropy: 3.5,
      reject: NOT_RANDOM,
      remediation: revoke('https://www.runpod.io/console/user/settings (API Keys)'),
      examples: () => {
        const key = (s: string) => join('rpa', '_', fake(UPPER_ALNUM, 40, `${s}a`), fake(LOWER_ALNUM, 6, `${s}b`));
        return {
          match: [`RUNPOD_API_KEY=${key('rn1')}`, `runpod.api_key = "${key('rn2')}"`],
          noMatch: ['RUNPOD_API_KEY=rpa_...', 'RUNPOD_API_KEY=rpa_xxxxxxxxxx', 'rpa_process_automation_handler'],
        };
      },
    },
    {
      id: 'anyscale-api-key',
      provider: 'Anyscale',
      description: 'Anyscale Endpoints API key (esecret_)',
      keywords: ['esecret_'],
      regex: prefixed('esecret_', '[a-z0-9]{20,40}'),
      entropy: 3.5,
      remediation: revoke('https://console.anyscale.com (API keys)'),
      examples: () => {
        const key = (s: string) => join('esecret', '_', fake(LOWER_ALNUM, 26, s));
        return {
          match: [
            `ANYSCALE_API_KEY=${key('ay1')}`,
            `client = OpenAI(base_url="https://api.endpoints.anyscale.com/v1", api_key="${key('ay2')}")`,
          ],
          noMatch: ['ANYSCALE_API_KEY=esecret_...', 'ANYSCALE_API_KEY=esecret_your_key'],
        };
      },
    },
    {
      id: 'wandb-api-key',
      provider: 'Weights & Biases',
      description: 'Weights & Biases API key (wandb_v1_ + 27 + _ + 49 alphanumerics)',
      keywords: ['wandb_v1_'],
      regex: prefixed('wandb_v1_', '[A-Za-z0-9]{20,32}_[A-Za-z0-9]{40,60}'),
      entropy: 3.5,
      remediation: revoke('https://wandb.ai/settings (API keys)'),
      examples: () => {
        const key = (s: string) => join('wandb', '_v1_', fake(ALNUM, 27, `${s}a`), '_', fake(ALNUM, 49, `${s}b`));
        return {
          match: [`WANDB_API_KEY=${key('wn1')}`, `wandb.login(key="${key('wn2')}")`],
          noMatch: ['WANDB_API_KEY=wandb_v1_...', 'WANDB_API_KEY=wandb_v1_REDACTED'],
        };
      },
    },
    {
      id: 'luma-api-key',
      provider: 'Luma AI',
      description: 'Luma AI (Dream Machine) API key (luma- + two UUIDs)',
      keywords: ['luma-'],
      regex: prefixed('luma-', `${UUID}-${UUID}`),
      entropy: 3,
      remediation: revoke('https://lumalabs.ai/dream-machine/api/keys'),
      examples: () => {
        const key = (s: string) => join('luma', '-', fakeUuid(`${s}a`), '-', fakeUuid(`${s}b`));
        return {
          match: [`LUMAAI_API_KEY=${key('lu1')}`, `client = LumaAI(auth_token="${key('lu2')}")`],
          noMatch: [
            'LUMAAI_API_KEY=luma-xxxxxxxxxxxxxxxxxxxxxxxx',
            `luma_job = "${join('luma', '-', fakeUuid('lu3'))}"`,
          ],
        };
      },
    },
    {
      id: 'apify-api-token',
      provider: 'Apify',
      description: 'Apify API token for scrapers and agent tools (apify_api_ + 36 alphanumerics)',
      keywords: ['apify_api_'],
      regex: prefixed('apify_api_', '[A-Za-z0-9]{36}'),
      entropy: 3.5,
      reject: NOT_RANDOM,
      remediation: revoke('https://console.apify.com/settings/integrations (API tokens)'),
      examples: () => {
        const key = (s: string) => join('apify', '_api_', fake(ALNUM, 36, s));
        return {
          match: [`APIFY_API_TOKEN=${key('ap1')}`, `client = ApifyClient("${key('ap2')}")`],
          noMatch: ['APIFY_API_TOKEN=apify_api_...', 'APIFY_API_TOKEN=apify_api_xxxxxxxxxxxxxxxxxxxxxxxx'],
        };
      },
    },
    {
      id: 'browserbase-api-key',
      provider: 'Browserbase',
      description: 'Browserbase headless-browser API key (bb_live_)',
      keywords: ['bb_live_'],
      regex: prefixed('bb_live_', '[A-Za-z0-9_-]{20,40}'),
      entropy: 3.5,
      remediation: revoke('https://www.browserbase.com/settings (API keys)'),
      examples: () => {
        const key = (s: string) => join('bb', '_live_', fake(B64URL, 27, s));
        return {
          match: [`BROWSERBASE_API_KEY=${key('bb1')}`, `bb = Browserbase(api_key="${key('bb2')}")`],
          noMatch: ['BROWSERBASE_API_KEY=bb_live_...', 'BROWSERBASE_API_KEY=bb_live_your-api-key-here'],
        };
      },
    },
    {
      id: 'azure-ai-services-key',
      provider: 'Microsoft Azure',
      description: 'Azure OpenAI / Azure AI services key, 84-character format (…JQQJ99…ACOG…)',
      keywords: ['jqqj99'],
      regex: token('[A-Za-z0-9]{52}JQQJ99[A-Za-z0-9]{18}ACOG[A-Za-z0-9]{4}'),
      entropy: 3.5,
      remediation: AZURE_REVOKE,
      examples: () => {
        const key = (s: string) =>
          join(fake(ALNUM, 52, `${s}a`), 'JQQJ', '99', fake(ALNUM, 18, `${s}b`), 'AC', 'OG', fake(ALNUM, 4, `${s}c`));
        return {
          match: [
            `AZURE_OPENAI_API_KEY=${key('az1')}`,
            `client = AzureOpenAI(api_key="${key('az2')}", api_version="2024-10-21")`,
            `SPEECH_KEY = "${key('az3')}"`,
          ],
          noMatch: [
            'AZURE_OPENAI_API_KEY=your-azure-openai-key',
            `key = "${join(fake(ALNUM, 20, 'az4'), 'JQQJ', '99')}"`,
          ],
        };
      },
    },

    // ── Prefixed keys that need the provider's name (their prefix is shared or too short) ──────────────────────
    {
      id: 'deepseek-api-key',
      provider: 'DeepSeek',
      description: 'DeepSeek API key (sk- + 32 hex) next to a deepseek name',
      keywords: ['deepseek'],
      regex: context([name('deepseek')], 'sk-[0-9a-f]{32}', [lit('deepseek.com')]),
      entropy: 3,
      remediation: revoke('https://platform.deepseek.com/api_keys'),
      examples: () => {
        const key = (s: string) => join('sk', '-', fake(HEX, 32, s));
        return {
          match: [
            `DEEPSEEK_API_KEY=${key('ds1')}`,
            `deepseek_client = OpenAI(api_key="${key('ds2')}", base_url="https://api.deepseek.com")`,
            `client = OpenAI(api_key="${key('ds6')}", base_url="https://api.deepseek.com")`,
            `  deepseek: { apiKey: '${key('ds3')}' },`,
          ],
          noMatch: [
            'DEEPSEEK_API_KEY=sk-your-deepseek-key',
            `DEEPSEEK_API_KEY=${join('sk', '-', 'proj-', fake(B64URL, 60, 'ds4'))}`,
            `OPENAI_API_KEY=${key('ds5')}`,
            `OpenAI(api_key="${key('ds7')}", base_url="https://api.openai.com/v1")  # not deepseek`,
          ],
        };
      },
    },
    {
      id: 'dashscope-api-key',
      provider: 'Alibaba Cloud Model Studio',
      description: 'DashScope / Qwen API key (sk- + 32 hex) next to a dashscope, qwen or bailian name',
      keywords: ['dashscope', 'qwen', 'bailian'],
      regex: context([name('dashscope'), name('qwen'), name('bailian')], 'sk-[0-9a-f]{32}', [lit('dashscope')]),
      entropy: 3,
      remediation: revoke('https://bailian.console.aliyun.com (API-KEY management)'),
      examples: () => {
        const key = (s: string) => join('sk', '-', fake(HEX, 32, s));
        return {
          match: [
            `DASHSCOPE_API_KEY=${key('dq1')}`,
            `dashscope.api_key = "${key('dq2')}"`,
            `QWEN_API_KEY: ${key('dq3')}`,
            `OpenAI(api_key="${key('dq5')}", base_url="https://dashscope.aliyuncs.com/compatible-mode/v1")`,
          ],
          noMatch: ['DASHSCOPE_API_KEY=sk-xxx', `qwen_model = "qwen-max"  # ${fake(HEX, 32, 'dq4')}`],
        };
      },
    },
    {
      id: 'moonshot-api-key',
      provider: 'Moonshot AI',
      description: 'Moonshot / Kimi API key (sk- + 48 alphanumerics) next to a moonshot or kimi name',
      keywords: ['moonshot', 'kimi'],
      regex: context([name('moonshot'), name('kimi')], 'sk-[A-Za-z0-9]{48}', [lit('api.moonshot.')]),
      entropy: 3.5,
      reject: OPENAI_MARKER,
      remediation: revoke('https://platform.moonshot.ai/console/api-keys'),
      examples: () => {
        const key = (s: string) => join('sk', '-', fake(ALNUM, 48, s));
        return {
          match: [
            `MOONSHOT_API_KEY=${key('ms1')}`,
            `KIMI_API_KEY="${key('ms2')}"`,
            `OpenAI(api_key="${key('ms5')}", base_url="https://api.moonshot.ai/v1")`,
          ],
          noMatch: [
            'MOONSHOT_API_KEY=sk-...',
            `KIMI_OPENAI_KEY=${join('sk-', fake(ALNUM, 20, 'ms3'), 'T3Blbk', 'FJ', fake(ALNUM, 20, 'ms4'))}`,
          ],
        };
      },
    },
    {
      id: 'siliconflow-api-key',
      provider: 'SiliconFlow',
      description: 'SiliconFlow API key (sk- + 48 characters) next to a siliconflow name',
      keywords: ['siliconflow', 'silicon_flow'],
      regex: context([name('silicon', 'flow')], 'sk-[A-Za-z0-9]{48}', [lit('api.siliconflow.')]),
      entropy: 3.5,
      reject: OPENAI_MARKER,
      remediation: revoke('https://cloud.siliconflow.cn/account/ak'),
      examples: () => {
        const key = (s: string) => join('sk', '-', fake(LOWER, 48, s));
        return {
          match: [
            `SILICONFLOW_API_KEY=${key('sf1')}`,
            `OpenAI(api_key="${key('sf2')}", base_url="https://api.siliconflow.cn/v1")`,
          ],
          noMatch: ['SILICONFLOW_API_KEY=sk-xxxxxx', 'SILICONFLOW_API_KEY=sk-your-key-here'],
        };
      },
    },
    {
      id: 'stability-api-key',
      provider: 'Stability AI',
      description: 'Stability AI API key (sk- + 48 alphanumerics) next to a stability name',
      keywords: ['stability'],
      regex: context([name('stability')], 'sk-[A-Za-z0-9]{48}', [lit('api.stability.ai')]),
      entropy: 3.5,
      reject: OPENAI_MARKER,
      remediation: revoke('https://platform.stability.ai/account/keys'),
      examples: () => {
        const key = (s: string) => join('sk', '-', fake(ALNUM, 48, s));
        return {
          match: [`STABILITY_API_KEY=${key('st1')}`, `stability_api = client.StabilityInference(key="${key('st2')}")`],
          noMatch: [
            'STABILITY_API_KEY=sk-...',
            `STABILITY_API_KEY=${join('sk-', fake(ALNUM, 20, 'st3'), 'T3Blbk', 'FJ', fake(ALNUM, 20, 'st4'))}`,
          ],
        };
      },
    },
    {
      id: 'elevenlabs-api-key',
      provider: 'ElevenLabs',
      description: 'ElevenLabs API key (sk_ + 48 hex) next to an elevenlabs or xi-api-key name',
      keywords: [
        'elevenlabs',
        'eleven_labs',
        'eleven-labs',
        'eleven.labs',
        'xi-api-key',
        'xi_api_key',
        'xi.api.key',
        'xiapikey',
      ],
      regex: context([name('eleven', 'labs'), name('xi', 'api', 'key')], 'sk_[0-9a-f]{48}', [lit('api.elevenlabs.io')]),
      entropy: 3,
      remediation: ELEVENLABS_REVOKE,
      examples: () => {
        const key = (s: string) => join('sk', '_', fake(HEX, 48, s));
        return {
          match: [
            `ELEVENLABS_API_KEY=${key('el1')}`,
            `const client = new ElevenLabsClient({ apiKey: "${key('el2')}" });`,
            `-H "xi-api-key: ${key('el3')}"`,
          ],
          noMatch: [
            'ELEVENLABS_API_KEY=sk_...',
            `ELEVENLABS_API_KEY=${join('sk', '_', 'live_', fake(ALNUM, 24, 'el4'))}`,
          ],
        };
      },
    },
    {
      id: 'voyage-api-key',
      provider: 'Voyage AI',
      description: 'Voyage AI API key (pa- + 43 characters) next to a voyage name',
      keywords: ['voyage'],
      regex: context([name('voyage')], 'pa-[A-Za-z0-9_-]{43}', [lit('api.voyageai.com')]),
      entropy: 3.5,
      remediation: revoke('https://dashboard.voyageai.com (API keys)'),
      examples: () => {
        const key = (s: string) => join('pa', '-', fake(B64URL, 43, s));
        return {
          match: [`VOYAGE_API_KEY=${key('vo1')}`, `vo = voyageai.Client(api_key="${key('vo2')}")`],
          noMatch: ['VOYAGE_API_KEY=pa-...', `VOYAGE_API_KEY=${join('pa', '-', fake(B64URL, 20, 'vo3'))}`],
        };
      },
    },
    {
      id: 'upstage-api-key',
      provider: 'Upstage',
      description: 'Upstage (Solar) API key (up_ + alphanumerics) next to an upstage name',
      keywords: ['upstage'],
      regex: context([name('upstage')], 'up_[A-Za-z0-9]{24,40}'),
      entropy: 3.5,
      reject: NOT_RANDOM,
      remediation: revoke('https://console.upstage.ai/api-keys'),
      examples: () => {
        const key = (s: string) => join('up', '_', fake(ALNUM, 30, s));
        return {
          match: [`UPSTAGE_API_KEY=${key('us1')}`, `llm = ChatUpstage(api_key="${key('us2')}")`],
          noMatch: [
            'UPSTAGE_API_KEY=up_...',
            'UPSTAGE_API_KEY=up_xxxxxxxxxxxxxxxxxxxxxxxxxxxx',
            'UPSTAGE_API_KEY=up_YOUR_API_KEY',
          ],
        };
      },
    },
    {
      id: 'runway-api-key',
      provider: 'Runway',
      description: 'Runway API secret (key_ + hex) next to a runway name',
      keywords: ['runway'],
      regex: context([name('runway')], 'key_[0-9a-f]{64,160}'),
      entropy: 3,
      remediation: revoke('https://dev.runwayml.com (API keys)'),
      examples: () => {
        const key = (s: string) => join('key', '_', fake(HEX, 128, s));
        return {
          match: [`RUNWAYML_API_SECRET=${key('rw1')}`, `client = RunwayML(api_key="${key('rw2')}")`],
          noMatch: ['RUNWAYML_API_SECRET=key_...', `RUNWAYML_API_SECRET=${join('key', '_', fake(HEX, 16, 'rw3'))}`],
        };
      },
    },
    {
      id: 'modal-token-secret',
      provider: 'Modal',
      description: 'Modal token secret (as- + 22 alphanumerics) next to a modal name',
      keywords: ['modal'],
      regex: context([name('modal')], 'as-[A-Za-z0-9]{22}'),
      entropy: 3.5,
      remediation: revoke('https://modal.com/settings/tokens'),
      examples: () => {
        const key = (s: string) => join('as', '-', fake(ALNUM, 22, s));
        return {
          match: [`MODAL_TOKEN_SECRET=${key('mo1')}`, `modal token set --token-secret ${key('mo2')}`],
          noMatch: ['MODAL_TOKEN_SECRET=as-...', 'const modal = showModal("as-needed")'],
        };
      },
    },
    {
      id: 'brave-search-api-key',
      provider: 'Brave',
      description: 'Brave Search API key (BSA…) next to a brave name',
      keywords: ['brave'],
      regex: context([name('brave')], 'BSA[A-Za-z0-9_-]{20,40}'),
      entropy: 3.5,
      remediation: revoke('https://api-dashboard.search.brave.com/app/keys'),
      examples: () => {
        const key = (s: string) => join('BS', 'A', fake(ALNUM, 28, s));
        return {
          match: [`BRAVE_API_KEY=${key('br1')}`, `BRAVE_SEARCH_API_KEY: "${key('br2')}"`],
          noMatch: ['BRAVE_API_KEY=BSA...', 'BRAVE_API_KEY=BSAyour_brave_api_key'],
        };
      },
    },

    // ── Keys without a prefix: the provider's name must come first ────────────────────────────────────────────
    {
      id: 'cohere-api-key',
      provider: 'Cohere',
      description: 'Cohere API key (40 alphanumerics) next to a cohere or CO_API_KEY name',
      keywords: ['cohere', 'co_api_key', 'coapikey', 'co.api.key', 'co-api-key'],
      regex: context([name('cohere'), `(?<![A-Za-z0-9])${name('co', 'api', 'key')}`], '[A-Za-z0-9]{40}', [
        lit('api.cohere.'),
      ]),
      entropy: 3.5,
      reject: NOT_RANDOM,
      remediation: revoke('https://dashboard.cohere.com/api-keys'),
      examples: () => {
        const key = (s: string) => fake(ALNUM, 40, s);
        return {
          match: [`COHERE_API_KEY=${key('co1')}`, `co = cohere.ClientV2("${key('co2')}")`, `CO_API_KEY=${key('co3')}`],
          noMatch: [
            'COHERE_API_KEY=your-cohere-api-key',
            `COHERE_COMMIT=${fake(HEX, 40, 'co4')}`,
            `COHERE_API_KEY=${fake(ALNUM, 32, 'co5')}`,
          ],
        };
      },
    },
    {
      id: 'mistral-api-key',
      provider: 'Mistral AI',
      description: 'Mistral AI API key (32 alphanumerics) next to a mistral name',
      keywords: ['mistral'],
      regex: context([name('mistral')], '[A-Za-z0-9]{32}', [lit('api.mistral.ai')]),
      entropy: 3.5,
      reject: NOT_RANDOM,
      remediation: revoke('https://console.mistral.ai/api-keys'),
      examples: () => {
        const key = (s: string) => fake(ALNUM, 32, s);
        return {
          match: [
            `MISTRAL_API_KEY=${key('mi1')}`,
            `client = Mistral(api_key="${key('mi2')}")`,
            `curl -H "Authorization: Bearer ${key('mi4')}" https://api.mistral.ai/v1/models`,
          ],
          noMatch: [
            'MISTRAL_API_KEY=your-mistral-api-key',
            `mistral_model_hash = "${fake(HEX, 32, 'mi3')}"`,
            'MISTRAL_MODEL=mistral-large-latest',
            'class MistralForSequenceClassification(GenericForSequenceClassification, MistralPreTrainedModel):',
          ],
        };
      },
    },
    {
      id: 'ai21-api-key',
      provider: 'AI21 Labs',
      description: 'AI21 Labs API key (32 alphanumerics) next to an ai21 name',
      keywords: ['ai21'],
      regex: context([name('ai21')], '[A-Za-z0-9]{32}', [lit('api.ai21.com')]),
      entropy: 3.5,
      reject: NOT_RANDOM,
      remediation: revoke('https://studio.ai21.com/account/api-key'),
      examples: () => {
        const key = (s: string) => fake(ALNUM, 32, s);
        return {
          match: [`AI21_API_KEY=${key('a21')}`, `client = AI21Client(api_key="${key('a22')}")`],
          noMatch: ['AI21_API_KEY=your-ai21-key', `AI21_API_KEY=${fake(HEX, 32, 'a23')}`],
        };
      },
    },
    {
      id: 'deepinfra-api-key',
      provider: 'DeepInfra',
      description: 'DeepInfra API token (32 alphanumerics) next to a deepinfra name',
      keywords: ['deepinfra', 'deep_infra', 'deep-infra', 'deep.infra'],
      regex: context([name('deep', 'infra')], '[A-Za-z0-9]{32}', [lit('api.deepinfra.com')]),
      entropy: 3.5,
      reject: NOT_RANDOM,
      remediation: revoke('https://deepinfra.com/dash/api_keys'),
      examples: () => {
        const key = (s: string) => fake(ALNUM, 32, s);
        return {
          match: [`DEEPINFRA_API_KEY=${key('di1')}`, `DEEPINFRA_API_TOKEN: "${key('di2')}"`],
          noMatch: ['DEEPINFRA_API_KEY=<your token>', `DEEPINFRA_API_KEY=${fake(HEX, 32, 'di3')}`],
        };
      },
    },
    {
      id: 'baseten-api-key',
      provider: 'Baseten',
      description: 'Baseten API key (8 alphanumerics . 32 alphanumerics) next to a baseten name',
      keywords: ['baseten'],
      regex: context([name('baseten')], '[A-Za-z0-9]{8}\\.[A-Za-z0-9]{32}'),
      entropy: 3.5,
      remediation: revoke('https://app.baseten.co/settings/api_keys'),
      examples: () => {
        const key = (s: string) => join(fake(ALNUM, 8, `${s}a`), '.', fake(ALNUM, 32, `${s}b`));
        return {
          match: [`BASETEN_API_KEY=${key('bt1')}`, `baseten_headers = {"Authorization": "Api-Key ${key('bt2')}"}`],
          noMatch: ['BASETEN_API_KEY=abcd1234.your_api_key', 'baseten_url = "https://model-abc.api.baseten.co"'],
        };
      },
    },
    {
      id: 'zhipu-api-key',
      provider: 'Zhipu AI',
      description:
        'Zhipu AI / BigModel (GLM) API key (32 hex . 16 alphanumerics) next to a zhipu, bigmodel or glm name',
      keywords: ['zhipu', 'bigmodel', 'glm'],
      regex: context([name('zhipu'), name('bigmodel'), name('glm')], '[0-9a-f]{32}\\.[A-Za-z0-9]{16}'),
      entropy: 3.5,
      remediation: revoke('https://open.bigmodel.cn/usercenter/apikeys'),
      examples: () => {
        const key = (s: string) => join(fake(HEX, 32, `${s}a`), '.', fake(ALNUM, 16, `${s}b`));
        return {
          match: [
            `ZHIPUAI_API_KEY=${key('zp1')}`,
            `client = ZhipuAI(api_key="${key('zp2')}")`,
            `GLM_API_KEY=${key('zp3')}`,
          ],
          noMatch: ['ZHIPUAI_API_KEY=your-zhipu-key', `GLM_VERSION=${fake(HEX, 32, 'zp4')}`],
        };
      },
    },
    {
      id: 'fal-api-key',
      provider: 'fal',
      description: 'fal.ai API key (UUID:32 hex) next to a FAL_KEY name',
      keywords: ['fal_key', 'falkey', 'fal.key', 'fal-key', 'fal_api_key', 'falapikey', 'fal.api.key', 'fal-api-key'],
      regex: context([`(?<![A-Za-z0-9])${ci('fal')}[_.-]?(?:${ci('api')}[_.-]?)?${ci('key')}`], `${UUID}:[0-9a-f]{32}`),
      entropy: 3,
      remediation: revoke('https://fal.ai/dashboard/keys'),
      examples: () => {
        const key = (s: string) => join(fakeUuid(`${s}a`), ':', fake(HEX, 32, `${s}b`));
        return {
          match: [`FAL_KEY=${key('fa1')}`, `fal_api_key: "${key('fa2')}"`],
          noMatch: ['FAL_KEY=your-fal-key', `FAL_KEY_ID=${fakeUuid('fa3')}`],
        };
      },
    },
    {
      id: 'together-legacy-api-key',
      provider: 'Together AI',
      description: 'Together AI legacy API key (64 hex) next to a together key name',
      keywords: ['together'],
      regex: keyed([name('together')], '[0-9a-f]{64}', { after: [lit('api.together.')] }),
      entropy: 3,
      remediation: TOGETHER_REVOKE,
      examples: () => {
        const key = (s: string) => fake(HEX, 64, s);
        return {
          match: [`TOGETHER_API_KEY=${key('tl1')}`, `client = Together(api_key="${key('tl2')}")`],
          noMatch: ['TOGETHER_API_KEY=your-together-key', `together_dataset_sha256 = "${fake(HEX, 64, 'tl3')}"`],
        };
      },
    },
    {
      id: 'elevenlabs-legacy-api-key',
      provider: 'ElevenLabs',
      description: 'ElevenLabs legacy API key (32 hex) next to an elevenlabs or xi-api-key name',
      keywords: ['elevenlabs', 'eleven_labs', 'eleven-labs', 'eleven.labs', 'xi-api', 'xi_api', 'xi.api', 'xiapi'],
      regex: keyed([name('eleven', 'labs'), name('xi', 'api')], '[0-9a-f]{32}'),
      entropy: 3,
      remediation: ELEVENLABS_REVOKE,
      examples: () => {
        const key = (s: string) => fake(HEX, 32, s);
        return {
          match: [`ELEVENLABS_API_KEY=${key('ex1')}`, `headers = {"xi-api-key": "${key('ex2')}"}`],
          noMatch: ['ELEVENLABS_API_KEY=your-elevenlabs-key', `ELEVENLABS_VOICE_ID=${fake(HEX, 32, 'ex3')}`],
        };
      },
    },
    {
      id: 'azure-openai-legacy-key',
      provider: 'Microsoft Azure',
      description:
        'Azure OpenAI / AI services / API Management subscription key, 32-hex format, next to an Azure OpenAI, AI, ' +
        'cognitive or Ocp-Apim-Subscription-Key name',
      keywords: ['azure', 'cognitive', 'ocp-apim'],
      regex: keyed(
        [
          `${ci('azure')}[_.-]?(?:${AZURE_SERVICES.map(ci).join('|')})`,
          name('cognitive', 'services'),
          ci('ocp-apim-subscription'),
        ],
        '[0-9a-f]{32}',
        { after: [lit('.openai.azure.com'), lit('.cognitiveservices.azure.com')] },
      ),
      entropy: 3,
      remediation: AZURE_REVOKE,
      examples: () => {
        const key = (s: string) => fake(HEX, 32, s);
        return {
          match: [
            `AZURE_OPENAI_API_KEY=${key('al1')}`,
            `llm = AzureChatOpenAI(azure_openai_api_key="${key('al2')}")`,
            `-H "Ocp-Apim-Subscription-Key: ${key('al3')}"`,
            `OpenAI(api_key="${key('al6')}", base_url="https://acme.openai.azure.com/openai/v1/")`,
          ],
          noMatch: [
            'AZURE_OPENAI_API_KEY=your-azure-openai-key',
            `AZURE_OPENAI_DEPLOYMENT_ID=${key('al4')}`,
            `AZURE_STORAGE_KEY=${key('al5')}`,
            `etag = "${key('al7')}"  # served from acme.blob.core.windows.net, not azure openai`,
          ],
        };
      },
    },
    {
      id: 'assemblyai-api-key',
      provider: 'AssemblyAI',
      description: 'AssemblyAI API key (32 hex) next to an assemblyai key name',
      keywords: ['assemblyai', 'assembly_ai', 'assembly-ai', 'assembly.ai', 'aai.'],
      regex: keyed([name('assembly', 'ai'), `(?<![A-Za-z0-9])${ci('aai')}\\.`], '[0-9a-f]{32}', {
        after: [lit('api.assemblyai.com')],
      }),
      entropy: 3,
      remediation: revoke('https://www.assemblyai.com/app/api-keys'),
      examples: () => {
        const key = (s: string) => fake(HEX, 32, s);
        return {
          match: [
            `ASSEMBLYAI_API_KEY=${key('ai1')}`,
            `aai.settings.api_key = "${key('ai2')}"`,
            `headers = {"authorization": "${key('ai4')}"}; url = "https://api.assemblyai.com/v2/upload"`,
          ],
          noMatch: ['ASSEMBLYAI_API_KEY=your-assemblyai-key', `assemblyai_transcript_id = "${key('ai3')}"`],
        };
      },
    },
    {
      id: 'deepgram-api-key',
      provider: 'Deepgram',
      description: 'Deepgram API key (40 hex) next to a deepgram key name',
      keywords: ['deepgram'],
      regex: keyed([name('deepgram')], '[0-9a-f]{40}', { after: [lit('api.deepgram.com')] }),
      entropy: 3,
      remediation: revoke('https://console.deepgram.com (your project → API Keys)'),
      examples: () => {
        const key = (s: string) => fake(HEX, 40, s);
        return {
          match: [
            `DEEPGRAM_API_KEY=${key('dg1')}`,
            `deepgram = DeepgramClient("${key('dg2')}")`,
            `curl -H "Authorization: Token ${key('dg4')}" https://api.deepgram.com/v1/listen`,
          ],
          noMatch: ['DEEPGRAM_API_KEY=your-deepgram-key', `"@deepgram/sdk": "github:deepgram/js-sdk#${key('dg3')}"`],
        };
      },
    },
    {
      id: 'serpapi-api-key',
      provider: 'SerpApi',
      description: 'SerpApi API key (64 hex) next to a serpapi key name',
      keywords: ['serpapi', 'serp_api', 'serp-api', 'serp.api'],
      regex: keyed([name('serp', 'api')], '[0-9a-f]{64}'),
      entropy: 3,
      remediation: revoke('https://serpapi.com/manage-api-key'),
      examples: () => {
        const key = (s: string) => fake(HEX, 64, s);
        return {
          match: [
            `SERPAPI_API_KEY=${key('sp1')}`,
            `params = {"engine": "google", "q": "x"}; serpapi.Client(api_key="${key('sp2')}")`,
          ],
          noMatch: ['SERPAPI_API_KEY=your-serpapi-key', `SERPAPI_CACHE_SHA=${key('sp3')}`],
        };
      },
    },
    {
      id: 'serper-api-key',
      provider: 'Serper',
      description: 'Serper (Google Search API) key (40 hex) next to a serper key name',
      keywords: ['serper'],
      regex: keyed([name('serper')], '[0-9a-f]{40}', { after: [lit('google.serper.dev')] }),
      entropy: 3,
      remediation: revoke('https://serper.dev/api-key'),
      examples: () => {
        const key = (s: string) => fake(HEX, 40, s);
        return {
          match: [
            `SERPER_API_KEY=${key('se1')}`,
            `headers = {"X-API-KEY": "${key('se2')}"}; url = "https://google.serper.dev/search"`,
          ],
          noMatch: ['SERPER_API_KEY=your-serper-key', `serper_commit = "${key('se3')}"`],
        };
      },
    },
    {
      id: 'clarifai-pat',
      provider: 'Clarifai',
      description: 'Clarifai personal access token (32 hex) next to a clarifai key name',
      keywords: ['clarifai'],
      regex: keyed([name('clarifai')], '[0-9a-f]{32}', { words: ['pat'] }),
      entropy: 3,
      remediation: revoke('https://clarifai.com/settings/security'),
      examples: () => {
        const key = (s: string) => fake(HEX, 32, s);
        return {
          match: [`CLARIFAI_PAT=${key('cl1')}`, `clarifai_api_key: "${key('cl2')}"`],
          noMatch: ['CLARIFAI_PAT=your-pat', `CLARIFAI_MODEL_VERSION_ID=${key('cl3')}`],
        };
      },
    },
    {
      id: 'wandb-legacy-api-key',
      provider: 'Weights & Biases',
      description:
        'Weights & Biases legacy API key (40 hex, or local- + 40 hex for W&B Server) next to a wandb key name',
      keywords: ['wandb'],
      regex: keyed([name('wandb')], '(?:local-)?[0-9a-f]{40}'),
      entropy: 3,
      remediation: revoke('https://wandb.ai/settings (API keys)'),
      examples: () => {
        const key = (s: string) => fake(HEX, 40, s);
        return {
          match: [
            `WANDB_API_KEY=${key('wb1')}`,
            `wandb.login(key="${key('wb2')}")`,
            `WANDB_API_KEY=${join('local', '-', key('wb3'))}`,
          ],
          noMatch: ['WANDB_API_KEY=your-wandb-key', `wandb_run_commit = "${key('wb4')}"`],
        };
      },
    },
    {
      id: 'pinecone-legacy-api-key',
      provider: 'Pinecone',
      description: 'Pinecone legacy API key (UUID) next to a pinecone key name',
      keywords: ['pinecone'],
      regex: keyed([name('pinecone')], UUID),
      entropy: 3,
      remediation: PINECONE_REVOKE,
      examples: () => {
        const key = (s: string) => fakeUuid(s);
        return {
          match: [
            `PINECONE_API_KEY=${key('pl1')}`,
            `pinecone.init(api_key="${key('pl2')}", environment="us-west1-gcp")`,
            `{"pinecone": {"apiKey": "${key('pl4')}"}}`,
          ],
          noMatch: ['PINECONE_API_KEY=your-pinecone-key', `PINECONE_PROJECT_ID=${key('pl3')}`],
        };
      },
    },
    {
      id: 'sambanova-api-key',
      provider: 'SambaNova',
      description: 'SambaNova Cloud API key (UUID) next to a sambanova key name',
      keywords: ['sambanova', 'samba_nova', 'samba-nova', 'samba.nova'],
      regex: keyed([name('samba', 'nova')], UUID),
      entropy: 3,
      remediation: revoke('https://cloud.sambanova.ai/apis'),
      examples: () => {
        const key = (s: string) => fakeUuid(s);
        return {
          match: [`SAMBANOVA_API_KEY=${key('sn1')}`, `client = SambaNova(api_key="${key('sn2')}")`],
          noMatch: ['SAMBANOVA_API_KEY=your-sambanova-key', `SAMBANOVA_PROJECT=${key('sn3')}`],
        };
      },
    },
    {
      id: 'exa-api-key',
      provider: 'Exa',
      description: 'Exa search API key (UUID) next to an exa key name',
      keywords: ['exa_api', 'exaapi', 'exa.api', 'exa-api', 'exa('],
      regex: keyed([`(?<![A-Za-z0-9])${ci('exa')}(?![a-z])(?![A-Z][A-Z])`], UUID),
      entropy: 3,
      remediation: revoke('https://dashboard.exa.ai/api-keys'),
      examples: () => {
        const key = (s: string) => fakeUuid(s);
        return {
          match: [`EXA_API_KEY=${key('xe1')}`, `exa = Exa(api_key="${key('xe2')}")`],
          noMatch: ['EXA_API_KEY=your-exa-key', `EXAMPLE_API_KEY=${key('xe3')}`, `example_api_key = "${key('xe4')}"`],
        };
      },
    },
    {
      id: 'gladia-api-key',
      provider: 'Gladia',
      description: 'Gladia speech-to-text API key (UUID) next to a gladia key name',
      keywords: ['gladia'],
      regex: keyed([name('gladia')], UUID),
      entropy: 3,
      remediation: revoke('https://app.gladia.io (API keys)'),
      examples: () => {
        const key = (s: string) => fakeUuid(s);
        return {
          match: [`GLADIA_API_KEY=${key('gl1')}`, `headers = {"x-gladia-key": "${key('gl2')}"}`],
          noMatch: ['GLADIA_API_KEY=your-gladia-key', `gladia_job_id = "${key('gl3')}"`],
        };
      },
    },
    {
      id: 'leonardo-api-key',
      provider: 'Leonardo.Ai',
      description: 'Leonardo.Ai API key (UUID) next to a leonardo key name',
      keywords: ['leonardo'],
      regex: keyed([name('leonardo')], UUID),
      entropy: 3,
      remediation: revoke('https://app.leonardo.ai/api-access'),
      examples: () => {
        const key = (s: string) => fakeUuid(s);
        return {
          match: [`LEONARDO_API_KEY=${key('le1')}`, `leonardo = Leonardo(api_key="${key('le2')}")`],
          noMatch: ['LEONARDO_API_KEY=your-leonardo-key', `LEONARDO_MODEL_ID=${key('le3')}`],
        };
      },
    },
  ],
};
