import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The published text of StGB NRW-Mitteilung 441/2004, kept in the repository (see fixtures/README.md). */
export const SEED_FILE = fileURLToPath(new URL("../../../fixtures/stgb-nrw-441-2004.txt", import.meta.url));

/** The text of {@link SEED_FILE}, as published (icon line included). */
export function seedText(): string {
  return readFileSync(SEED_FILE, "utf8");
}

/** The folder of the multilingual sample (see fixtures/README.md). */
export const MULTILINGUAL_DIR = fileURLToPath(new URL("../../../fixtures/multilingual/", import.meta.url));

/**
 * The multilingual sample as the files hold it (parse it with the content
 * package): a circular with a paragraph in each script an integration office
 * writes, and two profiles with counselling languages and a contact person
 * whose name is not German.
 */
export function multilingualSample(): { circular: unknown; profile: unknown; cyrillicProfile: unknown } {
  const read = (name: string) => JSON.parse(readFileSync(`${MULTILINGUAL_DIR}${name}`, "utf8")) as unknown;
  return { circular: read("mitteilung.json"), profile: read("kommune.json"), cyrillicProfile: read("kommune-kyrillisch.json") };
}
