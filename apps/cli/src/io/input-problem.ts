import { InputProblem } from "@handreichung/inputs";
import { InputError } from "../errors.js";

/** The inputs package's problems are the CLI's InputErrors (exit 1); anything else passes unchanged. */
export function asInputError(error: unknown): unknown {
  return error instanceof InputProblem ? new InputError(error.code, error.lines) : error;
}

/** Runs `read` (a rule of the inputs package) with its problems as InputErrors. */
export async function readInput<T>(read: () => T | Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw asInputError(error);
  }
}
