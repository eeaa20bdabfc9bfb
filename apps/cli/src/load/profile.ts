import type { LogoImage, Profile } from "@handreichung/content";
import { dirname } from "node:path";
import { parseData } from "../io/parse-data.js";
import { readTextFile } from "../io/read-text-file.js";
import { contentErrorLines } from "./content-error.js";
import { logoPath, readLogo } from "./logo.js";

export interface LoadedProfile {
  profile: Profile;
  logo?: LogoImage;
}

/** Reads and validates a profile file, and reads its logo relative to it. */
export async function loadProfile(file: string): Promise<LoadedProfile> {
  const data = await parseData(file, await readTextFile(file));
  return loadProfileData(file, data, dirname(file));
}

/**
 * Validates profile data that came from `file` (a profile file, or a row of a
 * batch list: `where` is then e.g. "row 3: "), and reads its logo from `baseDir`.
 */
export async function loadProfileData(file: string, data: unknown, baseDir: string, where = ""): Promise<LoadedProfile> {
  const { parseProfile } = await import("@handreichung/content");
  let profile: Profile;
  try {
    profile = parseProfile(data);
  } catch (error) {
    throw contentErrorLines(file, error, where);
  }
  if (!profile.logo) return { profile };
  const logo = await readLogo({ file, where, given: profile.logo.path }, logoPath(baseDir, profile.logo.path), profile.logo.alt);
  return { profile, logo };
}
