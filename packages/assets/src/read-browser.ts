import { AssetError } from "./errors.js";
import { assetBase } from "./base.js";

/**
 * Browser: the file from the page's own origin, at its package path under the
 * base the page set (setAssetBase). Never another origin: the page's
 * Content-Security-Policy would refuse it anyway.
 */
export async function readAsset(path: string, _from?: string): Promise<Uint8Array> {
  const base = assetBase();
  if (base === undefined) throw new AssetError(path, "no asset base set (setAssetBase)");
  let response: Response;
  try {
    response = await fetch(new URL(path, base));
  } catch (error) {
    throw new AssetError(path, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw new AssetError(path, `HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
