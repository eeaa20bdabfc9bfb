// The fallback fonts load only when a text needs them (each test file has its
// own module state, so nothing here is loaded by another file's documents).
import { circular441 } from "@handreichung/content/data";
import { describe, expect, it } from "vitest";
import { renderPdf } from "../index.js";
import { FALLBACK_FACES } from "./faces.js";
import { cutOf, type FallbackCut, isLoaded } from "./fallback-fonts.js";

const ALL_CUTS: FallbackCut[] = FALLBACK_FACES.flatMap((f) => (["regular", "semibold", "bold"] as const).map((role) => cutOf(f.id, role)));
const loaded = () => ALL_CUTS.filter(isLoaded);

describe("fallback fonts", () => {
  it("are not loaded for a German handout, personalised or not", async () => {
    await renderPdf(circular441, { date: "2026-01-15" });
    await renderPdf(circular441, { date: "2026-01-15", profile: { name: "Stadt Musterstadt", contact: { person: "Ayşe Yılmaz" }, languages: [{ lang: "tr", name: "Türkçe" }, { lang: "uk", name: "Українська" }] } });
    expect(loaded()).toEqual([]);
  });

  it("load only the cuts a text is set in: Arabic body text loads Noto Sans Arabic regular, and no Chinese", async () => {
    const bytes = await renderPdf({ ...circular441, body: [{ type: "paragraph", lang: "ar", text: "مرحبا بالعالم" }] }, { date: "2026-01-15" });
    expect(loaded()).toEqual(["arabic-regular"]);
    // Same bytes whether the font was loaded before or by this document.
    const again = await renderPdf({ ...circular441, body: [{ type: "paragraph", lang: "ar", text: "مرحبا بالعالم" }] }, { date: "2026-01-15" });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it("load a cut the first guess missed in a second pass, with the same result as when it was there from the start", async () => {
    // A heading in Hebrew is set semibold; a Hebrew word in the issuer line (semibold too) is not guessed from the content.
    const circular = { ...circular441, issuer: "Stadt Musterstadt שלום", body: [{ type: "paragraph" as const, text: "Text" }] };
    const first = await renderPdf(circular, { date: "2026-01-15" });
    expect(loaded()).toContain("hebrew-semibold");
    expect(Buffer.from(await renderPdf(circular, { date: "2026-01-15" })).equals(Buffer.from(first))).toBe(true);
  });
});
