import { multilingualSample } from "@handreichung/checks";
import { unseenProfile } from "@handreichung/checks/unseen-text";
import { loadAsset } from "@handreichung/assets";
import { describe, expect, it, vi } from "vitest";
import { fullProfile, tinyPng } from "../testing/fixtures.js";
import { precompress } from "../zip-writer.js";
import { DOCX_VERSION, FIXED_PARTS_ASSET, fixedPartsFor, fixedPartsSource } from "./fixed-parts.js";

const DATE = "2026-01-15";

/** Renders `cases` in a fresh module graph (no template cache, parts loaded anew), with or without the fixed parts. */
async function renderAll(cases: { circular?: unknown; options: object }[], fixed: boolean): Promise<{ bytes: Uint8Array[]; used: boolean }> {
  vi.resetModules();
  const parts = await import("./fixed-parts.js");
  const { renderDocx } = await import("../index.js");
  const { parseCircular } = await import("@handreichung/content");
  const { defaultCircular } = await import("@handreichung/content/data");
  parts.setFixedPartsEnabled(fixed);
  const bytes: Uint8Array[] = [];
  for (const c of cases) bytes.push(await renderDocx(c.circular ? parseCircular(c.circular) : defaultCircular, { date: DATE, onWarning: () => undefined, ...c.options }));
  return { bytes, used: parts.fixedParts() !== null };
}

describe("the precompiled fixed parts", () => {
  it("give the bytes the docx library gives, for any circular, profile, logo and format", { timeout: 120_000 }, async () => {
    const sample = multilingualSample();
    const cases = [
      { options: {} },
      { options: { profile: unseenProfile(31, DATE) } },
      { options: { profile: fullProfile, logo: tinyPng, template: true } },
      { options: { models: ["paderborn", "essen"] } },
      { circular: sample.circular, options: { profile: sample.profile } },
    ];
    const plain = await renderAll(cases, false);
    const fast = await renderAll(cases, true);
    expect(plain.used).toBe(false);
    expect(fast.used, "dist/fixed-parts.json missing or stale: run pnpm build").toBe(true);
    fast.bytes.forEach((bytes, i) => expect(Buffer.compare(bytes, plain.bytes[i]!), `case ${i}`).toBe(0));
  });

  it("made from other style definitions or another docx are not used: docx compiles them, to the same result", async () => {
    const json = await loadAsset(FIXED_PARTS_ASSET, import.meta.url);
    expect(fixedPartsFor(json)).not.toBeNull();
    expect(fixedPartsFor(json, "9.15.3")).toBeNull();
    expect(fixedPartsFor(json, DOCX_VERSION, `${fixedPartsSource()}x`)).toBeNull();
    expect(fixedPartsFor(json, DOCX_VERSION, fixedPartsSource(), "0.8.4")).toBeNull();
    const file = JSON.parse(new TextDecoder().decode(json));
    const broken = structuredClone(file);
    broken.compressed[0].crc = "x";
    expect(fixedPartsFor(new TextEncoder().encode(JSON.stringify(broken)))).toBeNull();
    delete file.styleSheet.xml;
    expect(fixedPartsFor(new TextEncoder().encode(JSON.stringify(file)))).toBeNull();
    expect(fixedPartsFor(new TextEncoder().encode("{"))).toBeNull();
    expect(fixedPartsFor(null)).toBeNull();
  });

  it("store each compressed part as the zip writer compresses it, and only parts that many packages share", async () => {
    const file = fixedPartsFor(await loadAsset(FIXED_PARTS_ASSET, import.meta.url));
    expect(file, "dist/fixed-parts.json missing or stale: run pnpm build").not.toBeNull();
    const names = file!.compressed.map((p) => /<(?:\w+:)?(\w+)[ >]/.exec(p.text.replace(/^<\?xml[^>]*>/, ""))?.[1]);
    expect(names).toEqual(expect.arrayContaining(["styles", "theme", "settings", "numbering", "glossaryDocument"]));
    for (const part of file!.compressed) {
      const fresh = precompress(part.text);
      expect(Buffer.from(part.deflated, "base64").equals(Buffer.from(fresh.deflated)), part.text.slice(0, 80)).toBe(true);
      expect([part.crc, part.size]).toEqual([fresh.crc, fresh.size]);
      // Nothing of a circular or a profile: those parts differ between packages.
      expect(part.text).not.toMatch(/Integrationsarbeit|Städte- und Gemeindebund|Musterstadt/);
    }
  });
});

