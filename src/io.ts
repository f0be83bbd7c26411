/** What the CLI may touch of the outside world; tests pass their own. */
export interface IO {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Colour and prompts only when a person is watching. */
  stdoutIsTTY: boolean;
  /** Progress lines (`scan --history`) only when a person watches stderr. */
  stderrIsTTY?: boolean;
  /** All of standard input (git's pre-push lines). */
  readStdin?: () => string;
  /** The path this program was started by (argv[1]): tells a local install from a global one for printed commands. */
  invokedAs?: string;
}
