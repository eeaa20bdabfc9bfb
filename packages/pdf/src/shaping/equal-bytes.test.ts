import { blockCircular, multilingualSample } from "@handreichung/checks";
import { seededRandom, unseenProfile, wordMaker } from "@handreichung/checks/unseen-text";
import type { Circular } from "@handreichung/content";
import { describe, expect, it, vi } from "vitest";

// The shaping tables change how much work shaping takes, never what it gives:
// a handout rendered with them is byte for byte the one fontkit alone gives.
// Each side runs in a module graph of its own (fresh fonts, glyph caches and
// run caches), so neither can answer from what the other shaped.
const DATE = "2026-01-15";

/** Renders `cases` in a fresh module graph; `tables` says whether the shaping tables are used; counts the runs the tables shaped. */
async function renderAll(cases: { circular: unknown; options: object }[], tables: boolean): Promise<{ bytes: Uint8Array[]; fastRuns: number }> {
  vi.resetModules();
  const { setShapingTablesEnabled } = await import("../fonts.js");
  const { FastShaper } = await import("./fast-shaper.js");
  const { renderPdf } = await import("../index.js");
  const { parseCircular } = await import("@handreichung/content");
  setShapingTablesEnabled(tables);
  const layout = vi.spyOn(FastShaper.prototype, "layout");
  const bytes: Uint8Array[] = [];
  for (const c of cases) bytes.push(await renderPdf(parseCircular(c.circular), { date: DATE, onWarning: () => undefined, ...c.options }));
  const fastRuns = layout.mock.results.filter((r) => r.value !== null).length;
  layout.mockRestore();
  return { bytes, fastRuns };
}

/** A circular of random German-like words (umlauts, ß, capitals, numbers, punctuation), from `seed`. */
function randomCircular(seed: number): Circular {
  const words = wordMaker(seededRandom(seed));
  const sentence = () => {
    const n = 4 + Math.floor(words.random() * 14);
    const parts = Array.from({ length: n }, (_, i) => (i === 0 || words.random() < 0.3 ? words.noun() : words.word()));
    if (words.random() < 0.4) parts.splice(2, 0, `${Math.floor(words.random() * 10000)},${Math.floor(words.random() * 90 + 10)} €`);
    if (words.random() < 0.3) parts.push(`(„${words.place()}“)`);
    return `${parts.join(" ")}${words.pick([".", "!", "?", ":", ";"])}`;
  };
  const paragraph = () => Array.from({ length: 2 + Math.floor(words.random() * 4) }, sentence).join(" ");
  return blockCircular(
    [
      { type: "heading", level: 2, text: words.noun() },
      { type: "paragraph", text: paragraph() },
      { type: "list", ordered: false, items: [sentence(), sentence(), sentence()] },
      { type: "paragraph", text: paragraph() },
    ],
    { title: `${words.noun()} und ${words.noun()}` },
  );
}

describe("the shaping tables", () => {
  it("give the bytes fontkit alone gives, for unseen text, another profile and text in other scripts", { timeout: 240_000 }, async () => {
    const sample = multilingualSample();
    const cases = [
      ...[11, 2024, 77777].map((seed) => ({ circular: randomCircular(seed), options: { profile: unseenProfile(seed, DATE) } })),
      { circular: sample.circular, options: { profile: sample.profile } },
      { circular: sample.circular, options: { profile: sample.cyrillicProfile } },
    ];
    const plain = await renderAll(cases, false);
    const fast = await renderAll(cases, true);
    expect(plain.fastRuns).toBe(0);
    // The tables must actually carry the text, or this test proves nothing.
    expect(fast.fastRuns).toBeGreaterThan(500);
    fast.bytes.forEach((bytes, i) => expect(Buffer.compare(bytes, plain.bytes[i]!), `case ${i}`).toBe(0));
  });
});
