import type { Circular } from "@handreichung/content";
import { circulars, findCircular } from "@handreichung/content/data";
import { Command, Option } from "commander";
import { extname } from "node:path";
import { UsageError } from "../errors.js";
import type { Console } from "../io/console.js";
import { loadCommonJs } from "../io/load-commonjs.js";
import { quote } from "@handreichung/inputs";
import { checkWritableTarget, writeFileAtomic } from "../io/write-atomic.js";
import { loadCircular } from "../load/circular.js";
import { toMarkdown } from "../format/markdown.js";

type ExportFormat = "json" | "yaml" | "md";

interface ExportFlags {
  output?: string;
  format?: ExportFormat;
  content?: string;
}

function formatFromFile(file: string | undefined): ExportFormat {
  const ext = file ? extname(file).toLowerCase() : "";
  if (ext === ".yaml" || ext === ".yml") return "yaml";
  if (ext === ".md" || ext === ".markdown") return "md";
  return "json";
}

async function serialise(circular: Circular, format: ExportFormat): Promise<string> {
  if (format === "md") return toMarkdown(circular);
  if (format === "yaml") {
    const { stringify } = await loadCommonJs(() => import("yaml"));
    return stringify(circular, { lineWidth: 0 });
  }
  return `${JSON.stringify(circular, null, 2)}\n`;
}

export function exportCommand(console: Console): Command {
  return new Command("export")
    .description("write a circular as JSON, YAML or Markdown (the built-in one by default)")
    .argument("[id]", "id of a built-in circular (see `handreichung list`)")
    .option("-o, --output <file>", "write to this file instead of standard output")
    .addOption(new Option("-f, --format <format>", "output format (default: from the file extension, else json)").choices(["json", "yaml", "md"]))
    .option("--content <file>", "export this circular file (JSON or YAML) instead of a built-in one")
    .addHelpText("after", "\nExamples:\n  $ handreichung export -o circular.json\n  $ handreichung export stgb-nrw-441-2004 --format md")
    .action(async (id: string | undefined, flags: ExportFlags) => {
      let circular: Circular;
      if (id !== undefined && flags.content !== undefined) throw new UsageError("export: give either an id or --content, not both");
      if (id !== undefined) {
        const found = findCircular(id);
        if (!found) throw new UsageError(`export: unknown circular id ${quote(id)}; valid: ${circulars.map((c) => c.id).join(", ")}`);
        circular = found;
      } else {
        circular = await loadCircular(flags.content);
      }
      const format = flags.format ?? formatFromFile(flags.output);
      const text = await serialise(circular, format);
      if (flags.output === undefined || flags.output === "-") {
        await console.outBytes(new TextEncoder().encode(text));
        return;
      }
      await checkWritableTarget(flags.output);
      await writeFileAtomic(flags.output, text);
      console.err(`wrote ${flags.output}`);
    });
}
