import { contentProblem } from "@handreichung/inputs";
import { asInputError } from "../io/input-problem.js";

/** Turns a content package ContentError into an InputError with `file: path: message` lines (the inputs package's rule). */
export function contentErrorLines(file: string, error: unknown, prefix = ""): unknown {
  return asInputError(contentProblem(file, error, prefix));
}
