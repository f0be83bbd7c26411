import { shannonEntropy } from './entropy.js';
import type { SecretNameTest } from './file-matcher.js';
import { isPlaceholder } from './placeholder.js';
import { isTemplate, secretBaseName } from './secret-names.js';

/**
 * How a secret-named file is judged. `name`: by its name alone (.env, config.local.py, id_rsa). `key-material`:
 * `.pem`, `.key`, `.p12`… by what it holds (a private key blocks, a certificate or public key does not).
 * `convention`: files frameworks commit on purpose (.env.development, .env.test, .env.vault, templates such as
 * .env.example): they block only when they hold real-looking secret values.
 */
export type FileClass = 'name' | 'key-material' | 'convention';

const KEY_MATERIAL = /\.(?:pem|key|p12|pfx|jks|keystore)$/;
const CONVENTION = /^\.env\.(?:development|test|vault)$/;
const TEMPLATE_PART = /\.(?:example|sample|template|dist)(?=\.|$)/;

export function fileClassOf(path: string, test: SecretNameTest): FileClass | null {
  const base = secretBaseName(path);
  if (isTemplate(base)) return test(base.replace(TEMPLATE_PART, '')) ? 'convention' : null;
  if (!test(path)) return null;
  if (CONVENTION.test(base)) return 'convention';
  return KEY_MATERIAL.test(base) ? 'key-material' : 'name';
}

const PRIVATE = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|PuTTY-User-Key-File-\d/;
const PUBLIC_BLOCK =
  /-----BEGIN ((?:TRUSTED )?CERTIFICATE|(?:RSA |EC )?PUBLIC KEY|(?:NEW )?CERTIFICATE REQUEST|X509 CRL|DH PARAMETERS|EC PARAMETERS|PGP PUBLIC KEY BLOCK|SSH2 PUBLIC KEY)-----[\s\S]*?-----END \1-----/g;
const SSH_PUBLIC = /^(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp\d+|sk-ssh-ed25519@openssh\.com) AAAA\S*(?: .*)?$/gm;
/** What openssl prints around certificates: `Bag Attributes`, `subject=…`, `issuer=…`, indented attributes. */
const OPENSSL_HEADERS =
  /^(?:Bag Attributes|Key Attributes: <No Attributes>|subject=.*|issuer=.*|\s+[\w .-]+:.*|#.*)$/gm;
const ZIP = Buffer.from('PK\x03\x04', 'latin1');

/**
 * Does a key-material file hold a secret? A private key does; a file of certificates, public keys and parameters
 * does not; an empty file does not; anything else (unrecognised text, binary key stores) does: fail closed. A
 * binary `.key` that is a zip archive is a Keynote document.
 */
export function keyMaterialIsSecret(path: string, content: Buffer, binary: boolean): boolean {
  if (binary) return !(path.toLowerCase().endsWith('.key') && content.subarray(0, 4).equals(ZIP));
  const text = content.toString('latin1');
  if (PRIVATE.test(text)) return true;
  const rest = text.replace(PUBLIC_BLOCK, '').replace(SSH_PUBLIC, '').replace(OPENSSL_HEADERS, '');
  return rest.trim() !== '';
}

const SECRET_NAME = /KEY|TOKEN|SECRET|PASSW|PWD|CREDENTIAL|PRIVATE|AUTH|DSN|DATABASE_URL|CONNECTION/i;
const ASSIGNMENT = /^\s*(?:export\s+)?["']?([A-Za-z_][\w.-]*)["']?\s*[=:]\s*(.*?)\s*,?\s*$/;

/** The value a line gives a secret-named setting, unquoted; for a URL, the password in it (if any). */
function valueOf(raw: string): string {
  let value = raw.replace(/\s+#.*$/, '');
  const quoted = /^(["'`])(.*)\1$/.exec(value);
  if (quoted) value = quoted[2]!;
  const url = /^[a-z][\w+.-]*:\/\/[^:/@\s]*:([^@\s]*)@/i.exec(value);
  return url ? url[1]! : /^[a-z][\w+.-]*:\/\//i.test(value) ? '' : value;
}

/** Long, varied, not a placeholder, not a variable: what a real key or password looks like. */
function looksReal(value: string): boolean {
  if (value.length < 16 || isPlaceholder(value) || /\$|^(?:true|false|null|\d+)$/i.test(value)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
  return classes >= 2 && shannonEntropy(value) >= 3.5;
}

/** The lines (indexes into `lines`) that give a secret-named setting a real-looking value; encrypted vault entries aside. */
export function realSecretValues(lines: readonly string[]): { index: number; name: string }[] {
  const found: { index: number; name: string }[] = [];
  lines.forEach((line, index) => {
    const m = ASSIGNMENT.exec(line);
    if (m === null || !SECRET_NAME.test(m[1]!) || m[1]!.startsWith('DOTENV_VAULT')) return;
    if (looksReal(valueOf(m[2]!))) found.push({ index, name: m[1]! });
  });
  return found;
}
