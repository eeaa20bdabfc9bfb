import { Command, Option } from "commander";
import { dirname } from "node:path";
import { CliError, InputError } from "../errors.js";
import type { Console } from "../io/console.js";
import { parseData } from "../io/parse-data.js";
import { readTextFile } from "../io/read-text-file.js";
import { quote } from "@handreichung/inputs";
import { contentErrorLines } from "../load/content-error.js";
import { loadProfileData } from "../load/profile.js";

type Kind = "circular" | "profile";

/** A circular has a title and a body; a profile has a name. */
function detectKind(data: unknown): Kind | null {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return null;
  if ("title" in data || "body" in data) return "circular";
  if ("name" in data) return "profile";
  return null;
}

async function validateFile(file: string, kind: Kind | undefined): Promise<string> {
  const data = await parseData(file, await readTextFile(file));
  const actual = kind ?? detectKind(data);
  if (actual === null) throw new InputError("E_UNKNOWN_KIND", `${file}: neither a circular (title, body) nor a profile (name); say which with --kind`);
  if (actual === "profile") {
    const { profile } = await loadProfileData(file, data, dirname(file));
    return `${file}: ok (profile ${quote(profile.name)})`;
  }
  const { parseCircular } = await import("@handreichung/content");
  try {
    const circular = parseCircular(data);
    return `${file}: ok (circular ${circular.id})`;
  } catch (error) {
    throw contentErrorLines(file, error);
  }
}

export function validateCommand(console: Console): Command {
  return new Command("validate")
    .description("check circular and profile files (JSON or YAML) against the schema")
    .argument("<files...>", "files to check")
    .addOption(new Option("--kind <kind>", "what the files are (default: detected per file)").choices(["circular", "profile"]))
    .addHelpText("after", "\nExamples:\n  $ handreichung validate circular.json\n  $ handreichung validate --kind profile kommune.yaml")
    .action(async (files: string[], flags: { kind?: Kind }) => {
      const failures: string[] = [];
      for (const file of files) {
        try {
          console.out(await validateFile(file, flags.kind));
        } catch (error) {
          if (!(error instanceof CliError)) throw error;
          failures.push(...error.lines);
        }
      }
      if (failures.length) throw new InputError("E_INVALID", failures);
    });
}
