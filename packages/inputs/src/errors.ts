/**
 * Input a clerk gave that cannot be used, as one `file: …` line per problem
 * (`kommunen.csv:1: invalid CSV: column "name" appears twice`). The CLI prints
 * the lines and exits 1; the web page shows them.
 */
export class InputProblem extends Error {
  constructor(
    readonly code: string,
    readonly lines: readonly string[],
  ) {
    super(lines.join("\n"));
    this.name = "InputProblem";
  }
}

/** One line, one problem. */
export function inputProblem(code: string, line: string): InputProblem {
  return new InputProblem(code, [line]);
}
