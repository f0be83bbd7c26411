import { ALNUM, B64URL, DIGITS, HEX, LOWER, fake, join } from './fake.js';
import {
  LOCAL_HOST,
  PASSWORD_PLACEHOLDER,
  UUID,
  credentialUrl,
  either,
  keyed,
  nameWith,
  spellings,
  strongPassword,
  words,
} from './context.js';
import { base64Bytes } from './decode.js';
import { ci, prefixed } from './shape.js';
import type { Rule, RuleFamily } from './types.js';

const ROTATE_PASSWORD =
  "Change the database user's password (ALTER USER / the provider console), update the deployments, and read the URL from an environment variable.";
const PLANETSCALE_REVOKE =
  'Delete it at https://app.planetscale.com (organization → Settings → Service tokens, or the branch → Passwords) and create a new one.';

const password = (seed: string): string => join(fake(ALNUM, 14, seed), fake(DIGITS, 4, `${seed}d`));

/** The noMatch cases every connection-URL rule shares: templates, defaults, local development. */
function urlNoMatch(scheme: string, host: string): string[] {
  return [
    `${scheme}://user:password@${host}/app`,
    `${scheme}://app:\${DB_PASSWORD}@${host}/app`,
    `${scheme}://app:<password>@${host}/app`,
    `${scheme}://app:****@${host}/app`,
    `${scheme}://app:%s@${host}/app`,
    `${scheme}://admin:admin@${host}/app`,
    `${scheme}://app:devpass1@localhost:5432/app`,
    `${scheme}://app:${fake(LOWER, 8, scheme)}@db:5432/app`,
    `${scheme}://${host}/app`,
    `${scheme}://alice:s3cretPw@db.example.com:5432/app`,
  ];
}

/** A connection-URL rule: the secret is the password; see credentialUrl for what counts. */
function urlRule(
  id: string,
  provider: string,
  description: string,
  keywords: string[],
  scheme: string,
  example: { name: string; scheme: string; host: string; user?: string; tail?: string },
  extra: { match?: string[]; noMatch?: string[] } = {},
): Rule {
  return {
    id,
    provider,
    description,
    keywords,
    regex: credentialUrl(scheme),
    entropy: 2.3,
    reject: PASSWORD_PLACEHOLDER,
    remediation: ROTATE_PASSWORD,
    examples: () => ({
      match: [
        `${example.name}=${example.scheme}://${example.user ?? 'app'}:${password(id)}@${example.host}${example.tail ?? '/app'}`,
        `url = "${example.scheme}://svc_user:${fake(ALNUM, 24, `${id}2`)}1a@localhost:6000/x"`,
        ...(extra.match ?? []),
      ],
      noMatch: [...urlNoMatch(example.scheme, example.host), ...(extra.noMatch ?? [])],
    }),
  };
}

/** jdbc:…//host…;password=… or ?password=…: the secret is the password parameter. */
const JDBC_PASSWORD = '[^;&\\s"\'`]{6,128}';
const JDBC = new RegExp(
  `jdbc:[a-z0-9]+(?::[a-z0-9]+)*:(?://|(?!/))` +
    `(?:(?=[^\\s"'\`]*?[;?&][Pp]assword=${strongPassword(';&')})|(?!${LOCAL_HOST}))` +
    `[^\\s"'\`]*?[;?&][Pp]assword=(?<secret>${JDBC_PASSWORD})(?![^;&\\s"'\`])`,
);

/** ADO.NET / ODBC connection string: Server=…;…;Password=…; (SQL Server, Azure SQL, also MySQL/Npgsql drivers). */
const ADO_KEY = '(?<![A-Za-z])(?:server|data source|address|addr|network address|host)[ \\t]*=[ \\t]*(?:tcp:)?';
const ADO_LOCAL = `(?:${LOCAL_HOST}|\\(local(?:db)?\\)[^;,]*|\\.)(?=[;,\\\\])`;
const ADO = new RegExp(
  `${ADO_KEY}(?:(?=[^"'\\n]*?(?:password|pwd)[ \\t]*=[ \\t]*${strongPassword(';')})|(?!${ADO_LOCAL}))` +
    `[^;"'\\n]+;(?:[^;"'\\n]*;){0,10}?[ \\t]*(?:password|pwd)[ \\t]*=[ \\t]*(?<secret>[^;"'\\s]{6,128})(?=[;"'\\s]|$)`,
  'i',
);

export const databases: RuleFamily = {
  family: 'databases',
  rules: [
    urlRule(
      'postgres-connection-string',
      'PostgreSQL',
      'Postgres-protocol connection URL with a password (postgres://, postgresql+driver://, cockroachdb://, redshift://; also Neon, Supabase, CockroachDB Cloud)',
      ['postgres', 'cockroachdb', 'redshift'],
      '(?:postgres(?:ql)?|cockroachdb|redshift)(?:\\+[a-z0-9]+)?',
      {
        name: 'DATABASE_URL',
        scheme: 'postgresql',
        host: 'ep-cool-lab-123456.eu-central-1.aws.neon.tech',
        tail: '/neondb?sslmode=require',
      },
      { match: [`SQLALCHEMY_DATABASE_URI = 'postgresql+psycopg2://app:${password('pg3')}@10.0.4.12:5432/app'`] },
    ),
    urlRule(
      'mysql-connection-string',
      'MySQL',
      'MySQL or MariaDB connection URL with a password (mysql://, mysql+driver://, mariadb://)',
      ['mysql', 'mariadb'],
      '(?:mysqlx?|mariadb)(?:\\+[a-z0-9]+)?',
      { name: 'DATABASE_URL', scheme: 'mysql', host: 'db.internal.acme.io:3306' },
      { match: [`spring.datasource.url=jdbc:mysql://app:${password('my3')}@db.acme.io:3306/app`] },
    ),
    urlRule(
      'mongodb-connection-string',
      'MongoDB',
      'MongoDB connection URL with a password (mongodb://, mongodb+srv://)',
      ['mongodb'],
      'mongodb(?:\\+srv)?',
      {
        name: 'MONGODB_URI',
        scheme: 'mongodb+srv',
        host: 'cluster0.ab1cd.mongodb.net',
        tail: '/app?retryWrites=true&w=majority',
      },
    ),
    urlRule(
      'redis-connection-string',
      'Redis',
      'Redis or Valkey connection URL with a password (redis://, rediss://; also Upstash, Redis Cloud)',
      ['redis', 'valkey'],
      '(?:rediss?|valkeys?)',
      { name: 'REDIS_URL', scheme: 'rediss', host: 'eu1-fond-owl-31234.upstash.io:6379', user: 'default', tail: '' },
      { match: [`REDIS_URL=redis://:${password('rd3')}@redis-12345.c1.eu-west-1-1.ec2.cloud.redislabs.com:12345`] },
    ),
    urlRule(
      'amqp-connection-string',
      'AMQP (RabbitMQ)',
      'AMQP connection URL with a password (amqp://, amqps://; RabbitMQ, CloudAMQP)',
      ['amqp'],
      'amqps?',
      { name: 'CLOUDAMQP_URL', scheme: 'amqps', host: 'rat.rmq2.cloudamqp.com', tail: '/vhost' },
      { noMatch: ['AMQP_URL=amqp://guest:guest@rabbitmq:5672/'] },
    ),
    urlRule(
      'clickhouse-connection-string',
      'ClickHouse',
      'ClickHouse connection URL with a password (clickhouse://, clickhouse+driver://)',
      ['clickhouse'],
      'clickhouses?(?:\\+[a-z0-9]+)?',
      {
        name: 'CLICKHOUSE_URL',
        scheme: 'clickhouse',
        host: 'abc123xyz.eu-west-1.aws.clickhouse.cloud:9440',
        user: 'default',
        tail: '/default?secure=true',
      },
    ),
    urlRule(
      'database-url-password',
      'Database',
      'Other database or broker connection URL with a password (neo4j, bolt, couchbase, cassandra, mssql/sqlserver, oracle, snowflake, nats, memcached, influxdb)',
      [
        'neo4j',
        'bolt',
        'couchbase',
        'cassandra',
        'mssql',
        'sqlserver',
        'oracle',
        'snowflake',
        'nats',
        'memcached',
        'influxdb',
      ],
      '(?:neo4j|bolt)(?:\\+s|\\+ssc)?|couchbases?|cassandra|mssql|sqlserver|oracle(?:\\+[a-z0-9]+)?|snowflake|nats|memcached|influxdb',
      { name: 'NEO4J_URI', scheme: 'neo4j+s', host: 'a1b2c3d4.databases.neo4j.io', user: 'neo4j', tail: '' },
    ),
    {
      id: 'jdbc-connection-password',
      provider: 'JDBC',
      description: 'JDBC URL with a password parameter (jdbc:…;password=… or ?password=…)',
      keywords: ['jdbc:'],
      regex: JDBC,
      entropy: 2.3,
      reject: PASSWORD_PLACEHOLDER,
      remediation: ROTATE_PASSWORD,
      examples: () => ({
        match: [
          `SPRING_DATASOURCE_URL=jdbc:postgresql://db.acme.io:5432/app?user=app&password=${password('jd1')}&ssl=true`,
          `url: "jdbc:sqlserver://acme.database.windows.net:1433;database=app;user=app@acme;password=${password('jd2')};encrypt=true"`,
        ],
        noMatch: [
          'SPRING_DATASOURCE_URL=jdbc:postgresql://db.acme.io:5432/app?user=app&password=${DB_PASSWORD}',
          'url=jdbc:mysql://localhost:3306/app?user=root&password=secret',
          `url=jdbc:postgresql://localhost:5432/app?user=app&password=${fake(LOWER, 9, 'jd3')}`,
          'url=jdbc:postgresql://db.acme.io/app?user=app',
        ],
      }),
    },
    {
      id: 'sqlserver-connection-string',
      provider: 'SQL Server',
      description: 'ADO.NET / ODBC connection string with a password (Server=…;…;Password=… or Pwd=…)',
      keywords: ['password', 'pwd'],
      regex: ADO,
      entropy: 2.3,
      reject: PASSWORD_PLACEHOLDER,
      remediation: ROTATE_PASSWORD,
      examples: () => ({
        match: [
          `SQLAZURECONNSTR_DEFAULT=Server=tcp:acme.database.windows.net,1433;Database=app;User=app;Password=${password('ad1')};Encrypt=true`,
          `"DefaultConnection": "Data Source=sql01.corp.acme.io;Initial Catalog=App;User ID=app;Password=${password('ad2')};"`,
        ],
        noMatch: [
          'Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password=myPassword;',
          `Server=localhost;Database=app;User Id=sa;Password=${fake(ALNUM, 10, 'ad3')};`,
          'Server=(localdb)\\mssqllocaldb;Database=app;Trusted_Connection=True;',
          'Server=sql.acme.io;Database=app;User Id=app;Password=${SQL_PASSWORD};',
        ],
      }),
    },
    {
      id: 'planetscale-service-token',
      provider: 'PlanetScale',
      description: 'PlanetScale service token (pscale_tkn_)',
      keywords: ['pscale_tkn_'],
      regex: prefixed('pscale_tkn_', '[A-Za-z0-9_=.-]{32,64}'),
      entropy: 3.5,
      remediation: PLANETSCALE_REVOKE,
      examples: () => ({
        match: [`PLANETSCALE_SERVICE_TOKEN=${join('pscale_', 'tkn_', fake(B64URL, 43, 'ps1'))}`],
        noMatch: [`PLANETSCALE_SERVICE_TOKEN=${join('pscale_', 'tkn_', 'your_service_token')}`],
      }),
    },
    {
      id: 'planetscale-password',
      provider: 'PlanetScale',
      description: 'PlanetScale database branch password (pscale_pw_), also inside a mysql:// URL',
      keywords: ['pscale_pw_'],
      regex: prefixed('pscale_pw_', '[A-Za-z0-9_=.-]{32,64}'),
      entropy: 3.5,
      remediation: PLANETSCALE_REVOKE,
      examples: () => ({
        match: [
          `DATABASE_PASSWORD=${join('pscale_', 'pw_', fake(B64URL, 43, 'ps2'))}`,
          `DATABASE_URL=mysql://abc123:${join('pscale_', 'pw_', fake(B64URL, 43, 'ps3'))}@aws.connect.psdb.cloud/app?sslaccept=strict`,
        ],
        noMatch: [`DATABASE_PASSWORD=${join('pscale_', 'pw_', '<password>')}`],
      }),
    },
    {
      id: 'planetscale-oauth-token',
      provider: 'PlanetScale',
      description: 'PlanetScale OAuth token (pscale_oauth_)',
      keywords: ['pscale_oauth_'],
      regex: prefixed('pscale_oauth_', '[A-Za-z0-9_=.-]{32,64}'),
      entropy: 3.5,
      remediation: PLANETSCALE_REVOKE,
      examples: () => ({
        match: [`PLANETSCALE_OAUTH_TOKEN=${join('pscale_', 'oauth_', fake(B64URL, 43, 'ps4'))}`],
        noMatch: [`PLANETSCALE_OAUTH_TOKEN=${join('pscale_', 'oauth_', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')}`],
      }),
    },
    {
      id: 'upstash-rest-token',
      provider: 'Upstash',
      description:
        'Upstash Redis REST / Vercel KV token (A… base64 next to an upstash…token or KV_REST_API_TOKEN name)',
      keywords: ['upstash', ...spellings('kv', 'rest', 'api', 'token')],
      regex: keyed(
        either(nameWith(ci('upstash'), ci('token')), words('kv', 'rest', 'api', 'token')),
        'A[A-Za-z0-9_-]{40,200}={0,2}',
      ),
      entropy: 4,
      remediation:
        'Reset the password of the database at https://console.upstash.com (Details → Reset Password), which rotates the REST token.',
      examples: () => ({
        match: [
          `UPSTASH_REDIS_REST_TOKEN=${join('AV', fake(B64URL, 56, 'up1'))}`,
          `KV_REST_API_TOKEN="${join('AX', fake(B64URL, 60, 'up2'))}"`,
        ],
        noMatch: ['UPSTASH_REDIS_REST_TOKEN=<UPSTASH_REDIS_REST_TOKEN>', 'UPSTASH_REDIS_REST_TOKEN=********'],
      }),
    },
    {
      id: 'elasticsearch-api-key',
      provider: 'Elastic',
      description: 'Elasticsearch encoded API key (base64 of id:key) next to an elastic…key or ES_API_KEY name',
      keywords: ['elastic', ...spellings('es', 'api', 'key')],
      regex: keyed(
        either(nameWith(ci('elastic'), ci('key')), words('es', 'api', 'key')),
        '[A-Za-z0-9+/]{40,120}={0,2}',
      ),
      entropy: 4,
      validate: (secret) =>
        /^[A-Za-z0-9_-]{8,40}:[A-Za-z0-9_-]{8,64}$/.test(base64Bytes(secret)?.toString('latin1') ?? ''),
      remediation:
        'Invalidate it in Kibana (Stack Management → API keys) or with the invalidate API key endpoint, then create a new key.',
      examples: () => ({
        match: [
          `ELASTIC_API_KEY=${Buffer.from(`${fake(B64URL, 20, 'el1')}:${fake(B64URL, 22, 'el2')}`).toString('base64')}`,
        ],
        noMatch: ['ELASTIC_API_KEY=${ELASTIC_API_KEY}', `ELASTIC_CLOUD_ID=${fake(LOWER, 8, 'el3')}`],
      }),
    },
    {
      id: 'influxdb-token',
      provider: 'InfluxDB',
      description: 'InfluxDB 2 / Cloud API token (86 base64url characters + ==) next to an influx name',
      keywords: ['influx'],
      regex: keyed(ci('influx'), '[A-Za-z0-9_-]{86}=='),
      entropy: 4,
      remediation: 'Delete it in InfluxDB (Load Data → API Tokens, or `influx auth delete`) and create a new token.',
      examples: () => ({
        match: [`INFLUX_TOKEN=${fake(B64URL, 86, 'if1')}==`],
        noMatch: ['INFLUX_TOKEN=my-super-secret-auth-token', `INFLUX_ORG_ID=${fake(HEX, 16, 'if2')}`],
      }),
    },
    {
      id: 'mongodb-atlas-private-key',
      provider: 'MongoDB Atlas',
      description: 'MongoDB Atlas Admin API private key (UUID next to an atlas…private name)',
      keywords: ['atlas'],
      regex: keyed(nameWith(`${ci('atlas')}(?!${ci('sian')})`, ci('private')), UUID),
      remediation:
        'Delete the API key at https://cloud.mongodb.com (Organization → Access Manager → API Keys) and create a new one.',
      examples: () => ({
        match: [
          `MONGODB_ATLAS_PRIVATE_KEY=${join(fake(HEX, 8, 'at1'), '-', fake(HEX, 4, 'at2'), '-', fake(HEX, 4, 'at3'), '-', fake(HEX, 4, 'at4'), '-', fake(HEX, 12, 'at5'))}`,
        ],
        noMatch: [
          `MONGODB_ATLAS_PUBLIC_KEY=${fake(LOWER, 8, 'at6')}`,
          'MONGODB_ATLAS_PRIVATE_KEY=<private-key>',
          `ATLASSIAN_PRIVATE_KEY_ID=${join(fake(HEX, 8, 'at7'), '-', fake(HEX, 4, 'at8'), '-', fake(HEX, 4, 'at9'), '-', fake(HEX, 4, 'at10'), '-', fake(HEX, 12, 'at11'))}`,
        ],
      }),
    },
    {
      id: 'astra-db-token',
      provider: 'DataStax Astra DB',
      description: 'Astra DB application token (AstraCS:<client id>:<64 hex>)',
      keywords: ['astracs:'],
      regex: prefixed('AstraCS:', '[A-Za-z]{24}:[0-9a-f]{64}'),
      entropy: 3.5,
      remediation: 'Revoke it at https://astra.datastax.com (Settings → Tokens) and generate a new token.',
      examples: () => ({
        match: [
          `ASTRA_DB_APPLICATION_TOKEN=${join('Astra', 'CS:', fake(ALNUM.slice(0, 52), 24, 'as1'), ':', fake(HEX, 64, 'as2'))}`,
        ],
        noMatch: [`ASTRA_DB_APPLICATION_TOKEN=${join('Astra', 'CS:', '...')}`],
      }),
    },
    {
      id: 'fauna-secret',
      provider: 'Fauna',
      description: 'Fauna database secret key (fn + 38 characters) next to a fauna name',
      keywords: ['fauna'],
      regex: keyed(ci('fauna'), 'fn[A-Za-z0-9_-]{38}'),
      entropy: 3.5,
      remediation: 'Delete the key at https://dashboard.fauna.com (database → Keys) and create a new one.',
      examples: () => ({
        match: [`FAUNA_SECRET=${join('f', 'n', fake(B64URL, 38, 'fa1'))}`],
        noMatch: ['FAUNA_SECRET=fnYourSecretKeyHere', `FAUNA_SECRET=${join('f', 'n', fake(B64URL, 20, 'fa2'))}`],
      }),
    },
  ],
};
