// What a web page must serve for the renderer, without loading the renderer.
export { FONT_ASSETS, SHAPING_ASSETS } from "./font-files.js";
// Fetched only when a document has text in these scripts (see script/fallback-fonts.ts).
export { FALLBACK_ASSETS } from "./script/faces.js";
