/**
 * Name patterns for secrets recognised by the name they are assigned to (context rules), shared by the messaging,
 * observability, database and token families. `keyed` pairs a name pattern with a value pattern; the engine matches
 * them on what the assignment reader (src/detect/assignments.ts) finds, in every syntax it reads.
 */
import { END, ci } from './shape.js';
import type { Assigned } from './types.js';

/** Between two words of a name: DD_API_KEY, ddApiKey, dd.api.key, dd-api-key. */
const SEP = '[_.-]?';
/** The rest of an identifier after the provider word: _API_KEY, .authToken. */
const TAIL = '[A-Za-z0-9_.-]{0,40}?';

/** Words of a name, case-insensitive, joined by any usual separator: words('dd', 'api', 'key'). */
export function words(...parts: string[]): string {
  return parts.map(ci).join(SEP);
}

/** Any of several names (each already a pattern): either(words('datadog'), words('dd', 'api', 'key')). */
export function either(...names: string[]): string {
  return `(?:${names.join('|')})`;
}

/** A name that starts with `first` and contains `then` further on: DATADOG_APP_KEY for (datadog, app). */
export function nameWith(first: string, then: string): string {
  return `${first}${TAIL}${then}`;
}

/** Words that make a name a credential's name: DATADOG_API_KEY, postmarkServerToken, PUSHER_SECRET. */
const CREDENTIAL_WORDS = ['key', 'token', 'secret', 'passw', 'pwd', 'auth', 'credential'];

/**
 * A provider's name for a credential: the provider word, then a credential word further on. Context rules whose
 * value has no shape of its own (hex, UUID, alphanumerics) use it, so that postmark_message_id = <uuid> or
 * datadog.trace_id = <32 hex> stay silent.
 */
export function credentialName(provider: string): string {
  return nameWith(provider, `(?:${CREDENTIAL_WORDS.map(ci).join('|')})`);
}

/** A name starting with `first` that does not go on to contain `not` (keeps two context rules apart). */
export function nameWithout(first: string, not: string): string {
  return `${first}(?![A-Za-z0-9_.-]{0,40}?${not})`;
}

/**
 * A value assigned to a name: keyed(words('datadog'), '[0-9a-f]{32}') finds DATADOG_API_KEY=…,
 * datadogApiKey: "…", "datadog.api.key" => '…', export DATADOG_API_KEY="…", - name: DATADOG_API_KEY + value: …,
 * os.getenv("DATADOG_API_KEY", "…"), and the rest of what the assignment reader reads. `end` says where the value
 * must end; `also` is a line pattern for the same secret where no name holds it.
 */
export function keyed(name: string, value: string, end: string = END, also?: RegExp): Assigned {
  return assigned(name, value, end, also);
}

/** The record `keyed` and named.ts's `named` return: the name pattern and the value pattern. */
export function assigned(name: string, value: string, end: string, also?: RegExp): Assigned {
  return {
    name: new RegExp(name),
    value: new RegExp(`(?<secret>${value})${end}`),
    ...(also !== undefined && { also }),
  };
}

export { UUID } from './shape.js';

/** Keywords for a multi-word name in the spellings the prefilter sees: dd_api_key, ddapikey, dd.api.key, dd-api-key. */
export function spellings(...parts: string[]): string[] {
  return ['_', '', '.', '-'].map((sep) => parts.join(sep).toLowerCase());
}

/**
 * When a password in a connection string counts as a leak (the secret is the password alone):
 * - template values never count: ${DB_PASSWORD}, $DB_PASSWORD, %s, {password}, <password>, ****, an
 *   upper-case NAME, and the words documentation uses for a password (password, pass, secret, changeme,
 *   mypassword, postgres, root, guest…, optionally followed by up to four digits);
 * - a password equal to the user name (postgres:postgres, guest:guest) is a default, not a secret;
 * - on a local or container-network host (localhost, 127.x.x.x, 0.0.0.0, [::1], host.docker.internal, or a
 *   host name without a dot such as `db` or `mongo` in a docker-compose file) only a password of 16+
 *   characters with letters and digits counts: shorter ones there are development defaults;
 * - on any other host, any other password of 6+ characters counts.
 */
const PASSWORD_WORDS = [
  'password',
  'passwd',
  'pass',
  'pwd',
  'secret',
  'changeme',
  'change_me',
  'admin',
  'root',
  'guest',
  'test',
  'example',
  'default',
  'postgres',
  'mysql',
  'mongo',
  'redis',
  'rabbitmq',
  'rabbit',
  'username',
  'user',
  'letmein',
  'qwerty',
  'p@ssw0rd',
  'passw0rd',
  'pa55word',
  's3cr3t',
  'hunter2',
];
const PASSWORD_QUALIFIERS = [
  'my',
  'your',
  'the',
  'some',
  'db',
  'database',
  'app',
  'admin',
  'user',
  'strong',
  'secure',
  'super',
];

export const PASSWORD_PLACEHOLDER = new RegExp(
  [
    '^\\$', // $DB_PASSWORD, ${…}
    '^%', // %s, %(password)s
    '^[A-Z][A-Z0-9_]*$', // DB_PASSWORD
    `^(?:${PASSWORD_QUALIFIERS.map(ci).join('|')})?[_-]?(?:${PASSWORD_WORDS.map(ci).join('|')})[_-]?\\d{0,4}$`,
  ].join('|'),
);

/** Password characters inside a URL's userinfo (what would need percent-encoding ends it). */
const URL_PASSWORD = '[^\\s:;@/?#"\'`<>{}\\[\\]\\\\]{6,128}';
/**
 * A host that only a developer machine or a container network resolves, or a documentation host (RFC 2606:
 * example.com/.net/.org, .example, .test, .invalid, .localhost).
 */
export const LOCAL_HOST =
  '(?:localhost|127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}|0\\.0\\.0\\.0|\\[::1\\]|host\\.docker\\.internal|[A-Za-z0-9_-]+(?![A-Za-z0-9_.-])' +
  '|(?:[A-Za-z0-9-]+\\.)*(?:example\\.(?:com|net|org)|[A-Za-z0-9-]+\\.(?:example|test|invalid|localhost))(?![A-Za-z0-9.-]))';
/** A password that looks generated: 16+ characters with a letter and a digit, up to `stop`. */
export function strongPassword(stop: string): string {
  // bounded: an unbounded look-ahead rescans the rest of a long line at every candidate (quadratic)
  return `(?=[^${stop}\\s]{16})(?=[^${stop}\\s]{0,128}?[A-Za-z])(?=[^${stop}\\s]{0,128}?[0-9])`;
}

/**
 * A connection URL `scheme://user:password@host…` for the given scheme pattern; the secret is the password.
 * `exclude` keeps passwords that another rule owns (PlanetScale's pscale_pw_…) out.
 */
export function credentialUrl(scheme: string, exclude = '(?!pscale_)'): RegExp {
  return new RegExp(
    `(?<![A-Za-z0-9+.-])(?:${scheme})://(?<user>[^\\s:;@/?#"'\`<>{}\\\\]{0,64}):(?!\\k<user>@)` +
      `(?:${strongPassword('@')}|(?![^@\\s]{0,130}@${LOCAL_HOST}))${exclude}(?<secret>${URL_PASSWORD})@[A-Za-z0-9\\[]`,
  );
}
