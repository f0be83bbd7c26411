import { isEnvStyle, toEnvStyle } from './assigned-name.js';

/**
 * The variable each provider's own SDK or documentation reads, where it differs from what `derivedName` would
 * make of the provider and the rule id. (Could move onto the rule records as a field `env`.)
 */
const CONVENTIONAL: Record<string, string> = {
  'openai-api-key': 'OPENAI_API_KEY',
  'openai-project-key': 'OPENAI_API_KEY',
  'openai-service-account-key': 'OPENAI_API_KEY',
  'openai-unscoped-key': 'OPENAI_API_KEY',
  'openai-admin-key': 'OPENAI_ADMIN_KEY',
  'anthropic-api-key': 'ANTHROPIC_API_KEY',
  'anthropic-admin-key': 'ANTHROPIC_ADMIN_KEY',
  'google-api-key': 'GEMINI_API_KEY',
  'google-auth-api-key': 'GEMINI_API_KEY',
  'hugging-face-token': 'HF_TOKEN',
  'hugging-face-org-token': 'HF_TOKEN',
  'langsmith-personal-token': 'LANGSMITH_API_KEY',
  'langsmith-service-key': 'LANGSMITH_API_KEY',
  'wandb-api-key': 'WANDB_API_KEY',
  'wandb-legacy-api-key': 'WANDB_API_KEY',
  'azure-openai-legacy-key': 'AZURE_OPENAI_API_KEY',
  'aws-access-key-id': 'AWS_ACCESS_KEY_ID',
  'aws-secret-access-key': 'AWS_SECRET_ACCESS_KEY',
  'aws-session-token': 'AWS_SESSION_TOKEN',
  'aws-bedrock-api-key': 'AWS_BEARER_TOKEN_BEDROCK',
  'azure-storage-account-key': 'AZURE_STORAGE_KEY',
  'azure-client-secret': 'AZURE_CLIENT_SECRET',
  'cloudflare-global-api-key': 'CLOUDFLARE_API_KEY',
  'netlify-token': 'NETLIFY_AUTH_TOKEN',
  'hetzner-cloud-token': 'HCLOUD_TOKEN',
  'flyio-token': 'FLY_API_TOKEN',
  'terraform-cloud-token': 'TFE_TOKEN',
  'github-token': 'GITHUB_TOKEN',
  'github-app-installation-token': 'GITHUB_TOKEN',
  'github-fine-grained-pat': 'GITHUB_TOKEN',
  'gitlab-pat': 'GITLAB_TOKEN',
  'npm-access-token': 'NPM_TOKEN',
  'pypi-api-token': 'PYPI_API_TOKEN',
  'docker-hub-token': 'DOCKERHUB_TOKEN',
  'sonarqube-token': 'SONAR_TOKEN',
  'stripe-live-secret-key': 'STRIPE_SECRET_KEY',
  'stripe-test-secret-key': 'STRIPE_SECRET_KEY',
  'stripe-webhook-secret': 'STRIPE_WEBHOOK_SECRET',
  'lemon-squeezy-api-key': 'LEMONSQUEEZY_API_KEY',
  'slack-bot-token': 'SLACK_BOT_TOKEN',
  'slack-user-token': 'SLACK_USER_TOKEN',
  'slack-app-token': 'SLACK_APP_TOKEN',
  'discord-bot-token': 'DISCORD_TOKEN',
  'telegram-bot-token': 'TELEGRAM_BOT_TOKEN',
  'postmark-server-token': 'POSTMARK_SERVER_TOKEN',
  'microsoft-teams-webhook-url': 'TEAMS_WEBHOOK_URL',
  'datadog-api-key': 'DD_API_KEY',
  'datadog-app-key': 'DD_APP_KEY',
  'sentry-org-auth-token': 'SENTRY_AUTH_TOKEN',
  'sentry-user-auth-token': 'SENTRY_AUTH_TOKEN',
  'sentry-legacy-auth-token': 'SENTRY_AUTH_TOKEN',
  'new-relic-user-api-key': 'NEW_RELIC_API_KEY',
  'postgres-connection-string': 'DATABASE_PASSWORD',
  'mysql-connection-string': 'DATABASE_PASSWORD',
  'mongodb-connection-string': 'MONGODB_PASSWORD',
  'redis-connection-string': 'REDIS_PASSWORD',
  'database-url-password': 'DATABASE_PASSWORD',
  'jdbc-connection-password': 'DATABASE_PASSWORD',
  'upstash-rest-token': 'UPSTASH_REDIS_REST_TOKEN',
};

/** Rule id endings and the variable suffix they suggest; the first that ends the id wins. */
const SUFFIXES: [string, string][] = [
  ['-api-key', '_API_KEY'],
  ['-api-token', '_API_TOKEN'],
  ['-access-token', '_ACCESS_TOKEN'],
  ['-secret-key', '_SECRET_KEY'],
  ['-client-secret', '_CLIENT_SECRET'],
  ['-webhook-url', '_WEBHOOK_URL'],
  ['-secret', '_SECRET'],
  ['-token', '_TOKEN'],
  ['-pat', '_TOKEN'],
];

/** Rules whose provider names no service: the code's own name says more. */
const NAMELESS = new Set(['generic-secret-assignment', 'jwt']);

/** PROVIDER_SUFFIX from the rule's provider and id: Groq + groq-api-key → GROQ_API_KEY. */
function derivedName(ruleId: string, provider: string): string | null {
  if (NAMELESS.has(ruleId)) return null;
  const base = toEnvStyle(provider.replace(/\([^)]*\)/g, '').replace(/&/g, ' and '));
  if (base === null) return null;
  const suffix = SUFFIXES.find(([end]) => ruleId.endsWith(end))?.[1] ?? '_API_KEY';
  return `${base}${suffix}`;
}

/**
 * The variable a key moves to: the name the code already gives it when that is an environment-style name (and the
 * literal is the key alone), else the provider's conventional variable, else the code's name in UPPER_SNAKE_CASE.
 * Null when nothing suggests a name.
 */
export function envNameFor(
  ruleId: string,
  provider: string,
  assigned: readonly string[],
  whole: boolean,
): string | null {
  const own = whole ? assigned.find(isEnvStyle) : undefined;
  if (own !== undefined) return own;
  return (
    CONVENTIONAL[ruleId] ?? derivedName(ruleId, provider) ?? assigned.map(toEnvStyle).find((n) => n !== null) ?? null
  );
}
