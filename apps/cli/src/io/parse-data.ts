import { parseData as parse } from "@handreichung/inputs";
import { readInput } from "./input-problem.js";

/** Parses JSON or YAML text by the inputs package's rules; syntax errors name the file, line and column. */
export function parseData(file: string, text: string): Promise<unknown> {
  return readInput(() => parse(file, text));
}
