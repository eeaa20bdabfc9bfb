import { describe, expect, it } from "vitest";
import { circular441 } from "./data/circular-441-2004.js";
import { parseCircular } from "./parse.js";
import { lastBodyLine, quoteBlocks, readingText } from "./text-of.js";

const circular = parseCircular({
  id: "lkt-nrw-245-2023",
  issuer: "Landkreistag Nordrhein-Westfalen",
  series: "Rundschreiben",
  number: 245,
  year: 2023,
  date: "2023-06-07",
  title: "Kreisumlage 2024",
  fileReference: "21.10.02",
  source: { citation: "Rundschreiben Nr. 245/2023 vom 07.06.2023" },
  body: [
    { type: "paragraph", text: "Das Ministerium schreibt:" },
    {
      type: "quote",
      blocks: [
        { type: "paragraph", text: "„Sehr geehrte Damen und Herren," },
        { type: "heading", level: 3, text: "I. Finanzlage" },
        { type: "list", ordered: true, items: ["Die Kreise müssen sparen.", "Die Gemeinden auch.“"] },
      ],
    },
    { type: "table", headerRow: true, rows: [["Jahr", "Gemeinden", "Betrag"], ["2023", "", "12,5"]] },
    { type: "paragraph", text: "Ende." },
  ],
});

describe("readingText", () => {
  it("gives issuer, citation as written, title, every block's words in order and the Az.", () => {
    expect(readingText(circular).split("\n")).toEqual([
      "Landkreistag Nordrhein-Westfalen",
      "Rundschreiben Nr. 245/2023 vom 07.06.2023",
      "Kreisumlage 2024",
      "Das Ministerium schreibt:",
      "„Sehr geehrte Damen und Herren,",
      "I. Finanzlage",
      "1. Die Kreise müssen sparen.",
      "2. Die Gemeinden auch.“",
      "Jahr Gemeinden Betrag",
      "2023 12,5",
      "Ende.",
      "Az.: 21.10.02",
    ]);
  });

  it("reads a one-text quote as before", () => {
    const simple = { ...circular441, body: [{ type: "quote" as const, text: "„Zitat.“" }], models: [], publication: null };
    expect(readingText(simple)).toContain("\n„Zitat.“\n");
  });
});

describe("quoteBlocks and lastBodyLine", () => {
  it("a one-text quote is one paragraph", () => {
    expect(quoteBlocks({ type: "quote", text: "a" })).toEqual([{ type: "paragraph", text: "a" }]);
  });

  it("the last line is the last thing read", () => {
    expect(lastBodyLine(circular)).toBe("Ende.");
    expect(lastBodyLine({ ...circular, body: circular.body.slice(0, 2) })).toBe("2. Die Gemeinden auch.“");
  });
});
