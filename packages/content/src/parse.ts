import type * as z from "zod";
import { ContentError, type ContentIssue } from "./errors.js";
import { CircularSchema } from "./schema/circular.js";
import { ProfileSchema } from "./schema/profile.js";
import type { Circular, Profile } from "./types.js";

/** `["models", 2, "municipality"]` -> `models[2].municipality`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out === "" ? "(root)" : out;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

// zod's defaults are long ("Invalid input: expected string, received undefined");
// a clerk reading a terminal is better served by short, uniform messages.
function toIssues(error: z.ZodError): ContentIssue[] {
  return issuesOf(error.issues);
}

// A union of a string and an object ("person": a name, or { text, lang }):
// of its branches, the one whose type matched says what is wrong inside it.
function matchedBranch(issue: z.core.$ZodIssue): z.core.$ZodIssue[] | undefined {
  if (issue.code !== "invalid_union" || !("errors" in issue)) return undefined;
  const branches = issue.errors.filter((branch) => !branch.some((i) => i.code === "invalid_type" && i.path.length === 0));
  if (branches.length !== 1) return undefined;
  return branches[0]!.map((i) => ({ ...i, path: [...issue.path, ...i.path] }) as z.core.$ZodIssue);
}

function issuesOf(issues: readonly z.core.$ZodIssue[]): ContentIssue[] {
  const out: ContentIssue[] = [];
  for (const issue of issues) {
    const inner = matchedBranch(issue);
    if (inner) {
      out.push(...issuesOf(inner));
      continue;
    }
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) out.push({ path: formatPath([...issue.path, key]), message: "Unknown field" });
      continue;
    }
    let message = issue.message;
    if (issue.input === undefined && (issue.code === "invalid_type" || issue.code === "invalid_value" || issue.code === "invalid_union")) {
      message = "Required";
    } else if (issue.code === "invalid_type") {
      message = `Expected ${issue.expected}, received ${describe(issue.input)}`;
    } else if (issue.code === "invalid_union" && "discriminator" in issue && issue.discriminator) {
      message = `Unknown ${issue.discriminator}`;
    } else if (issue.code === "invalid_value") {
      message = `Expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    }
    out.push({ path: formatPath(issue.path), message });
  }
  return out;
}

function parseWith<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) throw new ContentError(toIssues(result.error));
  return result.data;
}

/** Validates unknown input (parsed JSON or YAML) as a circular; throws ContentError. */
export function parseCircular(input: unknown): Circular {
  return parseWith(CircularSchema, input);
}

/** Validates unknown input as a municipality profile; throws ContentError. */
export function parseProfile(input: unknown): Profile {
  return parseWith(ProfileSchema, input);
}
