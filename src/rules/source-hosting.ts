import { ALNUM, fake, join } from './fake.js';
import { prefixed } from './shape.js';
import type { RuleFamily } from './types.js';

const GITHUB_REVOKE = 'Revoke it at https://github.com/settings/tokens (apps: https://github.com/settings/apps).';

export const sourceHosting: RuleFamily = {
  family: 'source-hosting',
  rules: [
    {
      id: 'github-token',
      provider: 'GitHub',
      description: 'GitHub token (ghp_ personal, gho_ OAuth, ghu_ user-to-server, ghs_ server-to-server, ghr_ refresh)',
      keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
      regex: prefixed('gh', '[pousr]_[A-Za-z0-9]{36}'),
      entropy: 3.5,
      remediation: GITHUB_REVOKE,
      examples: () => ({
        match: [
          `GITHUB_TOKEN=${join('gh', 'p_', fake(ALNUM, 36, 'gh1'))}`,
          `token: "${join('gh', 's_', fake(ALNUM, 36, 'gh2'))}"`,
          `git clone https://${join('gh', 'o_', fake(ALNUM, 36, 'gh3'))}@github.com/acme/app.git`,
        ],
        noMatch: [`GITHUB_TOKEN=${join('gh', 'p_', 'x'.repeat(36))}`, 'token: ${{ secrets.GITHUB_TOKEN }}'],
      }),
    },
    {
      id: 'github-fine-grained-pat',
      provider: 'GitHub',
      description: 'GitHub fine-grained personal access token (github_pat_)',
      keywords: ['github_pat_'],
      regex: prefixed('github_pat_', '[A-Za-z0-9]{22}_[A-Za-z0-9]{59}'),
      entropy: 3.5,
      remediation: GITHUB_REVOKE,
      examples: () => ({
        match: [`GH_TOKEN=${join('github_', 'pat_', fake(ALNUM, 22, 'fg1'), '_', fake(ALNUM, 59, 'fg2'))}`],
        noMatch: [`GH_TOKEN=${join('github_', 'pat_', '<your token>')}`],
      }),
    },
  ],
};
