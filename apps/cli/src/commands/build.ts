import { Command } from "commander";
import { join } from "node:path";
import type { Console } from "../io/console.js";
import { checkOutputFolder, ensureDirectory, writeFileAtomic } from "../io/write-atomic.js";
import { prepareRender, type RenderFlags } from "../render/prepare.js";
import { FILE_NAMES, renderDocument, type DocumentFormat } from "../render/renderers.js";
import { addRenderOptions } from "./render-options.js";

const FORMATS: readonly DocumentFormat[] = ["pdf", "docx"];

interface BuildFlags extends RenderFlags {
  output: string;
  dotx?: boolean;
}

export function buildCommand(console: Console): Command {
  return addRenderOptions(
    new Command("build")
      .description(`write both documents into a folder: ${FILE_NAMES.pdf} and ${FILE_NAMES.docx} (the default command)`)
      .option("-o, --output <dir>", "output folder", "out")
      .option("--dotx", `also write the Word template as a template file, ${FILE_NAMES.dotx}`),
  )
    .addHelpText("after", "\nExamples:\n  $ handreichung build -o out\n  $ handreichung build --profile kommune.yaml -o out/kommune\n  $ handreichung build --dotx -o out")
    .action(async (flags: BuildFlags) => {
      await checkOutputFolder(flags.output);
      const { circular, options } = await prepareRender(flags, console);
      // Render both before writing either, so a failure leaves the folder as it was.
      const formats: readonly DocumentFormat[] = flags.dotx ? [...FORMATS, "dotx"] : FORMATS;
      const documents = await Promise.all(formats.map(async (format) => ({ format, bytes: await renderDocument(format, circular, options) })));
      await ensureDirectory(flags.output);
      for (const { format, bytes } of documents) {
        const file = join(flags.output, FILE_NAMES[format]);
        await writeFileAtomic(file, bytes);
        console.err(`wrote ${file}`);
      }
    });
}
