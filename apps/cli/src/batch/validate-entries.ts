import type { Profile } from "@handreichung/content";
import { dirname } from "node:path";
import { quote } from "../io/visible.js";
import { loadLogo, logoError, LogoProblem, logoPath, type LogoRef } from "../load/logo.js";
import type { ListEntry } from "./read-profile-list.js";
import { SlugRegistry, slugify } from "./slug.js";
import type { BatchTask } from "./task.js";

export interface ValidEntry {
  source: string;
  slug: string;
  task: BatchTask;
}

export interface CheckedList {
  valid: ValidEntry[];
  failed: { source: string; errors: string[] }[];
}

function prefixed(where: string, path: string): string {
  if (where.startsWith("[")) return path === "(root)" ? where : `${where}${path.startsWith("[") ? "" : "."}${path}`;
  return `${where}: ${path}`;
}

/**
 * Validates every entry before anything is rendered: schema, logo file, folder
 * name. Invalid entries are reported and skipped; valid ones get unique slugs.
 */
export async function checkEntries(file: string, entries: readonly ListEntry[]): Promise<CheckedList> {
  const { parseProfile, ContentError } = await import("@handreichung/content");
  const slugs = new SlugRegistry();
  // Many municipalities of a district share one logo file: check each file once.
  // Only the verdict is kept, not the image: the workers read it again.
  const logoChecks = new Map<string, Promise<LogoProblem | null>>();
  const checkLogo = (path: string): Promise<LogoProblem | null> => {
    let check = logoChecks.get(path);
    if (!check) {
      check = loadLogo(path, "").then(
        () => null,
        (error: unknown) => {
          if (error instanceof LogoProblem) return error;
          throw error;
        },
      );
      logoChecks.set(path, check);
    }
    return check;
  };

  const result: CheckedList = { valid: [], failed: [] };
  for (const entry of entries) {
    let profile: Profile;
    try {
      profile = parseProfile(entry.data);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      result.failed.push({ source: entry.where, errors: error.issues.map((i) => `${file}: ${prefixed(entry.where, i.path)}: ${i.message}`) });
      continue;
    }
    const base = slugify(profile.name);
    if (base === "") {
      result.failed.push({ source: entry.where, errors: [`${file}: ${prefixed(entry.where, "name")}: ${quote(profile.name)} leaves no letters or digits for a folder name`] });
      continue;
    }
    const task: BatchTask = { profile };
    if (profile.logo) {
      const path = logoPath(dirname(file), profile.logo.path);
      const ref: LogoRef = { file, where: prefixed(entry.where, ""), given: profile.logo.path };
      const problem = await checkLogo(path);
      if (problem !== null) {
        result.failed.push({ source: entry.where, errors: [...logoError(ref, problem).lines] });
        continue;
      }
      task.logo = { ...ref, path, alt: profile.logo.alt };
    }
    result.valid.push({ source: entry.where, slug: slugs.claim(base), task });
  }
  return result;
}
