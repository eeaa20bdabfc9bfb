import { InputError } from "../errors.js";

/** Turns a content package ContentError into an InputError with `file: path: message` lines. */
export function contentErrorLines(file: string, error: unknown, prefix = ""): unknown {
  if (error instanceof Error && error.name === "ContentError" && "issues" in error) {
    const issues = (error as { issues: readonly { path: string; message: string }[] }).issues;
    return new InputError("E_CONTENT_INVALID", issues.map((i) => `${file}: ${prefix}${i.path}: ${i.message}`));
  }
  return error;
}
