import { Command } from "commander";
import { join } from "node:path";
import { UsageError } from "../errors.js";
import type { Console } from "../io/console.js";
import { quote } from "@handreichung/inputs";
import { ensureDirectory, writeFileAtomic } from "../io/write-atomic.js";

const KINDS = ["circular", "profile"] as const;

export function schemaCommand(console: Console): Command {
  return new Command("schema")
    .description("print or write the JSON Schemas of circular and profile files")
    .argument("[kind]", "circular or profile (printed to standard output)", "circular")
    .option("-o, --output <dir>", "write circular.schema.json and profile.schema.json into this folder")
    .addHelpText("after", "\nExamples:\n  $ handreichung schema profile\n  $ handreichung schema -o schemas")
    .action(async (kind: string, flags: { output?: string }) => {
      if (!(KINDS as readonly string[]).includes(kind)) throw new UsageError(`schema: unknown kind ${quote(kind)}; valid: ${KINDS.join(", ")}`);
      const { circularJsonSchema, profileJsonSchema } = await import("@handreichung/content");
      const schemas = { circular: circularJsonSchema(), profile: profileJsonSchema() };
      const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
      if (flags.output === undefined) {
        // Data, not a message: as it is (out() would escape characters inside it).
        await console.outBytes(new TextEncoder().encode(json(schemas[kind as (typeof KINDS)[number]])));
        return;
      }
      await ensureDirectory(flags.output);
      for (const k of KINDS) {
        const file = join(flags.output, `${k}.schema.json`);
        await writeFileAtomic(file, json(schemas[k]));
        console.err(`wrote ${file}`);
      }
    });
}
