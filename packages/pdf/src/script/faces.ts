import type { FontRole } from "../theme.js";

/** A font of the fallback chain, after Source Sans 3. */
export type FaceId = "arabic" | "hebrew" | "chinese" | "emoji";

/** One fallback font family: OFL fonts from npm, a file per cut the handout uses. */
export interface FallbackFace {
  id: FaceId;
  family: string;
  /** The npm package it comes from (pinned in package.json). */
  package: string;
  /** Each role's file as an asset path (an npm package file). Italic takes the upright cut: these scripts have no italics. */
  files: Record<FontRole, string>;
}

const cuts = (pkg: string, stem: string): Record<FontRole, string> => ({
  regular: `${pkg}/400Regular/${stem}_400Regular.ttf`,
  italic: `${pkg}/400Regular/${stem}_400Regular.ttf`,
  semibold: `${pkg}/600SemiBold/${stem}_600SemiBold.ttf`,
  bold: `${pkg}/700Bold/${stem}_700Bold.ttf`,
});

/**
 * The fallback chain after Source Sans 3 (Latin with Turkish and Polish,
 * Greek, Cyrillic), in order: a character is set in the first font that has
 * it. Arabic script (Arabic, Persian, Urdu, Sorani Kurdish), Hebrew,
 * simplified Chinese, then monochrome emoji. All OFL 1.1.
 */
export const FALLBACK_FACES: readonly FallbackFace[] = [
  { id: "arabic", family: "Noto Sans Arabic", package: "@expo-google-fonts/noto-sans-arabic", files: cuts("@expo-google-fonts/noto-sans-arabic", "NotoSansArabic") },
  { id: "hebrew", family: "Noto Sans Hebrew", package: "@expo-google-fonts/noto-sans-hebrew", files: cuts("@expo-google-fonts/noto-sans-hebrew", "NotoSansHebrew") },
  { id: "chinese", family: "Noto Sans SC", package: "@expo-google-fonts/noto-sans-sc", files: cuts("@expo-google-fonts/noto-sans-sc", "NotoSansSC") },
  { id: "emoji", family: "Noto Emoji", package: "@expo-google-fonts/noto-emoji", files: cuts("@expo-google-fonts/noto-emoji", "NotoEmoji") },
];

/** Every fallback font file, for a page that must serve them (fetched only when a document needs one). */
export const FALLBACK_ASSETS: readonly string[] = [...new Set(FALLBACK_FACES.flatMap((f) => Object.values(f.files)))];
