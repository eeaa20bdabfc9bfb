import { checkEntries as checkRows, rowPath, type FailedRow, type ListEntry } from "@handreichung/inputs";
import { dirname } from "node:path";
import { loadLogo, LogoProblem, logoPath } from "../load/logo.js";
import type { BatchTask } from "./task.js";

export interface ValidEntry {
  source: string;
  slug: string;
  task: BatchTask;
}

export interface CheckedList {
  valid: ValidEntry[];
  failed: FailedRow[];
}

/**
 * Validates every entry before anything is rendered, by the inputs package's
 * rules (the web page uses the same): schema, folder name, and the logo file,
 * read and checked here from beside the list.
 */
export async function checkEntries(file: string, entries: readonly ListEntry[]): Promise<CheckedList> {
  // Many municipalities of a district share one logo file: check each file once.
  // Only the verdict is kept, not the image: the workers read it again.
  const logoChecks = new Map<string, Promise<LogoProblem | null>>();
  const checkLogo = (given: string): Promise<LogoProblem | null> => {
    const path = logoPath(dirname(file), given);
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
  const { valid, failed } = await checkRows(file, entries, checkLogo);
  return {
    failed,
    valid: valid.map(({ source, slug, profile }) => {
      const task: BatchTask = { profile };
      if (profile.logo) {
        task.logo = { file, where: rowPath(source, ""), given: profile.logo.path, path: logoPath(dirname(file), profile.logo.path), alt: profile.logo.alt };
      }
      return { source, slug, task };
    }),
  };
}
