/**
 * Credentials written into a URL's userinfo (`scheme://user:password@host`), for the schemes the database family
 * does not own: web and package registries, file transfer, directories, mail, remote shells, streaming, message
 * brokers and proxies, then any other scheme. Placeholders, defaults and local development hosts are left alone
 * (see credentialUrl and PASSWORD_PLACEHOLDER).
 */
import { ALNUM, DIGITS, LOWER, fake, join } from './fake.js';
import { LOCAL_HOST, PASSWORD_PLACEHOLDER, credentialUrl, strongPassword } from './context.js';
import type { Rule, RuleFamily } from './types.js';

const password = (seed: string): string => join(fake(ALNUM, 14, seed), fake(DIGITS, 4, `${seed}d`));

/** The cases every URL rule stays silent on: templates, documentation words, defaults, local development. */
function urlNoMatch(scheme: string, host: string): string[] {
  return [
    `${scheme}://user:password@${host}/`,
    `${scheme}://deploy:\${DEPLOY_PASSWORD}@${host}/`,
    `${scheme}://deploy:<password>@${host}/`,
    `${scheme}://deploy:****@${host}/`,
    `${scheme}://admin:changeme@${host}/`,
    `${scheme}://dev:devpass1@localhost/`,
    `${scheme}://${host}/`,
  ];
}

interface UrlExample {
  /** The variable the first example assigns the URL to. */
  name: string;
  scheme: string;
  host: string;
  tail?: string;
  user?: string;
}

/** A URL rule: the secret is the password of the userinfo. */
function urlRule(
  id: string,
  provider: string,
  description: string,
  keywords: string[],
  scheme: string,
  remediation: string,
  example: UrlExample,
  extra: { match?: string[]; noMatch?: string[] } = {},
): Rule {
  return {
    id,
    provider,
    description,
    keywords,
    regex: credentialUrl(scheme),
    entropy: 2.5,
    reject: PASSWORD_PLACEHOLDER,
    remediation,
    examples: () => ({
      match: [
        `${example.name}=${example.scheme}://${example.user ?? 'deploy'}:${password(id)}@${example.host}${example.tail ?? '/'}`,
        ...(extra.match ?? []),
      ],
      noMatch: [...urlNoMatch(example.scheme, example.host), ...(extra.noMatch ?? [])],
    }),
  };
}

const ROTATE =
  'Change the password (or revoke the token) on the server the URL points to, then keep the credential out of the URL: an environment variable, a credential helper or the tool’s own secret store.';

/** Oracle's thin JDBC URL carries the credentials before the host: jdbc:oracle:thin:user/password@host:1521/SERVICE. */
const ORACLE_THIN = new RegExp(
  `jdbc:oracle:thin:(?<user>[A-Za-z0-9_$#]{1,30})/(?!\\k<user>@)` +
    `(?:${strongPassword('@')}|(?![^@\\s]{0,130}@(?://)?${LOCAL_HOST}))(?<secret>[^\\s@/"'\`<>{}\\\\]{6,128})@(?://)?[A-Za-z0-9\\[(]`,
);

export const urls: RuleFamily = {
  family: 'urls',
  rules: [
    urlRule(
      'http-url-credentials',
      'HTTP',
      'HTTP(S) URL with a password: git remotes and .git-credentials, pip index-url, npm and Maven registries, proxies, WebDAV, web sockets',
      ['http://', 'https://', 'ws://', 'wss://', 'dav://', 'davs://'],
      '(?:git\\+)?https?|wss?|davs?',
      `${ROTATE} For a git remote: \`git remote set-url origin https://host/path\`; for pip: PIP_INDEX_URL or keyring.`,
      { name: 'PIP_INDEX_URL', scheme: 'https', host: 'pypi.acme.io/simple/', tail: '' },
      {
        match: [
          `run: echo "https://ci-bot:${password('gc1')}@git.acme.io" >> ~/.git-credentials`,
          `run: git clone https://deploy:${password('gc2')}@git.acme.io/acme/app.git`,
          `repository: url: "https://maven:${password('mv1')}@repo.acme.io/releases"`,
        ],
        noMatch: [
          'git clone https://github.com/acme/app.git',
          'https://x-access-token:${{ secrets.GITHUB_TOKEN }}@github.com/acme/app.git',
          'HTTPS_PROXY=http://squid:devproxy1@proxy:3128',
          'see https://user:pass@host/path for the syntax',
        ],
      },
    ),
    urlRule(
      'ftp-url-credentials',
      'FTP',
      'FTP, FTPS or SFTP URL with a password',
      ['ftp://', 'ftps://', 'sftp://'],
      's?ftps?',
      ROTATE,
      { name: 'FTP_URL', scheme: 'ftp', host: 'files.acme.io', tail: '/upload' },
      { match: [`lftp_target: "sftp://uploader:${password('ft2')}@203.0.113.7:22/in"`] },
    ),
    urlRule(
      'ldap-url-credentials',
      'LDAP',
      'LDAP or LDAPS URL with a bind password',
      ['ldap://', 'ldaps://'],
      'ldaps?',
      `${ROTATE} Reset the bind account's password in the directory.`,
      { name: 'LDAP_URL', scheme: 'ldaps', host: 'ldap.acme.io:636', tail: '/dc=acme,dc=io', user: 'svc-bind' },
    ),
    urlRule(
      'mail-url-credentials',
      'Mail server',
      'SMTP, IMAP or POP3 URL with a password (smtp://, smtps://, submission://, imap(s)://, pop3(s)://)',
      ['smtp://', 'smtps://', 'submission://', 'imap://', 'imaps://', 'pop3://', 'pop3s://'],
      'smtps?|submission|imaps?|pop3s?',
      `${ROTATE} For a mail provider, revoke the SMTP credential or app password in its console.`,
      { name: 'EMAIL_URL', scheme: 'smtps', host: 'smtp.mailgun.org:465', tail: '', user: 'postmaster%40mg.acme.io' },
      { match: [`MAILER_DSN=smtp://apikey:${password('ml2')}@smtp.sendgrid.net:587`] },
    ),
    urlRule(
      'remote-shell-url-credentials',
      'Remote access',
      'SSH, Telnet, rsync, VNC, RDP or Subversion URL with a password',
      ['ssh://', 'telnet://', 'rsync://', 'vnc://', 'rdp://', 'svn://', 'svn+ssh://'],
      'ssh|telnet|rsync|vnc|rdp|svn(?:\\+ssh)?',
      `${ROTATE} Prefer key-based authentication for SSH and rsync.`,
      { name: 'DEPLOY_TARGET', scheme: 'ssh', host: 'build.acme.io:22', tail: '/srv/app' },
    ),
    urlRule(
      'streaming-url-credentials',
      'Streaming',
      'RTSP or RTMP URL with a password (IP cameras, stream ingest)',
      ['rtsp://', 'rtsps://', 'rtmp://', 'rtmps://'],
      'rtsps?|rtmps?',
      `${ROTATE} For a camera, change the device account's password in its admin page.`,
      {
        name: 'CAMERA_URL',
        scheme: 'rtsp',
        host: '198.51.100.20:554',
        tail: '/Streaming/Channels/101',
        user: 'viewer',
      },
    ),
    urlRule(
      'broker-url-credentials',
      'Message broker',
      'MQTT, STOMP or Kafka URL with a password',
      ['mqtt://', 'mqtts://', 'stomp://', 'stomp+ssl://', 'kafka://'],
      'mqtts?|stomp(?:\\+ssl)?|kafka',
      `${ROTATE} Rotate the broker user's password or the device credential.`,
      { name: 'MQTT_URL', scheme: 'mqtts', host: 'b-1.mq.eu-west-1.amazonaws.com:8883', tail: '' },
    ),
    urlRule(
      'proxy-url-credentials',
      'Proxy',
      'SOCKS proxy URL with a password (socks4://, socks5://, socks5h://)',
      ['socks4://', 'socks4a://', 'socks5://', 'socks5h://'],
      'socks(?:4a?|5h?)',
      `${ROTATE} Rotate the proxy account's password with the proxy provider.`,
      { name: 'ALL_PROXY', scheme: 'socks5h', host: 'gate.proxies.acme.io:7000', tail: '' },
    ),
    {
      id: 'jdbc-oracle-thin-password',
      provider: 'Oracle',
      description: 'Oracle thin JDBC URL with the password before the host (jdbc:oracle:thin:user/password@host)',
      keywords: ['jdbc:oracle:thin:'],
      regex: ORACLE_THIN,
      entropy: 2.5,
      reject: PASSWORD_PLACEHOLDER,
      remediation:
        "Change the database user's password (ALTER USER … IDENTIFIED BY), update the deployments, and pass the password through the data source's own property.",
      examples: () => ({
        match: [
          `DB_URL=jdbc:oracle:thin:app/${password('or1')}@db.acme.io:1521/ORCLPDB1`,
          `url: "jdbc:oracle:thin:app/${password('or2')}@//10.20.0.5:1521/sales"`,
        ],
        noMatch: [
          'DB_URL=jdbc:oracle:thin:scott/tiger@localhost:1521:orcl',
          'DB_URL=jdbc:oracle:thin:app/${DB_PASSWORD}@db.acme.io:1521/ORCLPDB1',
          'DB_URL=jdbc:oracle:thin:@db.acme.io:1521/ORCLPDB1',
          'DB_URL=jdbc:oracle:thin:system/system@db.acme.io:1521/XE',
        ],
      }),
    },
    {
      id: 'url-credentials',
      provider: 'Unknown',
      description: 'URL of any other scheme with a password in it (scheme://user:password@host)',
      keywords: ['://'],
      regex: credentialUrl('[a-z][a-z0-9+.-]{1,24}'),
      entropy: 2.5,
      reject: PASSWORD_PLACEHOLDER,
      generic: true,
      remediation: ROTATE,
      examples: () => ({
        match: [
          `BACKUP_TARGET=s3+http://backup:${password('uc1')}@minio.acme.io:9000/bucket`,
          `WEBHOOK=xmpp://bot:${password('uc2')}@chat.acme.io`,
        ],
        noMatch: [...urlNoMatch('xmpp', 'chat.acme.io'), `note = "${fake(LOWER, 12, 'uc3')}://"`],
      }),
    },
  ],
};
