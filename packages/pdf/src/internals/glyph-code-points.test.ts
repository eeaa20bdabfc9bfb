import { readPdf } from "@handreichung/checks";
import { blockCircular } from "@handreichung/checks";
import { describe, expect, it, vi } from "vitest";

// Parsed fonts are shared by every document of a process (a batch, the web
// page's worker). What one document's text does to fontkit's glyph objects
// must not change what a later document's text layer says.
describe("a document's text layer", () => {
  it("is not changed by what an earlier document in the same process set (a letter decomposed for its marks)", { timeout: 60_000 }, async () => {
    vi.resetModules();
    const { renderPdf } = await import("../index.js");
    const doc = (title: string) => blockCircular([{ type: "paragraph", text: `${title} im Absatz.` }], { title });
    // ạ̈: Source Sans 3 takes ạ apart into a and the dot below to stack the diaeresis (ccmp).
    await renderPdf(doc("ạ̈ Hạ̈ Test"), { date: "2026-01-15" });
    const later = await readPdf(await renderPdf(doc("Leitfaden zur Kalkulation"), { date: "2026-01-15" }));
    const text = later.pages.map((p) => p.text).join(" ");
    expect(text).toContain("Leitfaden zur Kalkulation");
    expect(text).not.toContain("ạ");
  });
});
