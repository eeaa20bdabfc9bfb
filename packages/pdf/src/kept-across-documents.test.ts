import { unseenProfile } from "@handreichung/checks/unseen-text";
import { describe, expect, it, vi } from "vitest";
import { KeptAcrossDocuments, MAX_KEPT, MAX_TEXTS_SEEN_ONCE } from "./kept-across-documents.js";

const DATE = "2026-01-15";

/** A document that adds `texts` (those the cache does not hold yet) and is done. */
function shape(cache: KeptAcrossDocuments<unknown>, texts: readonly string[]): Record<string, unknown> {
  const own = cache.forDocument();
  for (const text of texts) if (!own[text]) own[text] = { run: text };
  cache.settle(own);
  return own;
}

describe("what documents keep for later ones (glyph runs, widths)", () => {
  it("is kept once a second document adds it too, and read through each document's own cache", () => {
    const cache = new KeptAcrossDocuments<unknown>();
    shape(cache, ["Integration", "Aahausen"]);
    expect(cache.size).toBe(0);
    shape(cache, ["Integration", "Beheim"]);
    expect(cache.size).toBe(1);
    const third = cache.forDocument();
    expect(third.Integration).toEqual({ run: "Integration" });
    expect(Object.keys(third)).toEqual([]);
    // A name only one document had is not kept, however many documents follow.
    for (let i = 0; i < 100; i++) shape(cache, ["Integration", `Gemeinde ${i}`]);
    expect(cache.size).toBe(1);
    expect(cache.lastAdded).toBe(1);
  });

  it("takes texts like __proto__ and constructor as any other", () => {
    const cache = new KeptAcrossDocuments<unknown>();
    for (let i = 0; i < 2; i++) shape(cache, ["__proto__", "constructor", "toString"]);
    expect(cache.size).toBe(3);
    const own = cache.forDocument();
    expect(own["__proto__"]).toEqual({ run: "__proto__" });
    expect(own.toString).toEqual({ run: "toString" });
  });

  it("stays bounded for hostile input: the texts seen once are forgotten, what is kept starts afresh", () => {
    const cache = new KeptAcrossDocuments<unknown>();
    const many = Array.from({ length: MAX_KEPT + 1 }, (_, i) => `w${i}`);
    shape(cache, many);
    expect(cache.size).toBe(0); // more texts seen once than are remembered: forgotten
    const some = many.slice(0, MAX_TEXTS_SEEN_ONCE);
    shape(cache, some);
    shape(cache, some);
    expect(cache.size).toBe(MAX_TEXTS_SEEN_ONCE);
    const early = cache.forDocument(); // handed out before the kept runs start afresh
    const rest = many.slice(MAX_TEXTS_SEEN_ONCE, MAX_TEXTS_SEEN_ONCE * 2);
    shape(cache, rest);
    shape(cache, rest);
    shape(cache, many.slice(MAX_TEXTS_SEEN_ONCE * 2));
    shape(cache, many.slice(MAX_TEXTS_SEEN_ONCE * 2));
    expect(cache.size).toBe(0); // over MAX_KEPT: afresh
    early.late = { run: "late" };
    cache.settle(early);
    cache.settle({ ...early });
    expect(cache.size).toBe(0);
  });

  it("keeps a batch's memory flat: the circular's words are shaped and measured twice in all, a municipality's name not kept, and the bytes those of a first document", { timeout: 120_000 }, async () => {
    // A fresh module graph: nothing shaped or kept yet, as in a new process.
    vi.resetModules();
    const { renderPdf } = await import("./index.js");
    const { glyphRuns, wordWidths } = await import("./fonts.js");
    const { circular441, parseProfile } = await import("@handreichung/content");
    const options = (seed: number) => ({ date: DATE, profile: parseProfile(unseenProfile(seed, DATE)), onWarning: () => undefined });
    const caches = { runs: glyphRuns("regular"), widths: wordWidths("regular") };
    const added = { runs: [] as number[], widths: [] as number[] };
    const kept = { runs: [] as number[], widths: [] as number[] };
    let last: Uint8Array = new Uint8Array();
    for (let seed = 1; seed <= 5; seed++) {
      last = await renderPdf(circular441, options(seed));
      for (const k of ["runs", "widths"] as const) {
        added[k].push(caches[k].lastAdded);
        kept[k].push(caches[k].size);
      }
    }
    for (const k of ["runs", "widths"] as const) {
      // The first two documents shape and measure the circular's words; later ones little more than their own.
      expect(added[k][0], k).toBeGreaterThan(300);
      for (const n of added[k].slice(2)) expect(n, k).toBeLessThan(added[k][0]! / 5);
      // What later documents add is not kept: only words two of them share.
      expect(kept[k][4]! - kept[k][2]!, k).toBeLessThan(added[k][0]! / 20);
    }

    vi.resetModules();
    const first = await (await import("./index.js")).renderPdf(circular441, options(5));
    expect(Buffer.compare(Buffer.from(last), Buffer.from(first))).toBe(0);
  });
});
