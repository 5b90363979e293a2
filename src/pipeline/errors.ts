/**
 * Errors say what happens next. An `InputError` spoils one input: the batch records it,
 * skips the input and goes on. A `RunError` stops the whole run. Everything smaller is a
 * `Message` recorded on the article it concerns.
 */

export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    /** The input's name, as the user gave it (path, path inside an archive, or "stdin"). */
    readonly input: string,
    /** Short machine-readable reason, e.g. "truncated-json", "binary", "too-large". */
    readonly code: string,
    message: string,
  ) {
    super(message);
  }

  /** One line for the terminal: which input, what is wrong, what was done. */
  describe(): string {
    return `${this.input}: ${this.message} (skipped)`;
  }
}

export class RunError extends Error {
  override readonly name = 'RunError';
  constructor(
    message: string,
    /** What the user can do about it. */
    readonly hint: string,
  ) {
    super(message);
  }
}

/** Wrong arguments on the command line: exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
