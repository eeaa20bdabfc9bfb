import { Command } from "commander";
import { join } from "node:path";
import type { Console } from "../io/console.js";
import { checkOutputFolder, ensureDirectory, writeFileAtomic } from "../io/write-atomic.js";
import { prepareRender, type RenderFlags } from "../render/prepare.js";
import { FILE_NAMES, renderDocument, type DocumentFormat } from "../render/renderers.js";
import { addRenderOptions } from "./render-options.js";

const FORMATS: readonly DocumentFormat[] = ["pdf", "docx"];

export function buildCommand(console: Console): Command {
  return addRenderOptions(
    new Command("build")
      .description(`write both documents into a folder: ${FILE_NAMES.pdf} and ${FILE_NAMES.docx} (the default command)`)
      .option("-o, --output <dir>", "output folder", "out"),
  )
    .addHelpText("after", "\nExamples:\n  $ handreichung build -o out\n  $ handreichung build --profile kommune.yaml -o out/kommune")
    .action(async (flags: RenderFlags & { output: string }) => {
      await checkOutputFolder(flags.output);
      const { circular, options } = await prepareRender(flags, console);
      // Render both before writing either, so a failure leaves the folder as it was.
      const documents = await Promise.all(FORMATS.map(async (format) => ({ format, bytes: await renderDocument(format, circular, options) })));
      await ensureDirectory(flags.output);
      for (const { format, bytes } of documents) {
        const file = join(flags.output, FILE_NAMES[format]);
        await writeFileAtomic(file, bytes);
        console.err(`wrote ${file}`);
      }
    });
}
