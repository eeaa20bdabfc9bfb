import { Option, type Command } from "commander";
import { DEFAULT_PDF_STANDARD, PDF_STANDARDS } from "@handreichung/pdf/standards";

/** Adds the options every rendering command shares. */
export function addRenderOptions(command: Command): Command {
  return command
    .option("--content <file>", "render this circular file (JSON or YAML, as `validate` accepts) instead of the built-in one")
    .option("--profile <file>", "personalise for a municipality (JSON or YAML profile)")
    .option("--models <ids>", "comma-separated model ids to include, in this order (see `handreichung list`)")
    .option("--date <YYYY-MM-DD>", "document date (default: SOURCE_DATE_EPOCH, else today); fixes the output bytes");
}

/** --pdf-standard, for the commands that write the PDF (pdf, build, batch). */
export function pdfStandardOption(): Option {
  return new Option("--pdf-standard <standard>", "the standards the PDF claims and meets: both (PDF/A-2a and PDF/UA-1), ua-1 (accessible only) or a-2a (archivable only)")
    .choices(PDF_STANDARDS)
    .default(DEFAULT_PDF_STANDARD);
}

/** Adds --pdf-standard to a command. */
export function addPdfStandardOption(command: Command): Command {
  return command.addOption(pdfStandardOption());
}
