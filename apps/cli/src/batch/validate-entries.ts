import type { Profile } from "@handreichung/content";
import { dirname, resolve } from "node:path";
import { CliError } from "../errors.js";
import { imageInfo } from "../io/image-info.js";
import { readBytes } from "../io/read-text-file.js";
import { MAX_LOGO_BYTES } from "../load/profile.js";
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
  const logoChecks = new Map<string, Promise<string | null>>();
  const checkLogo = (path: string): Promise<string | null> => {
    let check = logoChecks.get(path);
    if (!check) {
      check = readBytes(path, MAX_LOGO_BYTES).then(
        (data) => (imageInfo(data) ? null : "not a readable PNG or JPEG image"),
        (error: unknown) => (error instanceof CliError ? error.lines[0]!.slice(path.length + 2) : String(error)),
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
      result.failed.push({ source: entry.where, errors: [`${file}: ${prefixed(entry.where, "name")}: "${profile.name}" leaves no letters or digits for a folder name`] });
      continue;
    }
    const task: BatchTask = { profile };
    if (profile.logo) {
      const path = resolve(dirname(file), profile.logo.path);
      const problem = await checkLogo(path);
      if (problem !== null) {
        result.failed.push({ source: entry.where, errors: [`${file}: ${prefixed(entry.where, "logo.path")}: ${profile.logo.path}: ${problem}`] });
        continue;
      }
      task.logo = { path, alt: profile.logo.alt };
    }
    result.valid.push({ source: entry.where, slug: slugs.claim(base), task });
  }
  return result;
}
