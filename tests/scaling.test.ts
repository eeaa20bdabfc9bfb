import type { Circular } from "@handreichung/content";
import { circular441 } from "@handreichung/content/data";
import { renderDocx } from "@handreichung/docx";
import { renderPdf } from "@handreichung/pdf";
import { pdfPageCount } from "@handreichung/checks";
import { describe, expect, it } from "vitest";

/** A circular of `sections` sections, each a heading, three paragraphs and a list: about a page each. */
function circularOf(sections: number): Circular {
  const body: Circular["body"] = [];
  for (let s = 1; s <= sections; s++) {
    body.push({ type: "heading", level: 2, text: `${s}. Abschnitt über Zuständigkeiten` });
    for (let p = 1; p <= 3; p++) body.push({ type: "paragraph", text: `Absatz ${s}.${p}: ${"Die Kommune bündelt ihre Integrationsarbeit in einer Stabsstelle und vernetzt Fachdienste, Träger und Migrantenorganisationen. ".repeat(3)}` });
    body.push({ type: "list", ordered: false, items: [`Punkt ${s}.1 zur Steuerung`, `Punkt ${s}.2 zur Sprachförderung`, `Punkt ${s}.3 zur Vernetzung`] });
  }
  return { ...circular441, id: `scale-${sections}`, models: [], publication: null, body };
}


// Sizes, not wall-clock times: a quadratic step shows as output or pages out of proportion.
describe("output grows linearly with the content", () => {
  it("a 200-page circular renders, and 4× the content gives about 4× the pages and bytes", async () => {
    const small = await renderPdf(circularOf(115), { date: "2026-01-15" });
    const large = await renderPdf(circularOf(460), { date: "2026-01-15" });
    const [p1, p4] = [await pdfPageCount(small), await pdfPageCount(large)];
    expect(p4).toBeGreaterThanOrEqual(200);
    expect(p4 / p1).toBeGreaterThan(3.6);
    expect(p4 / p1).toBeLessThan(4.4);
    expect(large.length / small.length).toBeLessThan(4.6);
  }, 120_000);

  it("the Word template grows linearly too", async () => {
    const small = await renderDocx(circularOf(50), { date: "2026-01-15" });
    const large = await renderDocx(circularOf(200), { date: "2026-01-15" });
    const base = await renderDocx(circularOf(1), { date: "2026-01-15" });
    // Subtract the fixed scaffolding; what remains is the circular's share.
    const ratio = (large.length - base.length) / (small.length - base.length);
    expect(ratio).toBeGreaterThan(3.5);
    expect(ratio).toBeLessThan(4.5);
  }, 120_000);
});
