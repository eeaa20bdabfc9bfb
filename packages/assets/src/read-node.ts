import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { AssetError } from "./errors.js";

/**
 * Node: the file from the installed package, resolved as `from` (the asking
 * module's import.meta.url) would import it. In the CLI's bundle that is the
 * bundle, which depends on every package that holds an asset.
 */
export async function readAsset(path: string, from: string): Promise<Uint8Array> {
  let file: string;
  try {
    file = createRequire(from).resolve(path);
  } catch {
    throw new AssetError(path, "not installed");
  }
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    throw new AssetError(path, (error as NodeJS.ErrnoException).code ?? String(error));
  }
}
