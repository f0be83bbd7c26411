import { hasCrc32Suffix, withChecksum } from './checksum.js';
import { ALNUM, B64, B64URL, HEX, LOWER_ALNUM, fake, join } from './fake.js';
import { UUID, fakeJwt, fakeUuid, named, wordKeywords, words } from './named.js';
import { ci, prefixed } from './shape.js';
import type { Rule, RuleFamily } from './types.js';

const GITHUB_REVOKE = 'Revoke it at https://github.com/settings/tokens (apps: https://github.com/settings/apps).';
const GITLAB_REVOKE =
  'Revoke it in GitLab (User settings > Access tokens, or the project/group settings that issued it) and create a new one.';
const BASE32_LOWER = 'abcdefghijklmnopqrstuvwxyz234567';

const github: Rule[] = [
  {
    id: 'github-token',
    provider: 'GitHub',
    description:
      'GitHub token (ghp_ personal, gho_ OAuth, ghu_ user-to-server, ghs_ server-to-server, ghr_ refresh), CRC32-checked',
    keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
    regex: prefixed('gh', '[pousr]_[A-Za-z0-9]{36}'),
    entropy: 3.5,
    validate: (secret) => hasCrc32Suffix(secret, 4),
    remediation: GITHUB_REVOKE,
    examples: () => ({
      match: [
        `GITHUB_TOKEN=${withChecksum(join('gh', 'p_'), 'gh1')}`,
        `token: "${withChecksum(join('gh', 's_'), 'gh2')}"`,
        `git clone https://${withChecksum(join('gh', 'o_'), 'gh3')}@github.com/acme/app.git`,
      ],
      noMatch: [`GITHUB_TOKEN=${join('gh', 'p_', 'x'.repeat(36))}`, 'token: ${{ secrets.GITHUB_TOKEN }}'],
    }),
  },
  {
    id: 'github-app-installation-token',
    provider: 'GitHub',
    description: 'GitHub App installation token in the stateless format (ghs_<app id>_<JWT>, about 520 characters)',
    keywords: ['ghs_'],
    regex: prefixed('ghs_', '[0-9]{1,12}_eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{20,}\\.[A-Za-z0-9_-]{20,}'),
    entropy: 4,
    remediation:
      'It expires within an hour; revoke it now with DELETE /installation/token, and rotate the private key of the app if that leaked too (https://github.com/settings/apps).',
    examples: () => ({
      match: [
        `GITHUB_TOKEN=${join('gh', 's_', '123456', '_', fakeJwt({ iss: 'github', app: 123456, inst: fake(HEX, 24, 'gi1') }, 'gi2'))}`,
      ],
      noMatch: [`GITHUB_TOKEN=${join('gh', 's_', '123456', '_', 'eyJ...')}`],
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
];

/** GitLab prefixes its tokens by kind; routable tokens add `.01.` and a 9-character tail. */
const GITLAB_BODY = '[A-Za-z0-9_-]{20,300}(?:\\.[0-9]{2}\\.[a-z0-9]{6,12})?';

const gitlab: Rule[] = [
  {
    id: 'gitlab-pat',
    provider: 'GitLab',
    description: 'GitLab personal, project or group access token (glpat-)',
    keywords: ['glpat-'],
    regex: prefixed('glpat-', GITLAB_BODY, '(?![A-Za-z0-9_.-])'),
    entropy: 3.5,
    remediation: GITLAB_REVOKE,
    examples: () => ({
      match: [
        `GITLAB_TOKEN=${join('gl', 'pat-', fake(B64URL, 20, 'gl1'))}`,
        `private_token = "${join('gl', 'pat-', fake(B64URL, 27, 'gl2'), '.01.', fake(LOWER_ALNUM, 9, 'gl3'))}"`,
      ],
      noMatch: [
        `GITLAB_TOKEN=${join('gl', 'pat-', 'xxxxxxxxxxxxxxxxxxxx')}`,
        `GITLAB_TOKEN=${join('gl', 'pat-', 'short')}`,
      ],
    }),
  },
  {
    id: 'gitlab-deploy-token',
    provider: 'GitLab',
    description: 'GitLab deploy token (gldt-)',
    keywords: ['gldt-'],
    regex: prefixed('gldt-', GITLAB_BODY, '(?![A-Za-z0-9_.-])'),
    entropy: 3.5,
    remediation: 'Revoke it in the project or group: Settings > Repository > Deploy tokens.',
    examples: () => ({
      match: [`CI_DEPLOY_PASSWORD=${join('gl', 'dt-', fake(B64URL, 20, 'gd1'))}`],
      noMatch: [`CI_DEPLOY_PASSWORD=${join('gl', 'dt-', 'your-deploy-token')}`],
    }),
  },
  {
    id: 'gitlab-runner-token',
    provider: 'GitLab',
    description: 'GitLab runner authentication or registration token (glrt-, glrtr-, GR1348941)',
    keywords: ['glrt-', 'glrtr-', 'gr1348941'],
    regex: prefixed('', `(?:glrtr?-|GR1348941)${GITLAB_BODY}`, '(?![A-Za-z0-9_.-])'),
    entropy: 3.5,
    remediation: 'Reset the runner token (CI/CD settings > Runners) or delete the runner and register a new one.',
    examples: () => ({
      match: [
        `CI_SERVER_TOKEN=${join('gl', 'rt-', fake(B64URL, 20, 'gr1'))}`,
        `--registration-token ${join('GR1348', '941', fake(B64URL, 20, 'gr2'))}`,
      ],
      noMatch: [`CI_SERVER_TOKEN=${join('gl', 'rt-', 'REDACTED')}`],
    }),
  },
  {
    id: 'gitlab-pipeline-trigger-token',
    provider: 'GitLab',
    description: 'GitLab pipeline trigger token (glptt-)',
    keywords: ['glptt-'],
    regex: prefixed('glptt-', '[a-f0-9]{40}'),
    entropy: 3,
    remediation: 'Revoke it in the project: Settings > CI/CD > Pipeline trigger tokens.',
    examples: () => ({
      match: [`TRIGGER_TOKEN=${join('gl', 'ptt-', fake(HEX, 40, 'gt1'))}`],
      noMatch: [`TRIGGER_TOKEN=${join('gl', 'ptt-', 'x'.repeat(40))}`],
    }),
  },
  {
    id: 'gitlab-oauth-app-secret',
    provider: 'GitLab',
    description: 'GitLab OAuth application secret (gloas-)',
    keywords: ['gloas-'],
    regex: prefixed('gloas-', '[a-f0-9]{64}'),
    entropy: 3,
    remediation: 'Renew the secret of the OAuth application (User/Group/Admin settings > Applications).',
    examples: () => ({
      match: [`GITLAB_CLIENT_SECRET=${join('gl', 'oas-', fake(HEX, 64, 'go1'))}`],
      noMatch: [`GITLAB_CLIENT_SECRET=${join('gl', 'oas-', 'secret')}`],
    }),
  },
  {
    id: 'gitlab-other-token',
    provider: 'GitLab',
    description:
      'Other GitLab tokens: CI job (glcbt-), feed (glft-), incoming mail (glimt-), agent (glagent-), SCIM (glsoat-), feature-flag client (glffct-)',
    keywords: ['glcbt-', 'glft-', 'glimt-', 'glagent-', 'glsoat-', 'glffct-'],
    regex: prefixed('gl', `(?:cbt|ft|imt|agent|soat|ffct)-(?:[0-9a-f]{1,5}_)?${GITLAB_BODY}`, '(?![A-Za-z0-9_.-])'),
    entropy: 3.5,
    remediation: GITLAB_REVOKE,
    examples: () => ({
      match: [
        `GITLAB_AGENT_TOKEN=${join('gl', 'agent-', fake(B64URL, 50, 'gx1'))}`,
        `feed = "${join('gl', 'ft-', fake(B64URL, 20, 'gx2'))}"`,
      ],
      noMatch: [`GITLAB_AGENT_TOKEN=${join('gl', 'agent-', 'token')}`],
    }),
  },
];

const atlassian: Rule[] = [
  {
    id: 'atlassian-api-token',
    provider: 'Atlassian',
    description: 'Atlassian (Jira, Confluence) API token (ATATT3)',
    keywords: ['atatt3'],
    regex: prefixed('ATATT3', '[A-Za-z0-9_=-]{150,250}'),
    entropy: 4,
    remediation: 'Revoke it at https://id.atlassian.com/manage-profile/security/api-tokens.',
    examples: () => ({
      match: [
        `JIRA_API_TOKEN=${join('ATA', 'TT3', 'xFfGF0', fake(B64URL, 170, 'at1'), '=', fake(HEX, 8, 'at2').toUpperCase())}`,
      ],
      noMatch: [`JIRA_API_TOKEN=${join('ATA', 'TT3', 'your-token')}`],
    }),
  },
  {
    id: 'bitbucket-app-password',
    provider: 'Bitbucket',
    description: 'Bitbucket app password (ATBB)',
    keywords: ['atbb'],
    regex: prefixed('ATBB', '[A-Za-z0-9_=.-]{28,40}'),
    entropy: 3.8,
    remediation: 'Revoke it at https://bitbucket.org/account/settings/app-passwords/.',
    examples: () => ({
      match: [`BITBUCKET_APP_PASSWORD=${join('AT', 'BB', fake(ALNUM, 24, 'bb1'), fake(HEX, 8, 'bb2').toUpperCase())}`],
      noMatch: [`BITBUCKET_APP_PASSWORD=${join('AT', 'BB', 'xxxx')}`],
    }),
  },
  {
    id: 'bitbucket-access-token',
    provider: 'Bitbucket',
    description: 'Bitbucket repository, project or workspace access token (ATCTT3xFfGN0)',
    keywords: ['atctt3'],
    regex: prefixed('ATCTT3xFfGN0', '[A-Za-z0-9_=-]{100,250}'),
    entropy: 4,
    remediation: 'Revoke it in the repository, project or workspace settings > Access tokens.',
    examples: () => ({
      match: [
        `BITBUCKET_ACCESS_TOKEN=${join('ATC', 'TT3', 'xFfGN0', fake(B64URL, 170, 'bt1'), '=', fake(HEX, 8, 'bt2').toUpperCase())}`,
      ],
      noMatch: [`BITBUCKET_ACCESS_TOKEN=${join('ATC', 'TT3', 'xFfGN0', '...')}`],
    }),
  },
  {
    id: 'azure-devops-pat',
    provider: 'Azure DevOps',
    description:
      'Azure DevOps personal access token (52 base32 or 84 characters assigned to an azure devops / azdo name)',
    keywords: [...wordKeywords('azure devops'), 'azdo'],
    regex: named(`(?:${words('azure devops')}|${ci('azdo')})`, '[a-z2-7]{52}|[A-Za-z0-9]{84}', true),
    entropy: 3.8,
    remediation: 'Revoke it at https://dev.azure.com/{organization}/_usersSettings/tokens.',
    examples: () => ({
      match: [
        `AZURE_DEVOPS_EXT_PAT=${fake(BASE32_LOWER, 52, 'ad1')}`,
        `azdo_token: ${join(fake(ALNUM, 52, 'ad2'), 'JQQJ99', fake(ALNUM, 3, 'ad3'), 'AZDO', fake(ALNUM, 19, 'ad4'))}`,
      ],
      noMatch: [`AZURE_DEVOPS_ORG_URL=${fake(BASE32_LOWER, 52, 'ad5')}`],
    }),
  },
];

const registries: Rule[] = [
  {
    id: 'npm-access-token',
    provider: 'npm',
    description: 'npm access token (npm_), CRC32-checked',
    keywords: ['npm_'],
    regex: prefixed('npm_', '[A-Za-z0-9]{36}'),
    entropy: 3.5,
    validate: (secret) => hasCrc32Suffix(secret, 4),
    remediation: 'Revoke it at https://www.npmjs.com/settings/~/tokens (or `npm token revoke`).',
    examples: () => ({
      match: [
        `NPM_TOKEN=${withChecksum(join('np', 'm_'), 'np1')}`,
        `//registry.npmjs.org/:_authToken=${withChecksum(join('np', 'm_'), 'np2')}`,
      ],
      noMatch: [
        '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
        'const npm_config_registry_url_for_the_project_x = 1;',
      ],
    }),
  },
  {
    id: 'pypi-api-token',
    provider: 'PyPI',
    description: 'PyPI or TestPyPI API token (pypi-AgEIcHlwaS5vcmc…, pypi-AgENdGVzdC5weXBpLm9yZw…)',
    keywords: ['pypi-ag'],
    regex: prefixed('pypi-Ag', '(?:EIcHlwaS5vcmc|ENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,300}'),
    entropy: 4,
    remediation: 'Remove it at https://pypi.org/manage/account/token/ and create a new one.',
    examples: () => ({
      match: [
        `TWINE_PASSWORD=${join('py', 'pi-', 'AgEIcHlwaS5vcmc', fake(B64URL, 160, 'py1'))}`,
        `password = ${join('py', 'pi-', 'AgENdGVzdC5weXBpLm9yZw', fake(B64URL, 160, 'py2'))}`,
      ],
      noMatch: [`TWINE_PASSWORD=${join('py', 'pi-', 'AgEIcHlwaS5vcmc')}`],
    }),
  },
  {
    id: 'docker-hub-token',
    provider: 'Docker',
    description: 'Docker Hub personal or organization access token (dckr_pat_, dckr_oat_)',
    keywords: ['dckr_pat_', 'dckr_oat_'],
    regex: prefixed('dckr_', '(?:pat|oat)_[A-Za-z0-9_-]{27,64}'),
    entropy: 3.5,
    remediation:
      'Delete it at https://app.docker.com/settings/personal-access-tokens (organization tokens: the organization settings).',
    examples: () => ({
      match: [`DOCKERHUB_TOKEN=${join('dckr', '_pat_', fake(B64URL, 27, 'dk1'))}`],
      noMatch: [`DOCKERHUB_TOKEN=${join('dckr', '_pat_', 'xxxxxxxx')}`],
    }),
  },
  {
    id: 'nuget-api-key',
    provider: 'NuGet',
    description: 'NuGet.org API key (oy2 + 43 characters)',
    keywords: ['oy2'],
    regex: prefixed('oy2', '[a-z0-9]{43}'),
    entropy: 3.5,
    remediation: 'Delete or regenerate it at https://www.nuget.org/account/apikeys.',
    examples: () => ({
      match: [`NUGET_API_KEY=${join('oy', '2', fake(LOWER_ALNUM, 43, 'nu1'))}`],
      noMatch: [`NUGET_API_KEY=${join('oy', '2', 'x'.repeat(43))}`],
    }),
  },
  {
    id: 'rubygems-api-key',
    provider: 'RubyGems',
    description: 'RubyGems.org API key (rubygems_)',
    keywords: ['rubygems_'],
    regex: prefixed('rubygems_', '[a-f0-9]{48}'),
    entropy: 3,
    remediation: 'Delete it at https://rubygems.org/profile/api_keys.',
    examples: () => ({
      match: [`GEM_HOST_API_KEY=${join('ruby', 'gems_', fake(HEX, 48, 'rg1'))}`],
      noMatch: ['RUBYGEMS_HOST=https://rubygems.org'],
    }),
  },
  {
    id: 'crates-io-token',
    provider: 'crates.io',
    description: 'crates.io API token (cio + 32 characters)',
    keywords: ['cio'],
    regex: prefixed('cio', '[A-Za-z0-9]{32}'),
    entropy: 4,
    remediation: 'Revoke it at https://crates.io/settings/tokens.',
    examples: () => ({
      match: [`CARGO_REGISTRY_TOKEN=${join('ci', 'o', fake(ALNUM, 32, 'cr1'))}`],
      noMatch: ['ciofficialdocumentationreference1', 'let ratio_of_values = 3;'],
    }),
  },
  {
    id: 'jfrog-api-key',
    provider: 'JFrog',
    description: 'JFrog Artifactory API key (AKCp)',
    keywords: ['akcp'],
    regex: prefixed('AKCp', '[A-Za-z0-9]{65,75}'),
    entropy: 4,
    remediation: 'Revoke it in the JFrog Platform (Edit Profile > API Key) and move to access tokens.',
    examples: () => ({
      match: [`ARTIFACTORY_API_KEY=${join('AK', 'Cp', fake(ALNUM, 69, 'jf1'))}`],
      noMatch: [`ARTIFACTORY_API_KEY=${join('AK', 'Cp', 'short')}`],
    }),
  },
  {
    id: 'jfrog-reference-token',
    provider: 'JFrog',
    description: 'JFrog access reference token (cmVmdGtu…, base64 of "reftkn:")',
    keywords: ['cmvmdgtuoj'],
    regex: prefixed('cmVmdGtuOj', '[A-Za-z0-9]{54}'),
    entropy: 4,
    remediation: 'Revoke it in the JFrog Platform (Administration > User Management > Access Tokens).',
    examples: () => ({
      match: [`JFROG_ACCESS_TOKEN=${join('cmVmdGtu', 'OjAxOj', fake(ALNUM, 50, 'jr1'))}`],
      noMatch: [`JFROG_ACCESS_TOKEN=${join('cmVmdGtu', 'Oj')}`],
    }),
  },
  {
    id: 'sonatype-token',
    provider: 'Sonatype',
    description:
      'Sonatype (Maven Central, OSSRH, Nexus) user token or password (assigned to a sonatype/ossrh/nexus secret name)',
    keywords: ['sonatype', 'ossrh', 'nexus'],
    regex: named(
      `(?:${ci('sonatype')}|${ci('ossrh')}|${ci('nexus')})`,
      '[A-Za-z0-9+/=_-]{20,100}',
      true,
      '(?![A-Za-z0-9+/=_-])',
    ),
    entropy: 4,
    reject: /^[a-z_-]+$/,
    remediation:
      'Revoke the user token at https://central.sonatype.com/account (Nexus: user profile > User Token > Reset).',
    examples: () => ({
      match: [`SONATYPE_PASSWORD=${fake(B64, 44, 'sn1')}`, `ossrhToken: "${fake(B64URL, 36, 'sn2')}"`],
      noMatch: [`SONATYPE_USERNAME=${fake(ALNUM, 8, 'sn3')}`, 'NEXUS_PASSWORD: ${{ secrets.NEXUS_PASSWORD }}'],
    }),
  },
  {
    id: 'packagist-token',
    provider: 'Private Packagist',
    description: 'Private Packagist token (packagist_ + kind + _)',
    keywords: ['packagist_'],
    regex: prefixed('packagist_', '[a-z]{3}_[A-Za-z0-9]{40,80}'),
    entropy: 3.5,
    remediation: 'Revoke it in Private Packagist (organization or user settings > Authentication tokens).',
    examples: () => ({
      match: [`PACKAGIST_TOKEN=${join('packa', 'gist_', 'ort_', fake(HEX, 68, 'pk1'))}`],
      noMatch: ['packagist_url = "https://repo.packagist.com/acme/"'],
    }),
  },
];

const devTools: Rule[] = [
  {
    id: 'postman-api-key',
    provider: 'Postman',
    description: 'Postman API key (PMAK-)',
    keywords: ['pmak-'],
    regex: prefixed('PMAK-', '[a-f0-9]{24}-[a-f0-9]{34}'),
    entropy: 3,
    remediation: 'Revoke it at https://go.postman.co/settings/me/api-keys.',
    examples: () => ({
      match: [`POSTMAN_API_KEY=${join('PM', 'AK-', fake(HEX, 24, 'pm1'), '-', fake(HEX, 34, 'pm2'))}`],
      noMatch: [`POSTMAN_API_KEY=${join('PM', 'AK-', 'your-key')}`],
    }),
  },
  {
    id: 'circleci-token',
    provider: 'CircleCI',
    description: 'CircleCI personal or project API token (CCIPAT_, CCIPRJ_)',
    keywords: ['ccipat_', 'cciprj_'],
    regex: prefixed('CCIP', '(?:AT|RJ)_[A-Za-z0-9]{22}_[a-f0-9]{40}'),
    entropy: 3.5,
    remediation:
      'Delete it at https://app.circleci.com/settings/user/tokens (project tokens: project settings > API Permissions).',
    examples: () => ({
      match: [`CIRCLE_TOKEN=${join('CCI', 'PAT_', fake(ALNUM, 22, 'cc1'), '_', fake(HEX, 40, 'cc2'))}`],
      noMatch: [`CIRCLE_TOKEN=${join('CCI', 'PAT_', 'xxxx')}`],
    }),
  },
  {
    id: 'circleci-legacy-token',
    provider: 'CircleCI',
    description: 'CircleCI unprefixed API token (40 hex characters assigned to a circle token name)',
    keywords: ['circle'],
    regex: named(ci('circle'), '[a-f0-9]{40}', true),
    entropy: 3,
    remediation: 'Delete it at https://app.circleci.com/settings/user/tokens.',
    examples: () => ({
      match: [`CIRCLE_TOKEN=${fake(HEX, 40, 'cl1')}`],
      noMatch: [`CIRCLE_SHA1=${fake(HEX, 40, 'cl2')}`],
    }),
  },
  {
    id: 'travis-ci-token',
    provider: 'Travis CI',
    description: 'Travis CI API token (22 characters assigned to a travis token name)',
    keywords: ['travis'],
    regex: named(ci('travis'), '[A-Za-z0-9_-]{22}', true),
    entropy: 3.5,
    remediation: 'Regenerate it in Travis CI (Settings > API authentication).',
    examples: () => ({
      match: [`TRAVIS_API_TOKEN=${fake(B64URL, 22, 'tr1')}`],
      noMatch: [`TRAVIS_BUILD_ID=${fake(B64URL, 22, 'tr2')}`],
    }),
  },
  {
    id: 'buildkite-token',
    provider: 'Buildkite',
    description: 'Buildkite user API access token (bkua_)',
    keywords: ['bkua_'],
    regex: prefixed('bkua_', '[a-f0-9]{40}'),
    entropy: 3,
    remediation: 'Revoke it at https://buildkite.com/user/api-access-tokens.',
    examples: () => ({
      match: [`BUILDKITE_API_TOKEN=${join('bk', 'ua_', fake(HEX, 40, 'bk1'))}`],
      noMatch: [`BUILDKITE_API_TOKEN=${join('bk', 'ua_', 'x'.repeat(40))}`],
    }),
  },
  {
    id: 'sourcegraph-access-token',
    provider: 'Sourcegraph',
    description: 'Sourcegraph access token (sgp_)',
    keywords: ['sgp_'],
    regex: prefixed('sgp_', '(?:[a-f0-9]{16}_|local_)?[a-f0-9]{40}'),
    entropy: 3,
    remediation: 'Delete it in Sourcegraph (Settings > Access tokens).',
    examples: () => ({
      match: [`SRC_ACCESS_TOKEN=${join('sg', 'p_', fake(HEX, 16, 'sg1'), '_', fake(HEX, 40, 'sg2'))}`],
      noMatch: [`SRC_ACCESS_TOKEN=${join('sg', 'p_', 'token')}`],
    }),
  },
  {
    id: 'sonarqube-token',
    provider: 'SonarQube',
    description: 'SonarQube / SonarCloud user, project or global analysis token (squ_, sqp_, sqa_)',
    keywords: ['squ_', 'sqp_', 'sqa_'],
    regex: prefixed('sq', '[upa]_[a-f0-9]{40}'),
    entropy: 3,
    remediation: 'Revoke it in SonarQube / SonarCloud (My Account > Security).',
    examples: () => ({
      match: [`SONAR_TOKEN=${join('sq', 'p_', fake(HEX, 40, 'sq1'))}`],
      noMatch: [`SONAR_TOKEN=${join('sq', 'p_', 'x'.repeat(40))}`],
    }),
  },
  {
    id: 'codecov-token',
    provider: 'Codecov',
    description: 'Codecov upload token (a UUID assigned to a codecov token name)',
    keywords: ['codecov'],
    regex: named(ci('codecov'), UUID, true),
    remediation: 'Regenerate it in the repository settings on https://app.codecov.io.',
    examples: () => ({
      match: [`CODECOV_TOKEN=${fakeUuid('cv1')}`],
      noMatch: [`CODECOV_FLAGS=${fakeUuid('cv2')}`],
    }),
  },
  {
    id: 'deno-deploy-token',
    provider: 'Deno',
    description: 'Deno Deploy personal or organization access token (ddp_, ddw_)',
    keywords: ['ddp_', 'ddw_'],
    regex: prefixed('dd', '[pw]_[A-Za-z0-9]{36}'),
    entropy: 3.5,
    remediation: 'Revoke it at https://dash.deno.com/account#access-tokens.',
    examples: () => ({
      match: [`DENO_DEPLOY_TOKEN=${join('dd', 'p_', fake(ALNUM, 36, 'dd1'))}`],
      noMatch: [`DENO_DEPLOY_TOKEN=${join('dd', 'p_', 'your_token')}`],
    }),
  },
  {
    id: 'clojars-deploy-token',
    provider: 'Clojars',
    description: 'Clojars deploy token (CLOJARS_)',
    keywords: ['clojars_'],
    regex: prefixed('CLOJARS_', '[a-z0-9]{60}'),
    entropy: 3.5,
    remediation: 'Disable it at https://clojars.org/tokens and create a new deploy token.',
    examples: () => ({
      match: [`CLOJARS_PASSWORD=${join('CLO', 'JARS_', fake(LOWER_ALNUM, 60, 'cj1'))}`],
      noMatch: ['CLOJARS_PASSWORD=${CLOJARS_TOKEN}', `CLOJARS_USERNAME=${fake(LOWER_ALNUM, 60, 'cj2')}`],
    }),
  },
  {
    id: 'hex-api-key',
    provider: 'Hex',
    description: 'Hex.pm API key (32 hex characters next to a HEX_API_KEY name)',
    keywords: wordKeywords('hex api'),
    regex: named(words('hex api'), '[0-9a-f]{32}', true),
    entropy: 3,
    remediation:
      'Revoke it with `mix hex.user key revoke <name>` (or at https://hex.pm/dashboard/keys) and generate a new key.',
    examples: () => ({
      match: [`HEX_API_KEY=${fake(HEX, 32, 'hx1')}`],
      noMatch: ['HEX_API_KEY=${{ secrets.HEX_API_KEY }}', `HEX_API_URL=https://hex.pm/api/${fake(HEX, 32, 'hx2')}`],
    }),
  },
  {
    id: 'gradle-plugin-portal-secret',
    provider: 'Gradle Plugin Portal',
    description: 'Gradle Plugin Portal publishing secret (32 characters next to a gradle.publish.secret name)',
    keywords: wordKeywords('gradle publish'),
    regex: named(words('gradle publish'), '[A-Za-z0-9]{32}', true),
    entropy: 3.5,
    remediation: 'Regenerate the API keys at https://plugins.gradle.org/u/<your user> (API Keys → Regenerate).',
    examples: () => ({
      match: [`GRADLE_PUBLISH_SECRET=${fake(ALNUM, 32, 'gp1')}`, `gradle.publish.secret=${fake(ALNUM, 32, 'gp2')}`],
      noMatch: ['GRADLE_PUBLISH_SECRET=<secret>', `GRADLE_PUBLISH_VERSION=${fake(ALNUM, 32, 'gp3')}`],
    }),
  },
  {
    id: 'cloudsmith-api-key',
    provider: 'Cloudsmith',
    description: 'Cloudsmith API key (40 hex characters next to a cloudsmith key name)',
    keywords: ['cloudsmith'],
    regex: named(ci('cloudsmith'), '[0-9a-f]{40}', true),
    entropy: 3,
    remediation: 'Refresh it at https://cloudsmith.io/user/settings/api/ and update CLOUDSMITH_API_KEY.',
    examples: () => ({
      match: [`CLOUDSMITH_API_KEY=${fake(HEX, 40, 'cs1')}`],
      noMatch: ['CLOUDSMITH_API_KEY=<key>', `CLOUDSMITH_REPOSITORY=${fake(HEX, 40, 'cs2')}`],
    }),
  },
  {
    id: 'quay-robot-token',
    provider: 'Red Hat Quay',
    description: 'Quay.io robot account token (64 upper-case characters next to a quay token/password name)',
    keywords: ['quay'],
    regex: named(ci('quay'), '[A-Z0-9]{64}', true),
    entropy: 3.5,
    remediation:
      'Regenerate the robot token at https://quay.io (organization → Robot Accounts → the robot → Regenerate token).',
    examples: () => ({
      match: [`QUAY_PASSWORD=${fake(ALNUM, 64, 'qy1').toUpperCase()}`],
      noMatch: ['QUAY_PASSWORD=${QUAY_ROBOT_TOKEN}', `QUAY_USERNAME=acme+${fake(LOWER_ALNUM, 20, 'qy2')}`],
    }),
  },
  {
    id: 'gitea-access-token',
    provider: 'Gitea / Forgejo',
    description:
      'Gitea, Forgejo or Codeberg access token (40 hex characters next to a gitea/forgejo/codeberg token name)',
    keywords: ['gitea', 'forgejo', 'codeberg'],
    regex: named(`(?:${ci('gitea')}|${ci('forgejo')}|${ci('codeberg')})`, '[0-9a-f]{40}', true),
    entropy: 3,
    remediation: 'Delete it in the instance (Settings → Applications → Access tokens) and generate a new one.',
    examples: () => ({
      match: [`GITEA_TOKEN=${fake(HEX, 40, 'ge1')}`, `forgejo_access_token: "${fake(HEX, 40, 'ge2')}"`],
      noMatch: ['GITEA_TOKEN=${{ secrets.GITEA_TOKEN }}', `GITEA_COMMIT_SHA=${fake(HEX, 40, 'ge3')}`],
    }),
  },
  {
    id: 'gitee-access-token',
    provider: 'Gitee',
    description: 'Gitee personal access token (32 hex characters next to a gitee token name)',
    keywords: ['gitee'],
    regex: named(ci('gitee'), '[0-9a-f]{32}', true),
    entropy: 3,
    remediation: 'Delete it at https://gitee.com/profile/personal_access_tokens and generate a new one.',
    examples: () => ({
      match: [`GITEE_TOKEN=${fake(HEX, 32, 'gi1')}`],
      noMatch: ['GITEE_TOKEN=<token>', `GITEE_REPO_ID=${fake(HEX, 32, 'gi2')}`],
    }),
  },
  {
    id: 'bitbucket-oauth-consumer-secret',
    provider: 'Bitbucket',
    description: 'Bitbucket OAuth consumer secret (32 characters next to a bitbucket…secret name)',
    keywords: ['bitbucket'],
    regex: named(`${ci('bitbucket')}[A-Za-z0-9_.-]{0,30}?${ci('secret')}`, '[A-Za-z0-9]{32}'),
    entropy: 3.5,
    remediation:
      'Delete the consumer in the workspace settings (https://bitbucket.org/<workspace>/workspace/settings/api → OAuth consumers) and create a new one.',
    examples: () => ({
      match: [`BITBUCKET_CLIENT_SECRET=${fake(ALNUM, 32, 'bo1')}`],
      noMatch: ['BITBUCKET_CLIENT_SECRET=<secret>', `BITBUCKET_CLIENT_ID=${fake(ALNUM, 18, 'bo2')}`],
    }),
  },
  {
    id: 'postman-collection-access-key',
    provider: 'Postman',
    description: 'Postman collection access key (PMAT-)',
    keywords: ['pmat-'],
    regex: prefixed('PMAT-', '[A-Z0-9]{26}'),
    entropy: 3.5,
    remediation: 'Revoke it in Postman (Settings → API keys → Collection access keys) and share the collection again.',
    examples: () => ({
      match: [`POSTMAN_COLLECTION_KEY=${join('PM', 'AT-', fake(ALNUM, 26, 'pm1').toUpperCase())}`],
      noMatch: [
        'POSTMAN_COLLECTION_KEY=PMAT-XXXXXXXXXXXXXXXXXXXXXXXXXX',
        `POSTMAN_COLLECTION_KEY=${join('PM', 'AT-', 'ABC123')}`,
      ],
    }),
  },
  {
    id: 'sonarqube-legacy-token',
    provider: 'SonarQube',
    description: 'SonarQube / SonarCloud token without prefix (40 hex characters next to a sonar token name)',
    keywords: ['sonar'],
    regex: named(ci('sonar'), '[0-9a-f]{40}', true),
    entropy: 3,
    remediation: 'Revoke it in SonarQube or SonarCloud (My Account → Security) and generate a new token.',
    examples: () => ({
      match: [`SONAR_TOKEN=${fake(HEX, 40, 'sq1')}`, `sonar.token=${fake(HEX, 40, 'sq2')}`],
      noMatch: ['SONAR_TOKEN=${{ secrets.SONAR_TOKEN }}', `SONAR_SCM_REVISION=${fake(HEX, 40, 'sq3')}`],
    }),
  },
  {
    id: 'jfrog-access-token',
    provider: 'JFrog',
    description: 'JFrog Platform access or identity token (a JWT next to a jfrog/artifactory token name)',
    keywords: ['jfrog', 'artifactory'],
    regex: named(
      `(?:${ci('jfrog')}|${ci('artifactory')})`,
      'eyJ[A-Za-z0-9_-]{10,2000}\\.eyJ[A-Za-z0-9_-]{10,4000}\\.[A-Za-z0-9_-]{20,1000}',
      true,
    ),
    remediation:
      'Revoke it in the JFrog Platform (Administration → User Management → Access Tokens, or your profile → Identity tokens) and create a new one.',
    examples: () => ({
      match: [
        `JFROG_ACCESS_TOKEN=${fakeJwt({ ext: '{"revocable":"true"}', sub: 'jfac@01h/users/ci', scp: 'applied-permissions/user', aud: '*@*', iss: 'jfac@01h', exp: 4102444800, iat: 1767225600, jti: fakeUuid('jf1') }, 'jf2')}`,
      ],
      noMatch: [
        'JFROG_ACCESS_TOKEN=${{ secrets.JFROG_ACCESS_TOKEN }}',
        'ARTIFACTORY_URL=https://acme.jfrog.io/artifactory',
      ],
    }),
  },
];

export const sourceHosting: RuleFamily = {
  family: 'source-hosting',
  rules: [...github, ...gitlab, ...atlassian, ...registries, ...devTools],
};
