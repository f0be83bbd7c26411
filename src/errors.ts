/**
 * Exit codes, documented once:
 *   0  nothing found
 *   1  findings: the commit is blocked
 *   2  usage, configuration or runtime error: the commit is blocked too (fail closed)
 */
export const EXIT = { CLEAN: 0, FINDINGS: 1, ERROR: 2 } as const;

const USER_FACING = Symbol.for('keyguard.user-facing-error');

/** An error whose message is fit for the user as is (one line, says what to do). */
export class KeyguardError extends Error {
  readonly [USER_FACING] = true;
  constructor(message: string) {
    super(message);
    this.name = 'KeyguardError';
  }
}

/**
 * A KeyguardError from any copy of this module: the CLI is one bundle (dist/cli.cjs), but the library entry
 * (dist/index.js) has its own copy of this class, so a caller mixing the two would miss it with `instanceof`.
 */
export function isKeyguardError(error: unknown): error is KeyguardError {
  return typeof error === 'object' && error !== null && (error as { [USER_FACING]?: boolean })[USER_FACING] === true;
}

/** Bad command line. */
export class UsageError extends KeyguardError {
  override name = 'UsageError';
}

/** A configuration file that cannot be used; names the file and the problem. */
export class ConfigError extends KeyguardError {
  override name = 'ConfigError';
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}
