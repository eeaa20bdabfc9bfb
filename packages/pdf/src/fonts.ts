import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { FontRole } from "./theme.js";

const FILES: Record<FontRole, string> = {
  regular: "400Regular/SourceSans3_400Regular.ttf",
  italic: "400Regular_Italic/SourceSans3_400Regular_Italic.ttf",
  semibold: "600SemiBold/SourceSans3_600SemiBold.ttf",
  bold: "700Bold/SourceSans3_700Bold.ttf",
};

export const FONT_ROLES = Object.keys(FILES) as FontRole[];

// Font files are read once per process: a batch of many municipalities renders many PDFs.
const cache = new Map<FontRole, Buffer>();

/** The TTF bytes of one Source Sans 3 cut (OFL, from the npm font package). */
export function fontData(role: FontRole): Buffer {
  let data = cache.get(role);
  if (!data) {
    const require = createRequire(import.meta.url);
    data = readFileSync(require.resolve(`@expo-google-fonts/source-sans-3/${FILES[role]}`));
    cache.set(role, data);
  }
  return data;
}
