/** Exit codes of the `yardstick` command. */
export const EXIT = Object.freeze({
  ok: 0,
  /** the input has problems: diagnostics with errors, a file that is not formatted */
  problems: 1,
  /** the command line is wrong: unknown option, missing file, bad period, unknown profile or zone */
  usage: 2,
  /** a bug in yardstick itself */
  internal: 70,
});

/**
 * An error meant for the person at the terminal: the message is printed as is (no stack trace) and the
 * process exits with `exitCode`. Anything else that escapes a command is an internal error.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(message: string, readonly exitCode: number = EXIT.usage) {
    super(message);
  }
}

export const usageError = (message: string): CliError => new CliError(message, EXIT.usage);
