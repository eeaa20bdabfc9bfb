import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const FIXTURES = fileURLToPath(new URL("../../fixtures/", import.meta.url));
/** The published text of 441/2004, the repository's shared fixture. */
export const SEED = fileURLToPath(new URL("../../../../fixtures/stgb-nrw-441-2004.txt", import.meta.url));

/** A fixture's text as the CLI would pass it: decoded UTF-8, BOM and all. */
export function fixture(name: string): string {
  return readFileSync(`${FIXTURES}${name}`, "utf8");
}

export function fixtureNames(): string[] {
  return readdirSync(FIXTURES).filter((name) => name.endsWith(".txt")).sort();
}
