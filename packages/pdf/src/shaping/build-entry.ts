// What scripts/emit-shaping.mjs needs at build time: the builder, the font files and where each table goes.
export { buildShapingTable } from "./build-table.js";
export { FONTKIT_VERSION } from "./fontkit-version.js";
export { FONT_ASSETS, shapingAsset } from "../font-files.js";
