// Where the render worker's assets are, and their early fetch: a module of
// its own, in one file with what it imports (vite.config.ts), loaded side by
// side with the PDF renderer, so that the worker's first file imports nothing
// and asks for the renderer the moment it runs.
import { loadAsset, setAssetBase } from "@handreichung/assets";
import { HYPHENATION_FIRST_ASSET } from "@handreichung/hyphenation";
import { FONT_ASSETS, SHAPING_ASSETS } from "@handreichung/pdf/assets";

/** Sets where the assets are (the page's origin); with `prefetch`, fonts, their shaping tables and patterns start loading now. */
export function prepare(assetBase: string, prefetch: boolean): void {
  setAssetBase(assetBase);
  if (!prefetch) return;
  // The renderer loads them itself; asked for now, they arrive while its code is still loading.
  for (const path of [...FONT_ASSETS, ...SHAPING_ASSETS, HYPHENATION_FIRST_ASSET]) loadAsset(path, import.meta.url).catch(() => undefined);
}
