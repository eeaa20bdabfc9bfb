import { circulars, citationOf } from "@handreichung/content/data";
import { Command } from "commander";
import type { Console } from "../io/console.js";

export function listCommand(console: Console): Command {
  return new Command("list")
    .description("list the built-in circulars and their model ids")
    .option("--json", "print as JSON for other tools")
    .addHelpText("after", "\nExample:\n  $ handreichung list")
    .action(async (flags: { json?: boolean }) => {
      if (flags.json) {
        const rows = circulars.map((c) => ({ id: c.id, citation: citationOf(c), title: c.title, models: c.models.map((m) => ({ id: m.id, municipality: m.municipality })) }));
        // Data, not a message: as it is (out() would escape characters inside it).
        await console.outBytes(new TextEncoder().encode(`${JSON.stringify(rows, null, 2)}\n`));
        return;
      }
      for (const c of circulars) {
        console.out(`${c.id}  ${citationOf(c)}  ${c.title}`);
        for (const m of c.models) console.out(`  ${m.id.padEnd(12)} ${m.municipality}`);
      }
    });
}
