import { Command, CommanderError } from "commander";
import pkg from "../package.json" with { type: "json" };
import { batchCommand } from "./commands/batch.js";
import { buildCommand } from "./commands/build.js";
import { docxCommand } from "./commands/docx.js";
import { pdfCommand } from "./commands/document.js";
import { exportCommand } from "./commands/export.js";
import { importCommand } from "./commands/import.js";
import { listCommand } from "./commands/list.js";
import { schemaCommand } from "./commands/schema.js";
import { validateCommand } from "./commands/validate.js";
import { CliError } from "./errors.js";
import { createProcessConsole, StdoutClosed, type Console } from "./io/console.js";

/** Exit code for a failure that is not the user's: a bug. */
export const EXIT_BUG = 70;

/** Exit code when the reader of stdout went away (128 + SIGPIPE), as Unix tools end then. */
export const EXIT_PIPE_CLOSED = 141;

function program(console: Console): Command {
  const root = new Command("handreichung")
    .description("Turns a municipal circular into a typed content package, an accessible PDF handout and an editable Word template.")
    .version(pkg.version, "-V, --version")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => console.out(text),
      writeErr: (text) => console.err(text),
      outputError: (text, write) => write(text),
    });
  const commands = [listCommand, exportCommand, validateCommand, schemaCommand, importCommand, pdfCommand, docxCommand, buildCommand, batchCommand];
  for (const make of commands) root.addCommand(make(console));
  return root;
}

/**
 * Runs the CLI with `argv` (without node and script) and returns the exit code:
 * 0 success, 1 bad input, 2 usage error, 70 a bug, 141 stdout closed by its
 * reader. Never exits the process.
 */
export async function main(argv: readonly string[], console: Console = createProcessConsole()): Promise<number> {
  const root = program(console);
  // Subcommands copy these settings when added, so set them on each as well.
  for (const command of root.commands) command.exitOverride().configureOutput(root.configureOutput());
  try {
    // Bare `handreichung` builds both documents into out/.
    await root.parseAsync(argv.length === 0 ? ["build"] : [...argv], { from: "user" });
    await console.flush?.();
    return 0;
  } catch (error) {
    if (error instanceof StdoutClosed) return EXIT_PIPE_CLOSED;
    if (error instanceof CommanderError) {
      // Help and version are "errors" to commander; they are successes to us.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof CliError) {
      for (const line of error.lines) console.err(line);
      return error.exitCode;
    }
    console.err(`handreichung: internal error (a bug, please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return EXIT_BUG;
  }
}
