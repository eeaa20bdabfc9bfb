import { circular441 } from "@handreichung/content/data";
import type { Circular } from "@handreichung/content";
import { describe, expect, it } from "vitest";
import { toMarkdown } from "./markdown.js";

describe("toMarkdown", () => {
  it("writes the circular as reading text in order", () => {
    const md = toMarkdown(circular441);
    const order = ["# Handbuch Integrationsarbeit", "StGB NRW-Mitteilung 441/2004 vom 26.05.2004", "Das Buch", "- zeigt den Kommunen", "### Stadt Arnsberg", "### Stadt Wuppertal", "Das kostenlose Handbuch", "Az.: I/1 800"];
    const positions = order.map((s) => md.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("escapes text that Markdown would read as structure", () => {
    const circular: Circular = {
      ...circular441,
      models: [],
      publication: null,
      body: [
        { type: "paragraph", text: "1. Januar ist ein Datum, kein Listenpunkt." },
        { type: "paragraph", text: "# kein Titel" },
        { type: "heading", level: 2, text: "Ausgangslage" },
        { type: "list", ordered: true, items: ["eins", "zwei"] },
        { type: "quote", text: "Zitat" },
      ],
    };
    expect(toMarkdown(circular)).toContain("1\\. Januar ist ein Datum");
    expect(toMarkdown(circular)).toContain("\\# kein Titel");
    expect(toMarkdown(circular)).toContain("## Ausgangslage\n\n1. eins\n2. zwei\n\n> Zitat");
  });

  it("writes a quotation with its own structure, and tables as pipe tables", () => {
    const circular: Circular = {
      ...circular441,
      models: [],
      publication: null,
      body: [
        { type: "quote", blocks: [{ type: "paragraph", text: "„Wir fordern:" }, { type: "list", ordered: true, items: ["mehr Geld,", "weniger Aufgaben.“"] }] },
        { type: "table", headerRow: true, rows: [["Jahr", "Betrag"], ["2023", "1 | 2"]] },
        { type: "table", headerRow: false, rows: [["Borken", "12"]] },
      ],
    };
    const md = toMarkdown(circular);
    expect(md).toContain("> „Wir fordern:\n>\n> 1. mehr Geld,\n> 2. weniger Aufgaben.“");
    expect(md).toContain("| Jahr | Betrag |\n| --- | --- |\n| 2023 | 1 \\| 2 |");
    expect(md).toContain("|  |  |\n| --- | --- |\n| Borken | 12 |");
  });
});
