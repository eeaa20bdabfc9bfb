import type { Profile } from "@handreichung/content";
import { Command } from "commander";
import type { Console } from "../io/console.js";
import { FILE_NAMES } from "../render/renderers.js";
import { writeDocument } from "./document.js";
import { addRenderOptions } from "./render-options.js";

interface DocxFlags {
  output?: string;
  content?: string;
  profile?: string;
  models?: string;
  date?: string;
  listPlaceholders?: boolean;
  dotx?: boolean;
}

async function listPlaceholders(console: Console): Promise<void> {
  const { PLACEHOLDERS } = await import("@handreichung/docx");
  const width = Math.max(...PLACEHOLDERS.map((p) => p.key.length)) + 2;
  for (const p of PLACEHOLDERS) console.out(`${p.key.padEnd(width)} ${p.title}: ${p.meaning}`);
}

/** Tells which placeholders a profile leaves unfilled: the template keeps them. */
export async function reportUnfilled(file: string, profile: Profile, date: string | undefined, console: Console): Promise<void> {
  const { unfilledPlaceholders } = await import("@handreichung/docx");
  const missing = unfilledPlaceholders(profile, date === undefined ? {} : { date });
  if (missing.length) console.err(`warning: ${file}: no value for ${missing.join(", ")}; these fields show their prompt in the template`);
}

export function docxCommand(console: Console): Command {
  return addRenderOptions(
    new Command("docx")
      .description("write the editable Word template")
      .option("-o, --output <file>", `output file, or - for standard output (default: ${FILE_NAMES.docx})`)
      .option("--dotx", `write a Word template (.dotx; also chosen by an output file ending in .dotx; default: ${FILE_NAMES.dotx})`)
      .option("--list-placeholders", "print every field of the template with its meaning, and write nothing"),
  )
    .addHelpText("after", "\nExamples:\n  $ handreichung docx -o vorlage.docx\n  $ handreichung docx --profile kommune.yaml -o vorlage-kommune.docx\n  $ handreichung docx -o vorlage.dotx\n  $ handreichung docx --list-placeholders")
    .action(async (flags: DocxFlags) => {
      if (flags.listPlaceholders) return listPlaceholders(console);
      const template = flags.dotx || (flags.output ?? "").toLowerCase().endsWith(".dotx");
      await writeDocument(template ? "dotx" : "docx", flags, console, async ({ options }) => {
        if (options.profile && flags.profile) await reportUnfilled(flags.profile, options.profile, options.date, console);
      });
    });
}
