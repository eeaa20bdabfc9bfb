/**
 * Errors the CLI reports to the user: one line per problem on stderr, no stack.
 * Anything else that reaches the top of the CLI is a bug (exit 70).
 */
export class CliError extends Error {
  constructor(
    readonly code: string,
    readonly lines: readonly string[],
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(lines.join("\n"));
    this.name = "CliError";
  }
}

/** Bad input: an invalid file, a schema violation, an unknown model id, an unreadable logo. Exit 1. */
export class InputError extends CliError {
  constructor(code: string, lines: string | readonly string[]) {
    super(code, typeof lines === "string" ? [lines] : lines, 1);
    this.name = "InputError";
  }
}

/** The command line itself is wrong. Exit 2. */
export class UsageError extends CliError {
  constructor(message: string) {
    super("E_USAGE", [message], 2);
    this.name = "UsageError";
  }
}
