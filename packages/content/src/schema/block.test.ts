import { describe, expect, it } from "vitest";
import { circular441 } from "../data/circular-441-2004.js";
import { ContentError } from "../errors.js";
import { parseCircular } from "../parse.js";

/** A minimal valid circular around `body`. */
function withBody(body: unknown[], extra: Record<string, unknown> = {}) {
  return { id: "x", issuer: "Landkreistag Nordrhein-Westfalen", title: "Titel", body, ...extra };
}

function issues(input: unknown): string[] {
  try {
    parseCircular(input);
  } catch (error) {
    if (error instanceof ContentError) return error.lines();
    throw error;
  }
  return [];
}

describe("quote blocks", () => {
  it("keep the one-text form of existing files", () => {
    expect(parseCircular(withBody([{ type: "quote", text: "„Ein Satz.“" }])).body).toEqual([{ type: "quote", text: "„Ein Satz.“" }]);
  });

  it("hold paragraphs, sub-headings, numbered points and tables", () => {
    const blocks = [
      { type: "paragraph", text: "„Sehr geehrte Damen und Herren," },
      { type: "heading", level: 3, text: "1. Finanzlage" },
      { type: "list", ordered: true, items: ["Die Kreise müssen sparen.", "Die Gemeinden auch.“"] },
      { type: "table", headerRow: true, rows: [["Jahr", "Betrag"], ["2023", "12"]] },
    ];
    expect(parseCircular(withBody([{ type: "quote", blocks }])).body[0]).toEqual({ type: "quote", blocks });
  });

  it("have either text or blocks, and no quote or marker inside", () => {
    expect(issues(withBody([{ type: "quote" }]))).toEqual(["body[0].text: a quote has either text or blocks"]);
    expect(issues(withBody([{ type: "quote", text: "a", blocks: [{ type: "paragraph", text: "b" }] }]))).toEqual(["body[0].blocks: a quote has either text or blocks"]);
    expect(issues(withBody([{ type: "quote", blocks: [] }]))).toEqual(["body[0].blocks: a quote needs at least one block"]);
    expect(issues(withBody([{ type: "quote", blocks: [{ type: "quote", text: "a" }] }]))).toEqual(["body[0].blocks[0].type: Unknown type"]);
    expect(issues(withBody([{ type: "quote", blocks: [{ type: "models" }] }]))).toEqual(["body[0].blocks[0].type: Unknown type"]);
  });
});

describe("table blocks", () => {
  it("default to no header row; empty cells are allowed", () => {
    expect(parseCircular(withBody([{ type: "table", rows: [["a", ""], ["", "d"]] }])).body[0]).toEqual({ type: "table", headerRow: false, rows: [["a", ""], ["", "d"]] });
  });

  it("rejects ragged rows, empty tables and a header row alone", () => {
    expect(issues(withBody([{ type: "table", rows: [["a", "b"], ["c"]] }]))).toEqual(["body[0].rows[1]: has 1 cells, the first row 2"]);
    expect(issues(withBody([{ type: "table", rows: [] }]))).toEqual(["body[0].rows: a table needs at least one row"]);
    expect(issues(withBody([{ type: "table", rows: [[" ", ""]] }]))).toEqual(["body[0].rows: a table needs at least one cell with text"]);
    expect(issues(withBody([{ type: "table", headerRow: true, rows: [["a"]] }]))).toEqual(["body[0].headerRow: a header row needs at least one row below it"]);
    expect(issues(withBody([{ type: "table", rows: [[]] }]))).toEqual(["body[0].rows[0]: a row needs at least one cell", "body[0].rows: a table needs at least one cell with text"]);
  });
});

describe("incomplete", () => {
  it("is null unless a cut-off text says so", () => {
    expect(parseCircular(withBody([{ type: "paragraph", text: "Ein Satz." }])).incomplete).toBeNull();
    expect(parseCircular(circular441).incomplete).toBeNull();
  });

  it("records the last words, which must end the body", () => {
    const body = [{ type: "paragraph", text: "Die Geschäftsstelle bittet, die Gemeinde prü" }];
    expect(parseCircular(withBody(body, { incomplete: { lastWords: "die Gemeinde prü" } })).incomplete).toEqual({ lastWords: "die Gemeinde prü" });
    expect(issues(withBody(body, { incomplete: { lastWords: "etwas anderes" } }))).toEqual(["incomplete.lastWords: must be the last words of the body"]);
    expect(issues(withBody(body, { incomplete: {} }))).toEqual(["incomplete.lastWords: Required"]);
  });

  it("finds the last words inside a quote, a list and a table too", () => {
    const quote = { type: "quote", blocks: [{ type: "list", ordered: true, items: ["Erstens.", "Die Kreise müs"] }] };
    expect(issues(withBody([quote], { incomplete: { lastWords: "Die Kreise müs" } }))).toEqual([]);
    const table = { type: "table", rows: [["2022", "12"], ["2023", ""]] };
    expect(issues(withBody([table], { incomplete: { lastWords: "2023" } }))).toEqual([]);
  });
});
