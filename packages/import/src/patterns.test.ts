// The structure of real page layouts, one fixture per pattern (invented text in
// the layouts of published pages): what each line is read as.
import type { Block } from "@handreichung/content";
import { describe, expect, it } from "vitest";
import { ImportError } from "./errors.js";
import { importCircular } from "./import.js";
import { fixture } from "./testing/fixtures.js";

const shape = (blocks: readonly Block[]) =>
  blocks.map((b) => (b.type === "heading" ? `h${b.level}: ${b.text}` : b.type === "quote" && b.blocks ? `quote[${b.blocks.map((i) => i.type).join(",")}]` : b.type));

describe("<DIR>-wrapped, roman and decimal headings (dir-headings.txt)", () => {
  const { circular, warnings } = importCircular(fixture("dir-headings.txt"));

  it("are headings at their level, not quotes", () => {
    expect(warnings).toEqual([]);
    expect(circular.body.filter((b) => b.type === "heading")).toEqual([
      { type: "heading", level: 2, text: "I. Allgemeines" },
      { type: "heading", level: 3, text: "1. Anwendungsbereich" },
      { type: "heading", level: 3, text: "1.1 Fristen" },
      { type: "heading", level: 2, text: "II. Finanzlage" },
      { type: "heading", level: 3, text: "2. Konsolidierungsmaßnahmen" },
    ]);
  });

  it("an indented list stays a list; an announced indented passage is a quote", () => {
    expect(shape(circular.body).slice(-5)).toEqual(["paragraph", "list", "paragraph", "quote", "paragraph"]);
    expect(circular.body.at(-2)).toEqual({
      type: "quote",
      text: "Die Gemeinde hat alle Möglichkeiten der Ertragssteigerung auszuschöpfen. Eine Kreditaufnahme für laufende Aufgaben ist nicht zulässig.",
    });
  });
});

describe("cut-off text (cut-off.txt)", () => {
  const { circular, warnings } = importCircular(fixture("cut-off.txt"));

  it("is recorded as incomplete, and a warning names the last words", () => {
    expect(circular.incomplete).toEqual({ lastWords: "Vergabe die Eignung der Bieter sorgfältig zu prü" });
    expect(warnings).toEqual([
      'no file reference ("Az.: …") found: fileReference is null',
      'the text stops mid-sentence (last words "Vergabe die Eignung der Bieter sorgfältig zu prü"): marked incomplete, an excerpt of the published text',
    ]);
  });

  it("fails in strict mode, naming the missing Az. and the cut", () => {
    expect(() => importCircular(fixture("cut-off.txt"), { strict: true })).toThrow(
      'missing required field(s) (strict): fileReference; the text is cut off after "Vergabe die Eignung der Bieter sorgfältig zu prü"',
    );
  });

  it("a text that ends with a sentence, a signature or an address is complete", () => {
    for (const name of ["staedtetag-nrw-schnellbrief.txt", "dstgb-aktuell.txt", "gstb-rlp-nachrichten.txt", "lkt-nrw-rundschreiben.txt"]) {
      expect(importCircular(fixture(name)).circular.incomplete, name).toBeNull();
    }
  });
});

describe("quoted statements", () => {
  it("an unclosed quotation at the end of a cut-off text is still a quote, its numbered points a list (quote-open-cut-off.txt)", () => {
    const { circular } = importCircular(fixture("quote-open-cut-off.txt"));
    expect(circular.incomplete).toEqual({ lastWords: "zusätzlichen Lasten nicht mehr aus eigener Kraft tra" });
    expect(shape(circular.body)).toEqual(["paragraph", "quote[paragraph,paragraph,list]"]);
    const quote = circular.body[1];
    expect(quote?.type === "quote" && quote.blocks?.[2]).toEqual({
      type: "list",
      ordered: true,
      items: [
        "Die Kosten der Unterkunft müssen vom Bund in höherem Umfang getragen werden.",
        "Das Land muss die Verbundquote wieder auf 28,5 Prozent anheben.",
        "Neue Aufgaben dürfen den Kommunen nur mit voller Kostendeckung übertragen werden, denn die Gemeinden können die zusätzlichen Lasten nicht mehr aus eigener Kraft tra",
      ],
    });
  });

  it("a closed quotation over several paragraphs keeps its sub-headings and numbered points (quote-closed-structure.txt)", () => {
    const { circular } = importCircular(fixture("quote-closed-structure.txt"));
    expect(shape(circular.body)).toEqual([
      "paragraph",
      "quote[paragraph,paragraph,paragraph,heading,paragraph,list,heading,paragraph,paragraph,paragraph]",
      "paragraph",
      "quote[paragraph,paragraph,paragraph]",
    ]);
    const quote = circular.body[1];
    expect(quote?.type === "quote" && quote.blocks?.filter((b) => b.type !== "paragraph")).toEqual([
      { type: "heading", level: 2, text: "I. Verteilungsmasse" },
      { type: "list", ordered: true, items: ["Die Verbundquote ist auf 28,5 Prozent anzuheben.", "Die Befrachtungen des Steuerverbundes sind zurückzuführen.", "Die Abrechnung ist zeitnah vorzunehmen."] },
      { type: "heading", level: 2, text: "II. Verteilung" },
    ]);
    // Numbered points inside a quotation never become headings of the circular.
    expect(circular.body.some((b) => b.type === "heading")).toBe(false);
  });
});

describe("column-aligned tables (tables.txt)", () => {
  const { circular } = importCircular(fixture("tables.txt"));
  const tables = circular.body.filter((b) => b.type === "table");

  it("space- and tab-aligned lines are tables; a first row of labels (years allowed) is the header", () => {
    expect(tables.map((t) => [t.headerRow, t.rows.length, t.rows[0]!.length])).toEqual([
      [true, 4, 3],
      [true, 4, 3],
      [true, 4, 3],
    ]);
    expect(tables[0]!.rows[0]).toEqual(["Jahr", "Gemeinden", "Kassenkredite (Mio. Euro)"]);
  });

  it("a blank in a column is an empty cell in its place", () => {
    expect(tables[1]!.rows[2]).toEqual(["Coesfeld", "", "58"]);
    expect(tables[2]!.rows[2]).toEqual(["10.000 bis 25.000 Einwohner", "31 Prozent", "plus 2 Prozent"]);
  });
});

describe("lone '- ' lines (lone-dash-subheadings.txt)", () => {
  it("are sub-headings; consecutive '- ' lines stay a list", () => {
    const { circular } = importCircular(fixture("lone-dash-subheadings.txt"));
    expect(shape(circular.body)).toEqual([
      "paragraph",
      "h2: Wer ist verpflichtet",
      "paragraph",
      "h2: Welche Ausnahmen gelten",
      "paragraph",
      "list",
      "h2: Wie wird gefördert",
      "paragraph",
    ]);
  });
});

describe("page furniture (furniture-banner.txt)", () => {
  it("banners, button rows and icon rows are dropped, each named in a warning", () => {
    const { circular, warnings, dropped } = importCircular(fixture("furniture-banner.txt"));
    expect(dropped).toEqual([
      "Impressionen vom",
      "Städte- und Gemeindetag 2008",
      "Drucken | Teilen | Link kopieren",
      "Zurück zur Übersicht",
      "ICON/icon_verband ICON/icon_verbandintern icon-search",
    ]);
    expect(warnings).toEqual(dropped.map((line) => `dropped page furniture: ${JSON.stringify(line)}`));
    expect(circular).toMatchObject({ title: "Präsidium neu gewählt", fileReference: "0.1.1" });
    expect(shape(circular.body)).toEqual(["paragraph", "paragraph"]);
  });
});

describe("other publishers", () => {
  it.each([
    ["lkt-nrw-rundschreiben.txt", { id: "lkt-nrw-245-2023", issuer: "Landkreistag Nordrhein-Westfalen", series: "Rundschreiben", number: 245, year: 2023, date: "2023-06-07", fileReference: "21.10.02 Kr/Sch", title: "Kreisumlage 2024: Orientierungsdaten des Landes veröffentlicht", source: { citation: "Rundschreiben Nr. 245/2023 vom 07.06.2023" } }],
    ["staedtetag-nrw-schnellbrief.txt", { id: "staedtetag-nrw-57-2022", issuer: "Städtetag Nordrhein-Westfalen", series: "Schnellbrief", number: 57, year: 2022, date: "2022-03-14", fileReference: null, title: "Unterbringung Geflüchteter: Erstattung der Kosten durch das Land", source: { citation: "Schnellbrief Nr. 57/2022 · Köln, 14.03.2022" } }],
    ["dstgb-aktuell.txt", { id: "dstgb-24-2023", issuer: "Deutscher Städte- und Gemeindebund", series: "DStGB Aktuell", number: 24, year: 2023, date: "2023-06-16", fileReference: null, title: "Kommunale Wärmeplanung: Bundestag beschließt Gesetz", source: { citation: "DStGB Aktuell · Ausgabe 24/2023 vom 16.06.2023" } }],
    ["gstb-rlp-nachrichten.txt", { id: "gstb-rlp-142-2023", issuer: "Gemeinde- und Städtebund Rheinland-Pfalz", series: "GStB-Nachrichten", number: 142, year: 2023, date: "2023-08-21", fileReference: "700-20", title: "Grundsteuerreform: Hinweise zu den Hebesätzen 2025", source: { citation: "GStB-Nachrichten Nr. 0142/2023 · Mainz, 21.08.2023" } }],
  ])("%s: issuer, series, number, year, date, title and Az. where given", (name, expected) => {
    const { circular, warnings } = importCircular(fixture(name), { strict: true });
    expect(circular).toMatchObject({ ...expected, category: null, incomplete: null });
    // No category warning: these publishers have no categories.
    expect(warnings.filter((w) => w.includes("category"))).toEqual([]);
  });

  it("the publisher's line is not body text", () => {
    const { circular } = importCircular(fixture("lkt-nrw-rundschreiben.txt"));
    expect(JSON.stringify(circular.body)).not.toContain("Landkreistag Nordrhein-Westfalen");
  });
});

describe("what is not a circular is still refused (fixtures/refused)", () => {
  it.each([
    ["dstgb-pressemitteilung.txt", 'not a circular: a press release or news item ("Pressemitteilung Nr. 18/2023 vom 12.05.2023"), not a circular of a municipal association'],
    ["lkt-nrw-aktuelles.txt", 'not a circular: a press release or news item ("Aktuelles"), not a circular of a municipal association'],
    ["staedtetag-presseinformation.txt", 'not a circular: a press release or news item ("Presseinformation"), not a circular of a municipal association'],
    ["news-article.txt", 'not a circular: no header ("Mitteilungen - …", "StGB NRW-Mitteilung N/JJJJ", "Rundschreiben Nr. N/JJJJ" under a publisher, "N/JJJJ") and no "Az.:" line'],
    ["rundschreiben-ohne-verband.txt", 'not a circular of a known publisher: "Rundschreiben Nr. 12/2023 vom 03.03.2023" names no publisher (a line such as "Landkreistag Nordrhein-Westfalen" or "Städtetag Nordrhein-Westfalen")'],
  ])("%s", (name, message) => {
    let error: unknown;
    try {
      importCircular(fixture(`refused/${name}`));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ code: "E_IMPORT_NOT_A_CIRCULAR", message });
  });
});
