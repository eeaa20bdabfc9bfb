/** One problem with one field: `path` is like `models[2].municipality`. */
export interface ContentIssue {
  path: string;
  message: string;
}

/** Input that does not match the schema. `issues` has one entry per problem. */
export class ContentError extends Error {
  readonly code = "E_CONTENT_INVALID";
  readonly issues: readonly ContentIssue[];

  constructor(issues: readonly ContentIssue[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join("\n"));
    this.name = "ContentError";
    this.issues = issues;
  }

  /** The issues as `path: message` lines. */
  lines(): string[] {
    return this.issues.map((i) => `${i.path}: ${i.message}`);
  }
}
