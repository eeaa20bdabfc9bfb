import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The published text of StGB NRW-Mitteilung 441/2004, kept in the repository (see fixtures/README.md). */
export const SEED_FILE = fileURLToPath(new URL("../../../fixtures/stgb-nrw-441-2004.txt", import.meta.url));

/** The text of {@link SEED_FILE}, as published (icon line included). */
export function seedText(): string {
  return readFileSync(SEED_FILE, "utf8");
}
