import { MAX_LIST_BYTES, readProfileList as readList, type ListEntry } from "@handreichung/inputs";
import { readInput } from "../io/input-problem.js";
import { readTextFile } from "../io/read-text-file.js";

export type { ListEntry };

/** Reads a list of profiles (CSV, JSON or YAML) from a file, by the inputs package's rules. */
export async function readProfileList(file: string): Promise<ListEntry[]> {
  const text = await readTextFile(file, MAX_LIST_BYTES);
  return readInput(() => readList(file, text));
}
