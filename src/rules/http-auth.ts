/**
 * HTTP and registry authentication written into commands and configuration files: curl and docker login flags,
 * Authorization and API-key headers, Docker and Kubernetes registry auths, Kubernetes Secrets, .npmrc, .netrc,
 * .pypirc, nuget.config, Maven settings. The secret is the password or token alone.
 */
import { ALNUM, B64, B64URL, DIGITS, HEX, fake, fakeUuid, join } from './fake.js';
import { PASSWORD_PLACEHOLDER, UUID } from './context.js';
import { base64Bytes, jsonObject } from './decode.js';
import { QUOTE, ci, lit, prefixed } from './shape.js';
import type { RuleFamily } from './types.js';

const password = (seed: string): string => join(fake(ALNUM, 14, seed), fake(DIGITS, 4, `${seed}d`));
const b64 = (text: string): string => Buffer.from(text).toString('base64');

/** A quote that may close the value, possibly escaped inside a JSON string. */
const CLOSE = '(?=\\\\?["\'`]|\\s|$)';
/** Characters of a password on a command line: what a shell would need quoted, and template markers, end it. */
const CLI_VALUE = '[^\\s"\'`$<>{}()\\[\\]\\\\]';
/** A token value in a header or config file. */
const TOKEN_VALUE = '[A-Za-z0-9._~+/-]';
/** Token values that are code or words, not credentials: no digit, no letter, dotted references, JWTs (the jwt rule). */
const NOT_A_TOKEN = new RegExp(
  ['^[^0-9]*$', '^[^A-Za-z]*$', '^eyJ', '^[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)+$', `^${UUID}$`].join('|'),
);
/** Placeholder passwords, plus values without a digit (words, identifiers). */
const WORDY_PASSWORD = new RegExp(`${PASSWORD_PLACEHOLDER.source}|^[^0-9]*$`);

/** Pairs that documentation uses in Basic-auth examples, as the base64 a header carries. */
const DOC_PAIRS = new RegExp(
  `^(?:${['user:password', 'username:password', 'user:pass', 'admin:admin', 'admin:password', 'foo:bar', 'test:test']
    .concat([['Aladdin', 'open sesame'].join(':')])
    .map((pair) => lit(b64(pair)))
    .join('|')})$`,
);

/** Base64 of `user:password` with a password that is not a placeholder. */
function isBasicPair(secret: string): boolean {
  const text = base64Bytes(secret)?.toString('latin1') ?? '';
  const m = /^([\x21-\x39\x3b-\x7e]{0,128}):([\x20-\x7e]{6,256})$/.exec(text);
  return m !== null && m[1] !== m[2] && !PASSWORD_PLACEHOLDER.test(m[2]!);
}

/** Base64 of printable text (a .npmrc _password, a Secret's data value). */
function isPrintableBase64(secret: string): boolean {
  const text = base64Bytes(secret)?.toString('latin1');
  return text !== undefined && /^[\x20-\x7e]{4,}$/.test(text);
}

const ROTATE_PASSWORD =
  'Change the password (or revoke the token) where it was issued, then pass it from an environment variable or a secret store instead of the command or file.';
const REGISTRY =
  'Revoke the registry password or access token (Docker Hub: https://app.docker.com/settings/personal-access-tokens; other registries: their access-token page), then use a credential helper or `--password-stdin`.';
const NPM_REVOKE =
  'Revoke it at https://www.npmjs.com/settings/~/tokens (or the registry’s token page) and reference ${NPM_TOKEN} in .npmrc instead.';

const COMMAND_PASSWORD = `(?:=|[ \\t]{1,4})${QUOTE}(?<secret>${CLI_VALUE}{6,128})${CLOSE}`;
const HEADER_SEP = `${QUOTE}[ \\t]{0,4}[:=,][ \\t]{0,4}${QUOTE}`;
const API_KEY_HEADERS = ['x-api-key', 'x-api-token', 'x-apikey', 'x-auth-token', 'x-auth-key', 'x-access-token'];
const DOCKER_LOGIN = ['docker', 'podman', 'buildah', 'skopeo', 'nerdctl', 'oras', 'registry'];
const LDAP_TOOLS = ['ldapsearch', 'ldapmodify', 'ldapadd', 'ldapdelete', 'ldapwhoami', 'ldappasswd', 'ldapcompare'];
/** A quote, possibly escaped inside a JSON string (a notebook cell). */
const Q = '\\\\?["\'`]';
const SECRET_KINDS = ['kind: secret', 'kind: "secret"', "kind: 'secret'"];

export const httpAuth: RuleFamily = {
  family: 'http-auth',
  rules: [
    {
      id: 'curl-user-password',
      provider: 'HTTP Basic auth',
      description: 'curl -u / --user user:password on a command line',
      keywords: ['curl'],
      regex: new RegExp(
        `(?<![A-Za-z0-9_-])(?:-u|--user)(?:=|[ \\t]{1,4})${QUOTE}(?<user>[^\\s:"'\`$<>{}\\\\]{1,64}):` +
          `(?!\\k<user>${CLOSE})(?<secret>[^\\s"'\`$<>{}\\\\@]{6,128})${CLOSE}`,
      ),
      entropy: 2.5,
      reject: PASSWORD_PLACEHOLDER,
      remediation: ROTATE_PASSWORD,
      examples: () => ({
        match: [
          `FETCH_CMD=curl -fsS -u deploy:${password('cu1')} https://nexus.acme.io/repository/raw/app.tgz -O`,
          `UPLOAD="curl --user 'ci:${password('cu2')}' -T build.zip https://files.acme.io/"`,
        ],
        noMatch: [
          'curl -u "$NEXUS_USER:$NEXUS_PASSWORD" https://nexus.acme.io/',
          'curl -u user:password https://api.acme.io/',
          'curl -u admin:${ADMIN_TOKEN} https://api.acme.io/',
          'curl -u admin:<password> https://api.acme.io/',
          'curl -u jenkins:jenkins http://localhost:8080/',
          'curl -u elastic https://localhost:9200/',
        ],
      }),
    },
    {
      id: 'docker-login-password',
      provider: 'Container registry',
      description: 'docker / podman / helm registry login with -p or --password on the command line',
      keywords: DOCKER_LOGIN.map((tool) => `${tool} login`),
      regex: new RegExp(
        `(?:${DOCKER_LOGIN.join('|')})[ \\t]{1,4}login\\b[^\\n;|&]{0,200}?[ \\t](?:-p|--password)${COMMAND_PASSWORD}`,
      ),
      entropy: 2.5,
      reject: PASSWORD_PLACEHOLDER,
      remediation: REGISTRY,
      examples: () => ({
        match: [
          `LOGIN_CMD=docker login -u acmeci -p ${password('dl1')} registry.acme.io`,
          `LOGIN_CMD="podman login quay.io --username acme+ci --password=${password('dl2')}"`,
        ],
        noMatch: [
          'docker login -u "$CI_REGISTRY_USER" -p "$CI_REGISTRY_PASSWORD" "$CI_REGISTRY"',
          'echo "$TOKEN" | docker login ghcr.io -u acme --password-stdin',
          'docker login -u admin -p password registry.acme.io',
          'docker login -u acme -p <your-password>',
        ],
      }),
    },
    {
      id: 'command-line-password',
      provider: 'Command line',
      description:
        'Password passed as a --password / --…-password flag (wget, dotnet nuget, twine, database and admin CLIs)',
      keywords: ['-password', '-passwd'],
      regex: new RegExp(`(?<![A-Za-z0-9_-])--(?:[a-z]{1,12}-)?passw(?:or)?d${COMMAND_PASSWORD}`),
      entropy: 2.5,
      reject: PASSWORD_PLACEHOLDER,
      remediation: ROTATE_PASSWORD,
      examples: () => ({
        match: [
          `ADD_FEED=dotnet nuget add source https://pkgs.acme.io/nuget -n acme -u ci --password ${password('cl1')} --store-password-in-clear-text`,
          `FETCH="wget --http-user=ci --http-password=${password('cl2')} https://files.acme.io/app.tgz"`,
        ],
        noMatch: [
          'twine upload --password "$TWINE_PASSWORD" dist/*',
          'cli --password PASSWORD',
          'cli --password=changeme',
          'parser.add_argument("--password", help="the password")',
          'docker login --password-stdin',
        ],
      }),
    },
    {
      id: 'http-basic-auth-header',
      provider: 'HTTP Basic auth',
      description: 'Authorization: Basic header with base64 user:password (curl -H, request headers, .http files)',
      keywords: ['basic '],
      regex: new RegExp(
        `(?:${ci('authorization')}${HEADER_SEP}(?:Basic|basic|BASIC)|(?<=["'\`])Basic)[ \\t]{1,4}` +
          '(?<secret>(?:[A-Za-z0-9+/]{4}){3,256}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?)(?![A-Za-z0-9+/=])',
      ),
      entropy: 3,
      reject: DOC_PAIRS,
      validate: isBasicPair,
      remediation: ROTATE_PASSWORD,
      examples: () => ({
        match: [
          `DEPLOY_HEADER=Authorization: Basic ${b64(`ci:${password('ba1')}`)}`,
          `REPORT_HEADERS="Authorization: Basic ${b64(`svc-report:${password('ba2')}`)}"`,
        ],
        noMatch: [
          `curl -H 'Authorization: Basic ${b64('user:password')}' https://api.acme.io/`,
          'headers = {"Authorization": "Basic " + base64.b64encode(creds)}',
          'Authorization: Basic <credentials>',
          'the Basic plan costs less',
          'test("Basic transformations", () => {',
        ],
      }),
    },
    {
      id: 'http-bearer-token-header',
      provider: 'HTTP Bearer auth',
      description: 'Bearer token written into a header or command (Authorization: Bearer …)',
      keywords: ['bearer'],
      regex: new RegExp(
        `(?<![A-Za-z0-9_])(?:Bearer|bearer|BEARER)[ \\t]{1,4}(?<secret>${TOKEN_VALUE}{20,2048}={0,2})(?![A-Za-z0-9._~+/=-])`,
      ),
      entropy: 3.5,
      reject: NOT_A_TOKEN,
      remediation:
        'Revoke the token with whoever issued it (the API’s token or app settings page), then read it from an environment variable.',
      examples: () => ({
        match: [
          `API_HEADER=Authorization: Bearer ${fake(B64URL, 40, 'be1')}`,
          `AUTH_HEADER="Bearer ${fake(ALNUM, 32, 'be2')}"`,
        ],
        noMatch: [
          'headers: { Authorization: `Bearer ${token}` }',
          'curl -H "Authorization: Bearer $(gcloud auth print-access-token)" https://api.acme.io/',
          'Authorization: Bearer YOUR_ACCESS_TOKEN_HERE',
          'Authorization: Bearer this.session.accessToken',
          `Authorization: Bearer ${fakeUuid('be3')}`,
        ],
      }),
    },
    {
      id: 'api-key-header',
      provider: 'HTTP API key',
      description: 'API key in an X-API-Key, X-Auth-Token or X-Access-Token header (curl -H, request headers)',
      keywords: API_KEY_HEADERS,
      regex: new RegExp(
        `(?<![A-Za-z0-9_-])(?:${API_KEY_HEADERS.map(ci).join('|')})${HEADER_SEP}` +
          `(?<secret>${TOKEN_VALUE}{16,512}={0,2})(?![A-Za-z0-9._~+/=-])`,
      ),
      entropy: 3.5,
      reject: NOT_A_TOKEN,
      remediation: 'Revoke the key in the API provider’s console and read the new one from an environment variable.',
      examples: () => ({
        match: [
          `STATUS_HEADER=X-API-Key: ${fake(HEX, 40, 'ak1')}`,
          `HEADERS = {"x-auth-token": "${fake(ALNUM, 32, 'ak2')}"}`,
        ],
        noMatch: [
          'headers["X-API-Key"] = os.environ["ACME_API_KEY"]',
          'X-API-Key: <your-api-key>',
          "req.set('x-api-key', apiKey)",
          'X-API-Key: ${ACME_API_KEY}',
        ],
      }),
    },
    {
      id: 'docker-config-auth',
      provider: 'Container registry',
      description: 'Docker config.json / DOCKER_AUTH_CONFIG registry auth ("auth": base64 of user:password)',
      keywords: ['"auth"', 'auth\\"'],
      regex: new RegExp(`\\\\?"auth\\\\?"[ \\t]{0,4}:[ \\t]{0,4}\\\\?"(?<secret>[A-Za-z0-9+/]{12,1024}={0,2})\\\\?"`),
      entropy: 3,
      reject: DOC_PAIRS,
      validate: isBasicPair,
      remediation: REGISTRY,
      examples: () => ({
        match: [
          `DOCKER_AUTH_CONFIG={"auths":{"registry.acme.io":{"auth":"${b64(`ci:${password('dc1')}`)}"}}}`,
          `{\n  "auths": {\n    "https://index.docker.io/v1/": {\n      "auth": "${b64(`acme:${password('dc2')}`)}"\n    }\n  }\n}`,
        ],
        noMatch: [
          '{"auths":{"registry.acme.io":{"auth":""}}}',
          `{"auths":{"registry.acme.io":{"auth":"${b64('user:password')}"}}}`,
          '"auth": "${REGISTRY_AUTH}"',
        ],
      }),
    },
    {
      id: 'kubernetes-dockerconfigjson',
      provider: 'Kubernetes',
      description: 'Kubernetes image pull secret: base64 .dockerconfigjson ({"auths":…})',
      keywords: ['eyjhdxrocyi6'],
      regex: prefixed('eyJhdXRocyI6', '[A-Za-z0-9+/]{16,8000}={0,2}'),
      entropy: 3.5,
      validate: (secret) => typeof jsonObject(secret)?.['auths'] === 'object',
      remediation: `${REGISTRY} Then recreate the pull secret with \`kubectl create secret docker-registry\` from a CI variable.`,
      examples: () => ({
        match: [
          `data:\n  .dockerconfigjson: ${b64(JSON.stringify({ auths: { 'registry.acme.io': { auth: b64(`ci:${password('kd1')}`) } } }))}`,
        ],
        noMatch: ['  .dockerconfigjson: {{ .Values.pullSecret }}', `  .dockerconfigjson: ${join('eyJhdXRo', 'cyI6')}`],
      }),
    },
    {
      id: 'kubernetes-secret-string-data',
      provider: 'Kubernetes',
      description: 'Plain-text value under stringData: of a Kubernetes Secret manifest',
      keywords: ['stringdata:'],
      span: 1500,
      regex: new RegExp(
        `\\n(?: {2}|\\t)[A-Za-z0-9_.-]{1,100}:[ \\t]{1,4}(?<q>["']?)(?<secret>[^\\s"'#{}$<>|,:@]{8,512})\\k<q>[ \\t]*(?=\\r?\\n|$)`,
      ),
      entropy: 3,
      reject: WORDY_PASSWORD,
      remediation:
        'Rotate the credential, then keep it out of the manifest: create the Secret from CI (`kubectl create secret`), or use Sealed Secrets, SOPS or an external secrets operator.',
      examples: () => ({
        match: [
          `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\ntype: Opaque\nstringData:\n  DB_PASSWORD: ${password('ks1')}\n  API_TOKEN: "${fake(ALNUM, 32, 'ks2')}"\n`,
        ],
        noMatch: [
          'kind: Secret\nstringData:\n  DB_PASSWORD: changeme\n  API_TOKEN: {{ .Values.apiToken }}\n',
          'kind: Secret\nstringData:\n  DB_PASSWORD: ${DB_PASSWORD}\n',
        ],
      }),
    },
    {
      id: 'kubernetes-secret-data',
      provider: 'Kubernetes',
      description:
        'Base64 value under data: of a Kubernetes Secret manifest (kind: Secret first, as manifests are written)',
      keywords: SECRET_KINDS,
      span: 3000,
      regex: new RegExp(
        `\\n(?: {2}|\\t)[A-Za-z0-9_.-]{1,100}:[ \\t]{1,4}(?<q>["']?)(?<secret>[A-Za-z0-9+/]{12,4096}={0,2})\\k<q>[ \\t]*(?=\\r?\\n|$)`,
      ),
      entropy: 3,
      reject: new RegExp(
        `^[A-Za-z]*$|^(?:${['password', 'changeme', 'mypassword', 'supersecret', 'password123', 'postgres', 'username']
          .map((w) => lit(b64(w)))
          .join('|')})$`,
      ),
      validate: isPrintableBase64,
      remediation:
        'Rotate the credential (base64 is an encoding, not encryption), then create the Secret from CI (`kubectl create secret`) or use Sealed Secrets, SOPS or an external secrets operator.',
      examples: () => ({
        match: [
          `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n  password: ${b64(password('kd2'))}\n`,
        ],
        noMatch: [
          `kind: Secret\nmetadata:\n  name: db\ndata:\n  password: ${b64('password')}\n`,
          'kind: Secret\ndata:\n  password: {{ .Values.password | b64enc }}\n',
        ],
      }),
    },
    {
      id: 'nuget-cleartext-password',
      provider: 'NuGet',
      description: 'nuget.config package source credential stored as ClearTextPassword',
      keywords: ['cleartextpassword'],
      regex: new RegExp(
        `${ci('ClearTextPassword')}\\\\?["'][ \\t]{1,4}${ci('value')}[ \\t]*=[ \\t]*\\\\?["'](?<secret>[^"'<>$%\\s\\\\]{6,512})\\\\?["']`,
      ),
      entropy: 2.5,
      reject: PASSWORD_PLACEHOLDER,
      remediation:
        'Revoke the feed’s personal access token (Azure DevOps: User settings → Personal access tokens; GitHub: Settings → Developer settings), then use %ENV_VAR% in nuget.config or a credential provider.',
      examples: () => ({
        match: [
          `<packageSourceCredentials>\n  <acme>\n    <add key="Username" value="ci" />\n    <add key="ClearTextPassword" value="${fake(ALNUM, 52, 'ng1')}" />\n  </acme>\n</packageSourceCredentials>\n`,
        ],
        noMatch: [
          '    <add key="ClearTextPassword" value="%NUGET_FEED_PAT%" />',
          '    <add key="ClearTextPassword" value="password" />',
        ],
      }),
    },
    {
      id: 'netrc-password',
      provider: 'netrc',
      description: '.netrc / _netrc entry with a password (machine … login … password …)',
      keywords: ['machine'],
      span: 300,
      regex: new RegExp(
        `(?<![A-Za-z0-9_])machine[ \\t]+[^\\s]{1,253}(?:[ \\t\\r\\n]+(?:login|account)[ \\t]+[^\\s]{1,256}){0,2}` +
          `[ \\t\\r\\n]+password[ \\t]+(?<secret>[^\\s"'\`$<>{}\\\\]{6,256})`,
      ),
      entropy: 2.5,
      reject: PASSWORD_PLACEHOLDER,
      remediation: `${ROTATE_PASSWORD} Keep ~/.netrc out of the repository (chmod 600, in your home directory).`,
      examples: () => ({
        match: [
          `machine git.acme.io\n  login ci-bot\n  password ${password('nr2')}\n`,
          `run: echo "machine api.acme.io login ci password ${password('nr1')}" > ~/.netrc`,
        ],
        noMatch: [
          'echo "machine github.com login x password ${{ secrets.GH_TOKEN }}" > ~/.netrc',
          'machine api.acme.io login me password <password>',
          'the state machine password check',
        ],
      }),
    },
    {
      id: 'pypirc-password',
      provider: 'PyPI',
      description: '.pypirc repository section with a password',
      keywords: ['[pypi]', '[testpypi]', '[server-login]'],
      span: 600,
      regex: new RegExp(
        `\\[(?:pypi|testpypi|server-login)\\][^\\[]{0,500}?\\n[ \\t]*password[ \\t]*[:=][ \\t]*(?<secret>[^\\s"'$<>{}%]{6,256})`,
      ),
      entropy: 2.5,
      reject: PASSWORD_PLACEHOLDER,
      remediation:
        'Change the password or revoke the token at https://pypi.org/manage/account/ (API tokens), and let twine read TWINE_PASSWORD or keyring instead.',
      examples: () => ({
        match: [`[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = acme\npassword = ${password('pr1')}\n`],
        noMatch: [
          '[pypi]\nusername = __token__\npassword = <your-token>\n',
          '[pypi]\nusername = acme\npassword = %(PYPI_PASSWORD)s\n',
        ],
      }),
    },
    {
      id: 'npm-legacy-auth-token',
      provider: 'npm',
      description: 'Legacy npm auth token (UUID) in .npmrc (//registry…/:_authToken=)',
      keywords: ['_authtoken'],
      regex: new RegExp(`:_authToken[ \\t]*=[ \\t]*${QUOTE}(?<secret>${UUID})(?![A-Za-z0-9-])`),
      remediation: NPM_REVOKE,
      examples: () => ({
        match: [`registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${fakeUuid('nl1')}\n`],
        noMatch: ['//registry.npmjs.org/:_authToken=${NPM_TOKEN}', '//registry.npmjs.org/:_authToken=<uuid>'],
      }),
    },
    {
      id: 'npmrc-auth-token',
      provider: 'npm registry',
      description:
        'Registry token in .npmrc (//host/:_authToken=…): GitHub Packages, Artifactory, Azure Artifacts, Verdaccio',
      keywords: ['_authtoken'],
      regex: new RegExp(
        `:_authToken[ \\t]*=[ \\t]*${QUOTE}(?<secret>${TOKEN_VALUE}{20,512}={0,2})(?![A-Za-z0-9._~+/=-])`,
      ),
      entropy: 3.5,
      reject: NOT_A_TOKEN,
      remediation: NPM_REVOKE,
      examples: () => ({
        match: [`@acme:registry=https://pkgs.acme.io/npm/\n//pkgs.acme.io/npm/:_authToken=${fake(B64, 64, 'na1')}\n`],
        noMatch: ['//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}', '//pkgs.acme.io/npm/:_authToken=YOUR_AUTH_TOKEN'],
      }),
    },
    {
      id: 'npmrc-basic-auth',
      provider: 'npm registry',
      description: '.npmrc _auth (base64 user:password) or _password (base64 password)',
      keywords: ['_auth', '_password'],
      regex: new RegExp(
        `(?:(?<=:)|^[ \\t]*)_(?:auth|password)[ \\t]*=[ \\t]*${QUOTE}(?<secret>[A-Za-z0-9+/]{8,512}={0,2})(?![A-Za-z0-9+/=])`,
      ),
      entropy: 2.5,
      reject: DOC_PAIRS,
      validate: isPrintableBase64,
      remediation: NPM_REVOKE,
      examples: () => ({
        match: [
          `//pkgs.acme.io/npm/:username=ci\n//pkgs.acme.io/npm/:_password=${b64(password('nb1'))}\n`,
          `registry=https://pkgs.acme.io/npm/\nalways-auth=true\n_auth=${b64(`ci:${password('nb2')}`)}\n`,
        ],
        noMatch: [
          `DB_PASSWORD=${b64(password('nb3'))}`,
          '//pkgs.acme.io/npm/:_password=${NPM_PASSWORD}',
          `_auth=${b64('user:password')}`,
        ],
      }),
    },
    {
      id: 'xml-password-element',
      provider: 'XML configuration',
      description: 'Password in a <password> element (Maven settings.xml servers, Ant, server configs)',
      keywords: ['<password>'],
      regex: new RegExp(`<(?:password|Password|PASSWORD)>(?<secret>[^<>\\s$%{}]{6,256})</`),
      entropy: 2.5,
      reject: PASSWORD_PLACEHOLDER,
      remediation: `${ROTATE_PASSWORD} Maven: \${env.REPO_PASSWORD} or an encrypted password (mvn --encrypt-password).`,
      examples: () => ({
        match: [
          `<server>\n  <id>nexus</id>\n  <username>ci</username>\n  <password>${password('xp1')}</password>\n</server>\n`,
        ],
        noMatch: [
          '      <password>${env.NEXUS_PASSWORD}</password>',
          '      <password>{COQLCE6DU6GtcS5P=}</password>',
          '      <password>changeme</password>',
        ],
      }),
    },
    {
      id: 'mysql-cli-password',
      provider: 'MySQL',
      description: 'MySQL client password written after -p (mysql, mysqldump, mysqladmin)',
      keywords: ['mysql'],
      regex: new RegExp(
        `(?<![A-Za-z0-9_-])mysql(?:dump|admin|import|check|sh|pump)?(?:[ \\t][^\\n;|&]{0,200}?)?[ \\t]-p(?<q>\\\\?["']?)` +
          `(?<secret>[^\\s"'\`$<>{}()\\\\-]${CLI_VALUE}{5,127})\\k<q>(?=[\\s"'\`;|&)]|$)`,
      ),
      entropy: 2.5,
      reject: PASSWORD_PLACEHOLDER,
      remediation:
        "Change the MySQL user's password (ALTER USER … IDENTIFIED BY), then use an option file (~/.my.cnf, chmod 600) or MYSQL_PWD from a secret store.",
      examples: () => ({
        match: [`BACKUP_CMD=mysqldump -h db.acme.io -u backup -p${password('my1')} app`],
        noMatch: [
          'mysql -u root -p',
          'mysql -u root -p"$MYSQL_ROOT_PASSWORD" app',
          'mysql -uroot -proot',
          'mysql -h db -P 3306 -u app',
        ],
      }),
    },
    {
      id: 'sshpass-password',
      provider: 'SSH',
      description: 'SSH password passed to sshpass -p',
      keywords: ['sshpass'],
      regex: new RegExp(`sshpass[ \\t]{1,4}-p[ \\t]{0,4}${QUOTE}(?<secret>${CLI_VALUE}{6,128})${CLOSE}`),
      entropy: 2.5,
      reject: PASSWORD_PLACEHOLDER,
      remediation:
        "Change the account's password on the host and switch to key-based authentication (or sshpass -e with SSHPASS from a secret store).",
      examples: () => ({
        match: [`COPY_CMD=sshpass -p ${password('sp1')} scp app.tgz deploy@203.0.113.9:/srv/`],
        noMatch: [
          'sshpass -p "$SSH_PASSWORD" ssh deploy@host',
          'sshpass -e ssh deploy@host',
          'sshpass -p password ssh pi@raspberrypi',
        ],
      }),
    },
    {
      id: 'ldap-bind-password',
      provider: 'LDAP',
      description: 'LDAP bind password passed with -w to ldapsearch, ldapmodify and the other OpenLDAP tools',
      keywords: LDAP_TOOLS,
      regex: new RegExp(
        `(?:${LDAP_TOOLS.join('|')})\\b[^\\n;|&]{0,300}?[ \\t]-w[ \\t]{1,4}${QUOTE}(?<secret>${CLI_VALUE}{6,128})${CLOSE}`,
      ),
      entropy: 2.5,
      reject: PASSWORD_PLACEHOLDER,
      remediation: "Reset the bind account's password in the directory, then use -y <password file> or -W (prompt).",
      examples: () => ({
        match: [
          `LOOKUP_CMD=ldapsearch -H ldaps://ldap.acme.io -D cn=svc,dc=acme,dc=io -w ${password('lb1')} -b dc=acme,dc=io`,
        ],
        noMatch: [
          'ldapsearch -x -D cn=admin -w "$LDAP_PASSWORD" -b dc=acme',
          'ldapsearch -x -D cn=admin -W -b dc=acme',
        ],
      }),
    },
    {
      id: 'code-basic-auth-password',
      provider: 'HTTP Basic auth',
      description:
        'Password literal passed to a Basic/Digest auth call (requests auth=(…), HTTPBasicAuth, SetBasicAuth)',
      keywords: ['basicauth', 'digestauth', 'basic_auth', 'auth=(', 'auth = ('],
      regex: new RegExp(
        `(?:${['SetBasicAuth', 'HTTPBasicAuth', 'HTTPDigestAuth', 'BasicAuth', 'basicAuth', 'basic_auth'].join('|')}|(?<![A-Za-z0-9_])auth[ \\t]?=[ \\t]?)` +
          `[ \\t]*\\(?[ \\t]*${Q}(?<user>[^"'\`\\\\\\n]{1,64})${Q}[ \\t]*,[ \\t]*${Q}(?!\\k<user>${Q})(?<secret>[^"'\`\\s$<>{}\\\\]{6,128})${Q}`,
      ),
      entropy: 2.5,
      reject: PASSWORD_PLACEHOLDER,
      remediation: `${ROTATE_PASSWORD}`,
      examples: () => ({
        match: [
          `REPORT_CALL=requests.get(url, auth=('reporting', '${password('cb1')}'))`,
          `req.SetBasicAuth("ci", "${password('cb2')}")`,
        ],
        noMatch: [
          'requests.get(url, auth=("user", os.environ["PASSWORD"]))',
          'req.SetBasicAuth("admin", "password")',
          'auth = HTTPBasicAuth("user", "pass")',
        ],
      }),
    },
  ],
};
