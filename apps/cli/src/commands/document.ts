import { Command } from "commander";
import type { Console } from "../io/console.js";
import { checkWritableTarget, writeFileAtomic } from "../io/write-atomic.js";
import { prepareRender, type PreparedRender, type RenderFlags } from "../render/prepare.js";
import { FILE_NAMES, renderDocument, type DocumentFormat } from "../render/renderers.js";
import { addPdfStandardOption, addRenderOptions } from "./render-options.js";

interface DocumentFlags extends RenderFlags {
  output?: string;
}

/** Renders one document and writes it atomically (or to stdout with `-o -`). */
export async function writeDocument(
  format: DocumentFormat,
  flags: DocumentFlags,
  console: Console,
  beforeRender?: (prepared: PreparedRender) => Promise<void>,
): Promise<void> {
  const output = flags.output ?? FILE_NAMES[format];
  if (output !== "-") await checkWritableTarget(output);
  const prepared = await prepareRender(flags, console);
  await beforeRender?.(prepared);
  const { circular, options } = prepared;
  const bytes = await renderDocument(format, circular, options);
  if (output === "-") {
    await console.outBytes(bytes);
    return;
  }
  await writeFileAtomic(output, bytes);
  console.err(`wrote ${output}`);
}

export function pdfCommand(console: Console): Command {
  return addPdfStandardOption(
    addRenderOptions(
      new Command("pdf")
        .description("write the PDF handout, accessible (PDF/UA-1) and archivable (PDF/A-2a)")
        .option("-o, --output <file>", `output file, or - for standard output (default: ${FILE_NAMES.pdf})`),
    ),
  )
    .addHelpText(
      "after",
      "\nExamples:\n  $ handreichung pdf -o handreichung.pdf\n  $ handreichung pdf --profile kommune.yaml --models essen,arnsberg --date 2026-01-15 -o arnsberg.pdf\n  $ handreichung pdf --pdf-standard ua-1 -o barrierefrei.pdf",
    )
    .action((flags: DocumentFlags) => writeDocument("pdf", flags, console));
}
