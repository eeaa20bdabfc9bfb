// The font files and the shaping tables, as asset paths: what a page must
// serve, without loading the renderer (src/assets.ts).
import type { FontRole } from "./theme.js";

/** Each cut's file, as an asset path (Source Sans 3, OFL, from the npm font package). */
export const FILES: Record<FontRole, string> = {
  regular: "@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf",
  italic: "@expo-google-fonts/source-sans-3/400Regular_Italic/SourceSans3_400Regular_Italic.ttf",
  semibold: "@expo-google-fonts/source-sans-3/600SemiBold/SourceSans3_600SemiBold.ttf",
  bold: "@expo-google-fonts/source-sans-3/700Bold/SourceSans3_700Bold.ttf",
};

export const FONT_ROLES = Object.keys(FILES) as FontRole[];

/** Every font file the renderer may load, for a page that must serve them. */
export const FONT_ASSETS: readonly string[] = Object.values(FILES);

/**
 * The shaping table `pnpm build` makes of a cut (scripts/emit-shaping.mjs),
 * as an asset path: `@handreichung/pdf/shaping/SourceSans3_400Regular.json`.
 */
export function shapingAsset(fontAsset: string): string {
  const file = fontAsset.slice(fontAsset.lastIndexOf("/") + 1).replace(/\.ttf$/, "");
  return `@handreichung/pdf/shaping/${file}.json`;
}

/** Every shaping table, for a page that must serve them. */
export const SHAPING_ASSETS: readonly string[] = FONT_ASSETS.map(shapingAsset);

