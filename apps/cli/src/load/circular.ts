import type { Circular } from "@handreichung/content";
import { defaultCircular } from "@handreichung/content/data";
import { parseData } from "../io/parse-data.js";
import { readTextFile } from "../io/read-text-file.js";
import { contentErrorLines } from "./content-error.js";

/**
 * The circular to render: the built-in one (typed data, no validation needed,
 * so zod stays off the start-up path) or a file, validated once here.
 */
export async function loadCircular(file: string | undefined): Promise<Circular> {
  if (file === undefined) return defaultCircular;
  const data = await parseData(file, await readTextFile(file));
  const { parseCircular } = await import("@handreichung/content");
  try {
    return parseCircular(data);
  } catch (error) {
    throw contentErrorLines(file, error);
  }
}
