import type { LogoImage, Profile } from "@handreichung/content";
import { dirname, resolve } from "node:path";
import { InputError } from "../errors.js";
import { imageInfo } from "../io/image-info.js";
import { parseData } from "../io/parse-data.js";
import { readBytes, readTextFile } from "../io/read-text-file.js";
import { contentErrorLines } from "./content-error.js";

/** Logos above this size are refused: a letterhead logo is a few hundred KB. */
export const MAX_LOGO_BYTES = 5 * 1024 * 1024;

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
  return { profile, logo: await readLogo(file, profile.logo, baseDir, where) };
}

async function readLogo(file: string, logo: NonNullable<Profile["logo"]>, baseDir: string, where: string): Promise<LogoImage> {
  const path = resolve(baseDir, logo.path);
  let data: Uint8Array;
  try {
    data = await readBytes(path, MAX_LOGO_BYTES);
  } catch (error) {
    const reason = error instanceof InputError ? error.lines[0]!.slice(path.length + 2) : String(error);
    throw new InputError("E_LOGO", `${file}: ${where}logo.path: ${logo.path}: ${reason}`);
  }
  const info = imageInfo(data);
  if (!info) throw new InputError("E_LOGO", `${file}: ${where}logo.path: ${logo.path}: not a readable PNG or JPEG image`);
  return { data, ...info, alt: logo.alt };
}
