import { Command } from "commander";
import { stat } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import { CliError, InputError, UsageError } from "../errors.js";
import type { Console } from "../io/console.js";
import { readTextFile } from "../io/read-text-file.js";
import { checkWritableTarget, ensureDirectory, writeFileAtomic } from "../io/write-atomic.js";

interface ImportFlags {
  output?: string;
  strict?: boolean;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Where the JSON of `file` goes: the -o file, a file in the -o folder, or stdout (null). */
async function targetFor(file: string, files: readonly string[], output: string | undefined): Promise<string | null> {
  if (output === undefined || output === "-") return null;
  if (files.length > 1 || (await isDirectory(output))) return join(output, `${basename(file, extname(file))}.json`);
  return output;
}

export function importCommand(console: Console): Command {
  return new Command("import")
    .description("turn the published plain text of circulars into content JSON that `validate` accepts")
    .argument("<files...>", "plain-text files of circulars (UTF-8)")
    .option("-o, --output <file|dir>", "output file (one input) or folder (several); default: standard output")
    .option("--strict", "fail when the title, number, year or date (for StGB NRW also category and Az.) cannot be found, or the text is cut off (default: warn and import)")
    .addHelpText("after", "\nExamples:\n  $ handreichung import mitteilung.txt -o mitteilung.json\n  $ handreichung import texte/*.txt -o json/")
    .action(async (files: string[], flags: ImportFlags) => {
      if (files.length > 1 && (flags.output === undefined || flags.output === "-")) throw new UsageError("import: several files need -o FOLDER");
      const targets = new Map<string, string | null>();
      const claimed = new Map<string, string>();
      for (const file of files) {
        const target = await targetFor(file, files, flags.output);
        // Never overwrite an output of the same run: two inputs of one name would
        // silently lose one (a/mitteilung.txt, b/mitteilung.txt -> json/mitteilung.json).
        if (target !== null) {
          const earlier = claimed.get(resolve(target));
          if (earlier !== undefined) {
            throw new UsageError(`import: ${earlier} and ${file} would both be written to ${target}; import them into separate folders or rename one`);
          }
          claimed.set(resolve(target), file);
        }
        targets.set(file, target);
      }
      if (files.length > 1 && flags.output !== undefined) await ensureDirectory(flags.output);
      const { importCircular, ImportError } = await import("@handreichung/import");
      const failures: string[] = [];
      for (const file of files) {
        try {
          const target = targets.get(file) ?? null;
          if (target !== null) await checkWritableTarget(target);
          const text = await readTextFile(file);
          let result: ReturnType<typeof importCircular>;
          try {
            result = importCircular(text, { fileName: file, strict: flags.strict === true });
          } catch (error) {
            if (error instanceof ImportError) throw new InputError(error.code, `${file}: ${error.message}`);
            throw error;
          }
          for (const warning of result.warnings) console.err(`warning: ${file}: ${warning}`);
          const json = `${JSON.stringify(result.circular, null, 2)}\n`;
          if (target === null) await console.outBytes(new TextEncoder().encode(json));
          else {
            await writeFileAtomic(target, json);
            console.err(`wrote ${target}`);
          }
        } catch (error) {
          if (!(error instanceof CliError)) throw error;
          failures.push(...error.lines);
        }
      }
      if (failures.length) throw new InputError("E_IMPORT", failures);
    });
}
