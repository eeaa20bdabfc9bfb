import { circular441 } from "@handreichung/content/data";
import { describe, expect, it } from "vitest";
import { renderDocx } from "./index.js";
import { fullProfile, tinyPng } from "./testing/fixtures.js";
import { unzipDocx } from "./testing/unzip.js";

/**
 * The only formatting not in a style, and why. Everything else (bold labels,
 * table borders and shading, spacing, tab stops) is in named styles, so a
 * municipality restyles the document by changing a style.
 */
const ALLOWED: Record<string, string> = {
  "pPr pStyle": "the style itself",
  "pPr keepNext": "pagination that depends on the text: a lead-in with its list, a label with its list, contact lines, the circular's last paragraph with its Az.",
  "pPr keepLines": "the circular's last paragraph and its source line stay whole",
  "pPr pageBreakBefore": "the chapters that start a page (the style would make every heading do so)",
  "pPr numPr": "a numbered list's own instance, so it starts at 1; list items in table cells, whose style's list LibreOffice ignores",
  "pPr ilvl": "inside numPr",
  "pPr numId": "inside numPr",
  "rPr rStyle": "the character style itself",
  "tblPr tblStyle": "the table style itself",
  "tblPr tblW": "the table's width",
  "tblPr tblLayout": "fixed column widths, so Word and LibreOffice lay the table out alike",
  "tblPr tblLook": "which parts of the table style apply (the heading row)",
  "tcPr tcW": "the column width",
  "trPr tblHeader": "the heading row repeats on every page",
  "trPr cantSplit": "a row is not split across pages",
};

describe("direct formatting", () => {
  it("is only what the allowed list names, with its reason", async () => {
    const parts = await unzipDocx(await renderDocx(circular441, { profile: fullProfile, logo: tinyPng, models: ["essen", "paderborn"], date: "2026-03-02" }));
    const blank = await unzipDocx(await renderDocx(circular441));
    const seen = new Set<string>();
    for (const p of [parts, blank]) {
      for (const [name, xml] of Object.entries(p)) {
        if (!/^word\/(document|header\d*|footer\d*)\.xml$/.test(name)) continue;
        for (const m of xml.matchAll(/<w:(pPr|rPr|tblPr|tcPr|trPr)>((?:(?!<\/w:\1>)[\s\S])*)<\/w:\1>/g)) {
          for (const child of m[2]!.matchAll(/<w:([A-Za-z]+)/g)) seen.add(`${m[1]} ${child[1]}`);
        }
      }
    }
    for (const property of seen) expect(ALLOWED, property).toHaveProperty([property]);
    // No bold, colour, size, border, shading or spacing given directly.
    for (const forbidden of ["rPr b", "rPr color", "rPr sz", "pPr spacing", "pPr pBdr", "tcPr shd", "tcPr tcBorders", "tblPr tblBorders", "pPr tabs"]) expect(seen).not.toContain(forbidden);
  });
});
