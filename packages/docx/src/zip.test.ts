import { circular441 } from "@handreichung/content/data";
import JSZip from "jszip";
import { afterEach, describe, expect, it } from "vitest";
import { renderDocx } from "./index.js";
import { fullProfile, tinyPng } from "./testing/fixtures.js";

const options = { profile: fullProfile, logo: tinyPng, date: "2024-03-01" };

/** Name and compression method of each entry, read from the zip's central directory. */
function compressionMethods(zip: Uint8Array): [string, number][] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.byteLength - 22; // the end-of-central-directory record, without a comment
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const out: [string, number][] = [];
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(at + 28, true);
    out.push([new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)), view.getUint16(at + 10, true)]);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

describe("deterministic output", () => {
  const tz = process.env.TZ;
  afterEach(() => {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  it("gives the same bytes for the same input and date, whatever the time zone", async () => {
    process.env.TZ = "UTC";
    const a = await renderDocx(circular441, options);
    process.env.TZ = "Pacific/Kiritimati";
    const b = await renderDocx(circular441, options);
    process.env.TZ = "America/Los_Angeles";
    const c = await renderDocx(circular441, options);
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
    expect(Buffer.from(c).equals(Buffer.from(a))).toBe(true);
  });

  it("changes with the date, and stamps it into the properties", async () => {
    const a = await renderDocx(circular441, { date: "2024-03-01" });
    const b = await renderDocx(circular441, { date: "2024-03-02" });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    const core = await (await JSZip.loadAsync(b)).file("docProps/core.xml")!.async("string");
    expect(core).toContain(">2024-03-02T00:00:00Z</dcterms:modified>");
  });

  it("writes fixed entry times, [Content_Types].xml first, everything deflated", async () => {
    const bytes = await renderDocx(circular441);
    const zip = await JSZip.loadAsync(bytes);
    const entries = Object.values(zip.files);
    expect(entries[0]!.name).toBe("[Content_Types].xml");
    for (const e of entries) expect(e.date.toISOString()).toBe("1980-01-01T00:00:00.000Z");
    const names = entries.map((e) => e.name).slice(1);
    expect(names).toEqual([...names].sort());
    // Each entry's compression method in the central directory: 8 is deflate (0 would be stored).
    expect(compressionMethods(bytes)).toEqual(entries.map((e) => [e.name, 8]));
  });
});
