import { zipSync, type Zippable } from "fflate";

/**
 * Writes a zip archive of `entries` in the given order, each DEFLATE-compressed
 * (level 6) with fflate, which runs the same in Node and in a browser: the CLI
 * and the web page write the same bytes. Deterministic: same entries, same bytes.
 */
export function writeZip(entries: readonly (readonly [name: string, data: Uint8Array])[]): Uint8Array {
  // 1980-01-01 00:00, the earliest a zip can say, for every entry, so the bytes
  // never depend on the clock. fflate writes an entry's time from the local
  // fields of `mtime`; built here from local fields, it reads back the same in
  // every time zone (each has a 1980-01-01 00:00).
  const mtime = new Date(1980, 0, 1);
  const files: Zippable = {};
  for (const [name, data] of entries) {
    if (Object.hasOwn(files, name)) throw new Error(`zip: "${name}" twice`);
    files[name] = data;
  }
  // Names are paths ("word/document.xml"), never integer-like keys that an object would reorder.
  return zipSync(files, { level: 6, mtime });
}
