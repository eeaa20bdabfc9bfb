import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const FIXTURES = fileURLToPath(new URL("../../fixtures/", import.meta.url));
export const SEED = "/work/shared/seed/000_ef6309266876cf8d.txt";

/** A fixture's text as the CLI would pass it: decoded UTF-8, BOM and all. */
export function fixture(name: string): string {
  return readFileSync(`${FIXTURES}${name}`, "utf8");
}

export function fixtureNames(): string[] {
  return readdirSync(FIXTURES).filter((name) => name.endsWith(".txt")).sort();
}
