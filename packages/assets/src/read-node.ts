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
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new AssetError(path, (error as NodeJS.ErrnoException).code ?? String(error));
  }
  return plainBytes(bytes);
}

/**
 * The file's bytes as a plain Uint8Array, as the browser reader gives them: a
 * view of the Buffer's memory where the Buffer has it to itself, not a copy
 * (copying Noto Sans SC's 10.5 MB took 30 ms of a cold start); a copy of a
 * Buffer that shares Node's pool, so nothing outside it can be moved away.
 */
export function plainBytes(bytes: Buffer): Uint8Array {
  const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return own ? new Uint8Array(bytes.buffer, 0, bytes.byteLength) : new Uint8Array(bytes);
}
