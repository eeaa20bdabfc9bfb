import type { Command } from "commander";

/** Adds the options every rendering command shares. */
export function addRenderOptions(command: Command): Command {
  return command
    .option("--content <file>", "render this circular file (JSON or YAML, as `validate` accepts) instead of the built-in one")
    .option("--profile <file>", "personalise for a municipality (JSON or YAML profile)")
    .option("--models <ids>", "comma-separated model ids to include, in this order (see `handreichung list`)")
    .option("--date <YYYY-MM-DD>", "document date (default: SOURCE_DATE_EPOCH, else today); fixes the output bytes");
}
