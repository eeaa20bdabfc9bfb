import { seededRandom, unseenPublishedText } from "@handreichung/checks/unseen-text";
import { circular441 } from "@handreichung/content/data";
import { zipSync, type Zippable } from "fflate";
import { describe, expect, it } from "vitest";
import { compileDocument } from "./compile-document.js";
import { documentInput } from "./input.js";
import { fullProfile } from "./testing/fixtures.js";
import { TextCleaner } from "./text.js";
import { writeZip, type ZipData } from "./zip-writer.js";

/** What fflate's zipSync writes for the same entries: the archive writeZip must match byte for byte. */
function fflateZip(entries: readonly (readonly [string, ZipData])[]): Uint8Array {
  const files: Zippable = {};
  for (const [name, data] of entries) files[name] = typeof data === "string" ? new TextEncoder().encode(data) : data;
  return zipSync(files, { level: 6, mtime: new Date(1980, 0, 1) });
}

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

describe("writeZip", () => {
  it("writes the bytes fflate's zipSync writes: a Word template's parts, twice (the second time from remembered parts)", async () => {
    const { loadHyphenation } = await import("@handreichung/hyphenation");
    await loadHyphenation();
    const parts = compileDocument(documentInput(circular441, { profile: fullProfile, date: "2024-03-01" }, new TextCleaner()));
    const entries = [...parts].map(([name, data]) => [name, data] as const);
    expect(entries.length).toBeGreaterThan(20);
    expect(same(writeZip(entries), fflateZip(entries))).toBe(true);
    expect(same(writeZip(entries), fflateZip(entries))).toBe(true);
  });

  it("writes the bytes zipSync writes for random text and bytes, names with umlauts, empty and long parts", () => {
    const random = seededRandom(15);
    const bytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(random() * 256));
    const entries: (readonly [string, ZipData])[] = [
      ["[Content_Types].xml", "<Types/>"],
      ["leer.txt", ""],
      ["Straße/Übersicht.xml", unseenPublishedText(3)],
      ["groß.bin", bytes(70_000)],
      ["lang.txt", unseenPublishedText(4, 400)],
      ["wenig.bin", bytes(3)],
    ];
    expect(entries[4]![1].length).toBeGreaterThan(32 * 1024);
    for (let i = 0; i < 2; i++) expect(same(writeZip(entries), fflateZip(entries))).toBe(true);
  });

  it("refuses a name given twice", () => {
    expect(() => writeZip([["a.xml", "1"], ["a.xml", "2"]])).toThrow('zip: "a.xml" twice');
  });
});
