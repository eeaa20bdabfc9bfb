// The one way fonts and hyphenation patterns reach the renderers: as bytes,
// asked for by package path, loaded on first use and kept. Which reader runs
// is chosen by the package's "imports" map: Node reads the installed package,
// a browser fetches the file from the page's origin.
import { readAsset } from "#read-asset";

export { AssetError } from "./errors.js";
export { setAssetBase } from "./base.js";

/**
 * An asset named as a file of an npm package, the way an import names it:
 * `@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf`.
 * A page serves it at the same path under its asset base.
 */
export type AssetPath = string;

const loaded = new Map<AssetPath, Promise<Uint8Array>>();

/**
 * The bytes of an asset, loaded once per process (or page) on first use. In
 * Node it is read from the installed package, resolved from `from` (pass the
 * asking module's `import.meta.url`); in a browser it is fetched from the asset
 * base the page set with setAssetBase. Rejects with AssetError.
 */
export function loadAsset(path: AssetPath, from: string): Promise<Uint8Array> {
  let bytes = loaded.get(path);
  if (!bytes) {
    bytes = readAsset(path, from);
    loaded.set(path, bytes);
    // A failed load (a network hiccup) is tried again next time.
    bytes.catch(() => loaded.delete(path));
  }
  return bytes;
}
