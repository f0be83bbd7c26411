import { describe, expect, it } from 'vitest';
import { ALNUM, DIGITS, HEX, fake, join } from '../../src/rules/fake.js';
import { makeRepo } from '../helpers/git-repo.js';

/** A password that looks generated; assembled at run time like every fake secret of the suite. */
const pw = (seed: string): string => join(fake(ALNUM, 14, seed), fake(DIGITS, 4, `${seed}d`));
const b64 = (text: string): string => Buffer.from(text).toString('base64');

interface Case {
  syntax: string;
  file: string;
  content: (secret: string) => string;
  secret: string;
  rule: string;
}

const cases: Case[] = [
  {
    syntax: 'pip index-url with a password',
    file: 'pip.conf',
    content: (s) => `[global]\nindex-url = https://ci:${s}@pypi.acme.io/simple/\n`,
    secret: pw('it-pip'),
    rule: 'http-url-credentials',
  },
  {
    syntax: 'git remote in a CI script',
    file: 'scripts/release.sh',
    content: (s) => `#!/bin/sh\ngit push https://release-bot:${s}@git.acme.io/acme/app.git main\n`,
    secret: pw('it-git'),
    rule: 'http-url-credentials',
  },
  {
    syntax: 'LDAP URL in Spring properties',
    file: 'src/main/resources/application.properties',
    content: (s) => `spring.ldap.urls=ldaps://svc-bind:${s}@ldap.acme.io:636\n`,
    secret: pw('it-ldap'),
    rule: 'ldap-url-credentials',
  },
  {
    syntax: 'Oracle thin JDBC URL',
    file: 'conf/db.properties',
    content: (s) => `db.url=jdbc:oracle:thin:app/${s}@db.acme.io:1521/ORCLPDB1\n`,
    secret: pw('it-ora'),
    rule: 'jdbc-oracle-thin-password',
  },
  {
    syntax: 'curl -u in a GitHub Actions step',
    file: '.github/workflows/deploy.yml',
    content: (s) =>
      `jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: curl -fsS -u deploy:${s} -T app.tgz https://files.acme.io/\n`,
    secret: pw('it-curl'),
    rule: 'curl-user-password',
  },
  {
    syntax: 'Bearer header in a shell script',
    file: 'scripts/sync.sh',
    content: (s) => `curl -H "Authorization: Bearer ${s}" https://api.acme.io/v1/sync\n`,
    secret: fake(ALNUM, 40, 'it-bearer'),
    rule: 'http-bearer-token-header',
  },
  {
    syntax: 'docker login -p in a GitLab CI job',
    file: '.gitlab-ci.yml',
    content: (s) => `build:\n  script:\n    - docker login -u acme -p ${s} registry.acme.io\n`,
    secret: pw('it-docker'),
    rule: 'docker-login-password',
  },
  {
    syntax: 'Kubernetes Secret with data:',
    file: 'k8s/db-secret.yaml',
    content: (s) =>
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n  username: ${b64('app')}\n  password: ${s}\n`,
    secret: b64(pw('it-k8s')),
    rule: 'kubernetes-secret-data',
  },
  {
    syntax: 'Maven settings.xml server password',
    file: 'ci/settings.xml',
    content: (s) =>
      `<settings>\n  <servers>\n    <server>\n      <id>nexus</id>\n      <username>ci</username>\n      <password>${s}</password>\n    </server>\n  </servers>\n</settings>\n`,
    secret: pw('it-mvn'),
    rule: 'xml-password-element',
  },
  {
    syntax: 'Azure Storage identifiable key without a name',
    file: 'src/blob.ts',
    content: (s) => `export const blobKey = '${s}';\n`,
    secret: join(fake(ALNUM + '+/', 76, 'it-ast'), '+A', 'St', fake(ALNUM, 5, 'it-ast2'), 'w=='),
    rule: 'azure-storage-identifiable-key',
  },
  {
    syntax: 'Telegram bot token without a name',
    file: 'bot.py',
    content: (s) => `bot = Bot("${s}")\n`,
    secret: join(fake(DIGITS, 10, 'it-tg'), ':AA', fake(ALNUM, 33, 'it-tg2')),
    rule: 'telegram-bot-token-bare',
  },
  {
    syntax: 'Facebook app access token',
    file: 'src/graph.js',
    content: (s) => `const url = 'https://graph.facebook.com/me?access_token=${s}';\n`,
    secret: join(fake(DIGITS, 15, 'it-fb'), '|', fake(HEX, 32, 'it-fb2')),
    rule: 'facebook-app-access-token',
  },
];

describe('credentials in URLs, HTTP auth and keywordless tokens: a staged file per syntax is blocked', () => {
  it.each(cases.map((c) => [c.syntax, c] as const))('%s', (_syntax, c) => {
    const repo = makeRepo({ [c.file]: c.content(c.secret) });
    repo.stage(c.file);
    const r = repo.scan(['scan', '--staged', '--format', 'json']);
    expect(r.code).toBe(1);
    const findings = (JSON.parse(r.stdout) as { findings: { rule: string; file: string }[] }).findings;
    expect(findings.map((f) => `${f.file} ${f.rule}`)).toContain(`${c.file} ${c.rule}`);
    expect(r.output).not.toContain(c.secret);
  });

  it('lets placeholders and local development defaults through', () => {
    const files = {
      'pip.conf': '[global]\nindex-url = https://${PIP_USER}:${PIP_PASSWORD}@pypi.acme.io/simple/\n',
      'docker-compose.yml': 'services:\n  app:\n    environment:\n      - AMQP_URL=amqp://guest:guest@rabbitmq:5672/\n',
      'deploy.sh': 'curl -u "$USER:$PASS" https://files.acme.io/\ndocker login -u "$U" -p "$P" registry.acme.io\n',
      'k8s/secret.yaml': 'apiVersion: v1\nkind: Secret\nstringData:\n  password: changeme\n',
      'README.md': 'Use `https://user:password@host/path`, or `ftp://user:<password>@host/`.\n',
    };
    const repo = makeRepo(files);
    repo.stage(...Object.keys(files));
    const r = repo.scan();
    expect(r.stdout).toContain('no secrets found');
    expect(r.code).toBe(0);
  });
});
