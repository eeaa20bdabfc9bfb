import type { LogoImage } from "@handreichung/content";
import { logoProblemLine, type LogoRef } from "@handreichung/inputs";
import { resolve } from "node:path";
import { InputError } from "../errors.js";
import { FileReadError, readBytes } from "../io/read-text-file.js";

/** Why a logo cannot be used, without saying where it was named. */
export class LogoProblem extends Error {
  constructor(
    readonly code: string,
    readonly reason: string,
  ) {
    super(reason);
    this.name = "LogoProblem";
  }
}

export type { LogoRef };

/**
 * Reads a logo file and checks it — the one place the CLI does either: a
 * regular file of at most MAX_LOGO_BYTES (read with that hard limit), PNG or
 * JPEG, intact, within the pixel cap; a very large PNG comes back scaled to
 * its print size. Throws LogoProblem.
 */
export async function loadLogo(path: string, alt: string): Promise<LogoImage> {
  const { prepareLogo, LogoError, MAX_LOGO_BYTES } = await import("@handreichung/logo");
  let data: Uint8Array;
  try {
    data = await readBytes(path, MAX_LOGO_BYTES);
  } catch (error) {
    if (error instanceof FileReadError) throw new LogoProblem(error.code, error.reason);
    throw error;
  }
  try {
    return prepareLogo(data, alt);
  } catch (error) {
    if (error instanceof LogoError) throw new LogoProblem(error.code, error.reason);
    throw error;
  }
}

/** The one-line error for a logo problem: `FILE: WHERElogo.path: GIVEN: reason`. */
export function logoError(ref: LogoRef, problem: LogoProblem): InputError {
  return new InputError(problem.code, logoProblemLine(ref, problem.reason));
}

/** loadLogo, with problems as an InputError naming the file and field. */
export async function readLogo(ref: LogoRef, path: string, alt: string): Promise<LogoImage> {
  try {
    return await loadLogo(path, alt);
  } catch (error) {
    throw error instanceof LogoProblem ? logoError(ref, error) : error;
  }
}

/** The absolute path of a logo named in `baseDir` (the folder of the file that names it). */
export function logoPath(baseDir: string, given: string): string {
  return resolve(baseDir, given);
}
