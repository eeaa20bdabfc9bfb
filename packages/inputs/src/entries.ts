import type { Profile } from "@handreichung/content";
import { InputProblem } from "./errors.js";
import type { ListEntry } from "./profile-list.js";
import { municipalitySlug, SlugRegistry } from "./slug.js";
import { quote } from "./visible.js";

/** A row that passed: its place in the list, its unique folder slug and its profile. */
export interface CheckedEntry {
  source: string;
  slug: string;
  profile: Profile;
}

/** A row that failed, with one line per problem, as the CLI prints them (and manifest.json lists them). */
export interface FailedRow {
  source: string;
  errors: string[];
}

/**
 * What is wrong with a row, as data, for a page to say in its own words: a
 * field the profile schema refused (its path and the schema's message), a name
 * that gives no folder name, or a logo that cannot be used (the logo check's
 * code and reason).
 */
export type RowProblem = { kind: "field"; path: string; message: string } | { kind: "no-slug"; name: string } | { kind: "logo"; given: string; code: string; reason: string };

/** A row that failed the checks: its lines, and the same problems as data, one for each line. */
export interface CheckedFailure extends FailedRow {
  problems: RowProblem[];
}

export interface CheckedList {
  valid: CheckedEntry[];
  failed: CheckedFailure[];
}

/** Why a logo cannot be used (`not a readable PNG or JPEG image`), or null when it can. */
export type LogoCheck = (given: string) => Promise<{ code: string; reason: string } | null>;

/** Where a logo is named, for messages: the list or profile file, the row ("line 3: ", "[2]."; "" in a profile file), the path as given. */
export interface LogoRef {
  file: string;
  where: string;
  given: string;
}

/** The one line for a logo that cannot be used: `FILE: WHERElogo.path: GIVEN: reason`. */
export function logoProblemLine(ref: LogoRef, reason: string): string {
  return `${ref.file}: ${ref.where}logo.path: ${ref.given}: ${reason}`;
}

/** A field path within a row: "line 7: name", "[2].contact.email", "[2]" for the row itself. */
export function rowPath(where: string, path: string): string {
  if (where.startsWith("[")) return path === "(root)" ? where : `${where}${path.startsWith("[") ? "" : "."}${path}`;
  return `${where}: ${path}`;
}

/**
 * A ContentError as `file: prefix path: message` lines (an InputProblem);
 * anything else is returned unchanged.
 */
export function contentProblem(file: string, error: unknown, prefix = ""): unknown {
  if (error instanceof Error && error.name === "ContentError" && "issues" in error) {
    const issues = (error as { issues: readonly { path: string; message: string }[] }).issues;
    return new InputProblem("E_CONTENT_INVALID", issues.map((i) => `${file}: ${prefix}${i.path}: ${i.message}`));
  }
  return error;
}

/**
 * Validates every row of a list before anything is rendered: the profile
 * schema, a folder name, the logo (`checkLogo`, which the caller answers from
 * files on disk or files a clerk uploaded). Invalid rows are reported as the
 * CLI prints them and skipped; valid ones get unique slugs, in list order.
 */
export async function checkEntries(file: string, entries: readonly ListEntry[], checkLogo: LogoCheck): Promise<CheckedList> {
  const { parseProfile, ContentError } = await import("@handreichung/content");
  const slugs = new SlugRegistry();
  const result: CheckedList = { valid: [], failed: [] };
  for (const entry of entries) {
    let profile: Profile;
    try {
      profile = parseProfile(entry.data);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      result.failed.push({
        source: entry.where,
        errors: error.issues.map((i) => `${file}: ${rowPath(entry.where, i.path)}: ${i.message}`),
        problems: error.issues.map((i) => ({ kind: "field", path: i.path, message: i.message })),
      });
      continue;
    }
    const base = municipalitySlug(profile.name);
    if (base === "") {
      result.failed.push({ source: entry.where, errors: [`${file}: ${rowPath(entry.where, "name")}: ${quote(profile.name)} leaves no letters or digits for a folder name`], problems: [{ kind: "no-slug", name: profile.name }] });
      continue;
    }
    if (profile.logo) {
      const problem = await checkLogo(profile.logo.path);
      if (problem !== null) {
        result.failed.push({
          source: entry.where,
          errors: [logoProblemLine({ file, where: rowPath(entry.where, ""), given: profile.logo.path }, problem.reason)],
          problems: [{ kind: "logo", given: profile.logo.path, code: problem.code, reason: problem.reason }],
        });
        continue;
      }
    }
    result.valid.push({ source: entry.where, slug: slugs.claim(base), profile });
  }
  return result;
}
