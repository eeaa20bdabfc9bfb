import { Command } from "commander";
import { rmdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Console } from "../io/console.js";
import { checkOutputFolder, checkWritableTarget, ensureDirectory, writeFilesAtomic } from "../io/write-atomic.js";
import { prepareRender, type RenderFlags } from "../render/prepare.js";
import { renderFormats, startWordWorker } from "../render/parallel.js";
import { FILE_NAMES, type DocumentFormat } from "../render/renderers.js";
import { addPdfStandardOption, addRenderOptions } from "./render-options.js";

const FORMATS: readonly DocumentFormat[] = ["pdf", "docx"];

const isDirectory = (path: string) => stat(path).then((info) => info.isDirectory(), () => false);

interface BuildFlags extends RenderFlags {
  output: string;
  dotx?: boolean;
}

export function buildCommand(console: Console): Command {
  return addPdfStandardOption(
    addRenderOptions(
      new Command("build")
        .description(`write both documents into a folder: ${FILE_NAMES.pdf} and ${FILE_NAMES.docx} (the default command)`)
        .option("-o, --output <dir>", "output folder", "out")
        .option("--dotx", `also write the Word template as a template file, ${FILE_NAMES.dotx}`),
    ),
  )
    .addHelpText("after", "\nExamples:\n  $ handreichung build -o out\n  $ handreichung build --profile kommune.yaml -o out/kommune\n  $ handreichung build --dotx -o out")
    .action(async (flags: BuildFlags) => {
      const formats: readonly DocumentFormat[] = flags.dotx ? [...FORMATS, "dotx"] : FORMATS;
      const files = formats.map((format) => ({ format, file: join(flags.output, FILE_NAMES[format]) }));
      // The Word formats' thread starts now and loads its code while the inputs are read and checked.
      const word = await startWordWorker();
      let rendered: Uint8Array[];
      try {
        await checkOutputFolder(flags.output);
        if (await isDirectory(flags.output)) for (const { file } of files) await checkWritableTarget(file);
        const { circular, options } = await prepareRender(flags, console);
        // Render all, then write all or none: a failure leaves the folder as it was.
        rendered = await renderFormats(formats, circular, options, word);
      } finally {
        word.cancel();
      }
      const documents = files.map(({ file }, i) => ({ file, data: rendered[i]! }));
      const made = await ensureDirectory(flags.output);
      try {
        await writeFilesAtomic(documents);
      } catch (error) {
        for (const folder of made.reverse()) await rmdir(folder).catch(() => undefined);
        throw error;
      }
      for (const { file } of documents) console.err(`wrote ${file}`);
    });
}
