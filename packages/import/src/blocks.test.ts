import { describe, expect, it } from "vitest";
import { buildBlocks, buildBody, segmentBody } from "./blocks.js";
import type { Unit } from "./units.js";

// "" in the input is a blank line before the next unit; "<DIR>" and "</DIR>" indent the lines between.
function units(...lines: string[]): Unit[] {
  const out: Unit[] = [];
  let blank = false;
  let indent: number | null = null;
  let groups = 0;
  for (const text of lines) {
    if (text === "") blank = true;
    else if (text === "<DIR>") indent = ++groups;
    else if (text === "</DIR>") indent = null;
    else {
      out.push({ text: text.replace(/\s+/g, " ").trim(), spaced: text, blankBefore: blank, indent });
      blank = false;
    }
  }
  return out;
}

describe("buildBlocks", () => {
  it("paragraphs stay one per line, text as written", () => {
    expect(buildBlocks(units("Erster Satz. Zweiter Satz.", "Dritter"))).toEqual([
      { type: "paragraph", text: "Erster Satz. Zweiter Satz." },
      { type: "paragraph", text: "Dritter" },
    ]);
  });

  it("'- ', '• ' and '– ' lines form one list, also across a blank line", () => {
    expect(buildBlocks(units("Folgendes:", "- a;", "• b;", "", "– c.", "Danach."))).toEqual([
      { type: "paragraph", text: "Folgendes:" },
      { type: "list", ordered: false, items: ["a;", "b;", "c."] },
      { type: "paragraph", text: "Danach." },
    ]);
  });

  it("a dash without space or inside a word is no bullet", () => {
    expect(buildBlocks(units("-Text", "Mitglieds- und Nachbargemeinden")).map((b) => b.type)).toEqual(["paragraph", "paragraph"]);
  });

  it("a line that lost its dash between a ':' line and a list is the first item", () => {
    expect(buildBlocks(units("Vier Lösungen:", "Erste Lösung.", "- Zweite Lösung.", "- Dritte Lösung."))).toEqual([
      { type: "paragraph", text: "Vier Lösungen:" },
      { type: "list", ordered: false, items: ["Erste Lösung.", "Zweite Lösung.", "Dritte Lösung."] },
    ]);
  });

  it("… but not after a blank line or without the colon", () => {
    expect(buildBlocks(units("Vier Lösungen:", "", "Erste Lösung.", "- Zweite.")).map((b) => b.type)).toEqual(["paragraph", "paragraph", "list"]);
    expect(buildBlocks(units("Das Buch", "- zeigt;")).map((b) => b.type)).toEqual(["paragraph", "list"]);
  });

  it("numbered headings: '1.' level 2, '1.1' level 3, numbers kept", () => {
    expect(buildBlocks(units("1. Ausgangslage", "Text.", "1.1 Recht", "Text.", "1.2. Praxis", "Text."))).toEqual([
      { type: "heading", level: 2, text: "1. Ausgangslage" },
      { type: "paragraph", text: "Text." },
      { type: "heading", level: 3, text: "1.1 Recht" },
      { type: "paragraph", text: "Text." },
      { type: "heading", level: 3, text: "1.2. Praxis" },
      { type: "paragraph", text: "Text." },
    ]);
  });

  it("with roman chapters, '1.' sections are level 3", () => {
    expect(buildBlocks(units("I. Allgemeines", "Text.", "1. Anwendungsbereich", "Text.")).map((b) => (b.type === "heading" ? b.level : 0))).toEqual([2, 0, 3, 0]);
  });

  it("numbered sentences, dates and runs of numbered lines are no headings", () => {
    const types = buildBlocks(units("1. Der Antrag ist bis zum 30.06. zu stellen.", "", "1. Januar 2005 tritt das Gesetz in Kraft", "", "1.1 Kopie des Bescheides", "1.2 Nachweis der Zahlung", "", "1. die Gemeinde")).map((b) => b.type);
    expect(types).toEqual(["paragraph", "paragraph", "paragraph", "paragraph", "paragraph"]);
  });

  it("'1.', '2.', … counting up from 1 is an ordered list, blank lines between or not", () => {
    expect(buildBlocks(units("Unterlagen:", "1. Kopie des Bescheides", "2. Nachweis der Zahlung", "", "Text.", "", "1. Die Kreise müssen sparen.", "", "2. Die Gemeinden auch."))).toEqual([
      { type: "paragraph", text: "Unterlagen:" },
      { type: "list", ordered: true, items: ["Kopie des Bescheides", "Nachweis der Zahlung"] },
      { type: "paragraph", text: "Text." },
      { type: "list", ordered: true, items: ["Die Kreise müssen sparen.", "Die Gemeinden auch."] },
    ]);
  });

  it("… but not a run that skips a number or does not start at 1", () => {
    expect(buildBlocks(units("2. Zweitens ist das so.", "3. Drittens auch.")).map((b) => b.type)).toEqual(["paragraph", "paragraph"]);
    expect(buildBlocks(units("1. Erstens ist das so.", "3. Drittens auch.")).map((b) => b.type)).toEqual(["paragraph", "paragraph"]);
  });

  it("a short one-line block between blank lines is a level-2 heading", () => {
    expect(buildBlocks(units("Text.", "", "Hinweise der Geschäftsstelle", "", "Mehr Text."))).toEqual([
      { type: "paragraph", text: "Text." },
      { type: "heading", level: 2, text: "Hinweise der Geschäftsstelle" },
      { type: "paragraph", text: "Mehr Text." },
    ]);
  });

  it("… but not without blank lines around, with punctuation, a comma, digits or as a letter's closing", () => {
    const candidates = ["Das Buch", "Herr Dr. Muster", "Köln, Bonn", "Stand 2004", "Mit freundlichen Grüßen", "www.example.org", "Ein Satz ohne Punkt aber mit viel zu vielen Wörtern darin"];
    for (const text of candidates.slice(1)) expect(buildBlocks(units("A.", "", text, "", "B."))[1]?.type, text).toBe("paragraph");
    expect(buildBlocks(units("A.", "", "Das Buch", "- zeigt;")).map((b) => b.type)).toEqual(["paragraph", "paragraph", "list"]);
    expect(buildBlocks(units("A.", "Hinweise", "B.")).map((b) => b.type)).toEqual(["paragraph", "paragraph", "paragraph"]);
  });

  it("a lone '- ' line followed by paragraphs is a sub-heading; two or more stay a list", () => {
    expect(buildBlocks(units("Text.", "- Zwischentitel", "Mehr Text.", "- Noch ein Titel", "Noch mehr Text."))).toEqual([
      { type: "paragraph", text: "Text." },
      { type: "heading", level: 2, text: "Zwischentitel" },
      { type: "paragraph", text: "Mehr Text." },
      { type: "heading", level: 2, text: "Noch ein Titel" },
      { type: "paragraph", text: "Noch mehr Text." },
    ]);
    expect(buildBlocks(units("1. Ausgangslage", "Text.", "- Zwischentitel", "Mehr Text.")).map((b) => (b.type === "heading" ? b.level : b.type))).toEqual([2, "paragraph", 3, "paragraph"]);
    expect(buildBlocks(units("Text.", "- a", "- b", "Mehr.")).map((b) => b.type)).toEqual(["paragraph", "list", "paragraph"]);
    // After a blank line below a list, a title-like "- " line followed by text starts the next part.
    expect(buildBlocks(units("In Betracht:", "- dünn besiedelte Gebiete,", "- Innenstadtlagen.", "", "- Wie wird gefördert", "Das Land fördert.")).map((b) => b.type)).toEqual([
      "paragraph", "list", "heading", "paragraph",
    ]);
    expect(buildBlocks(units("In Betracht:", "- erstens", "", "- zweitens", "Text.")).map((b) => b.type)).toEqual(["paragraph", "list", "paragraph"]);
    // A sentence, or the last line, stays a one-item list.
    expect(buildBlocks(units("Text.", "- Die Frist endet am 30.06.", "Mehr.")).map((b) => b.type)).toEqual(["paragraph", "list", "paragraph"]);
    expect(buildBlocks(units("Text.", "- Ende")).map((b) => b.type)).toEqual(["paragraph", "list"]);
  });

  it("column-aligned lines are a table, the first row a header when it has no figures", () => {
    expect(buildBlocks(units("Die Umlage:", "Jahr    Gemeinden    Betrag", "2019    396          1.234,5", "2020    396          1.301,0", "Text."))).toEqual([
      { type: "paragraph", text: "Die Umlage:" },
      { type: "table", headerRow: true, rows: [["Jahr", "Gemeinden", "Betrag"], ["2019", "396", "1.234,5"], ["2020", "396", "1.301,0"]] },
      { type: "paragraph", text: "Text." },
    ]);
  });

  it("a first row with figures other than years is no header row", () => {
    expect(buildBlocks(units("Borken    12    13", "Coesfeld  10    11"))[0]).toMatchObject({ type: "table", headerRow: false });
  });

  it("a blank column is an empty cell; tabs separate too; a double space in prose is no table", () => {
    expect(buildBlocks(units("Kreis       2019    2020", "Borken              12", "Coesfeld    10      11"))[0]).toEqual({
      type: "table",
      headerRow: true,
      rows: [["Kreis", "2019", "2020"], ["Borken", "", "12"], ["Coesfeld", "10", "11"]],
    });
    expect(buildBlocks(units("Aufgabe\tZuständig", "Planung\tAmt 61", "Bau\tAmt 65"))[0]).toMatchObject({ type: "table", headerRow: true });
    expect(buildBlocks(units("Die Gemeinde  hat beschlossen.", "Der Rat  stimmte zu.")).map((b) => b.type)).toEqual(["paragraph", "paragraph"]);
  });
});

describe("quotations and indented lines", () => {
  const body = (...lines: string[]) => buildBody(segmentBody(units(...lines)));

  it("a quotation over several paragraphs is one quote with its structure: paragraphs, numbered points", () => {
    expect(body("Der Landkreistag erklärt:", "„Wir fordern:", "", "1. Die Kreise müssen entlastet werden.", "", "2. Die Umlage ist zu senken.", "", "Wir bitten um Unterstützung.“", "Danach.")).toEqual([
      { type: "paragraph", text: "Der Landkreistag erklärt:" },
      {
        type: "quote",
        blocks: [
          { type: "paragraph", text: "„Wir fordern:" },
          { type: "list", ordered: true, items: ["Die Kreise müssen entlastet werden.", "Die Umlage ist zu senken."] },
          { type: "paragraph", text: "Wir bitten um Unterstützung.“" },
        ],
      },
      { type: "paragraph", text: "Danach." },
    ]);
  });

  it("paragraphs that each open with „ and only the last closes are one quotation", () => {
    expect(body("„Erstens gilt das.", "„Zweitens gilt das auch.", "„Drittens ist es so.“")).toEqual([
      { type: "quote", blocks: ["„Erstens gilt das.", "„Zweitens gilt das auch.", "„Drittens ist es so.“"].map((text) => ({ type: "paragraph", text })) },
    ]);
  });

  it("an unclosed quotation is loose text, unless the text is cut off inside it", () => {
    expect(body("„Offen", "und offen.").map((b) => b.type)).toEqual(["paragraph", "paragraph"]);
    expect(buildBody(segmentBody(units("Text.", "„Die Kreise", "1. Die Kreise müssen die Umlage senken", "2. Die Gemeinden prü"), { openAtEnd: true }))).toEqual([
      { type: "paragraph", text: "Text." },
      {
        type: "quote",
        blocks: [
          { type: "paragraph", text: "„Die Kreise" },
          { type: "list", ordered: true, items: ["Die Kreise müssen die Umlage senken", "Die Gemeinden prü"] },
        ],
      },
    ]);
  });

  it("a heading wrapped in <DIR> is a heading, roman and decimal at their levels", () => {
    expect(body("<DIR>", "I. Allgemeines", "</DIR>", "Text.", "<DIR>", "1. Anwendungsbereich", "</DIR>", "Text.", "<DIR>", "1.1 Ausnahmen", "</DIR>", "Text.")).toEqual([
      { type: "heading", level: 2, text: "I. Allgemeines" },
      { type: "paragraph", text: "Text." },
      { type: "heading", level: 3, text: "1. Anwendungsbereich" },
      { type: "paragraph", text: "Text." },
      { type: "heading", level: 3, text: "1.1 Ausnahmen" },
      { type: "paragraph", text: "Text." },
    ]);
  });

  it("an indented letter or announced quotation is a quote; an indented list is a list", () => {
    expect(body("Text.", "<DIR>", "Sehr geehrte Damen und Herren,", "die Frist wird verlängert.", "Mit freundlichen Grüßen", "</DIR>").map((b) => b.type)).toEqual(["paragraph", "quote"]);
    expect(body("Es heißt darin:", "<DIR>", "Die Akten sind fünf Jahre aufzubewahren.", "</DIR>")[1]).toEqual({ type: "quote", text: "Die Akten sind fünf Jahre aufzubewahren." });
    expect(body("Unterlagen:", "<DIR>", "- Antrag", "- Bescheid", "</DIR>").map((b) => b.type)).toEqual(["paragraph", "list"]);
    expect(body("Text.", "<DIR>", "Eingerückter Text ohne Anrede, der etwas erklärt.", "Noch ein Satz dazu, ebenfalls eingerückt.", "</DIR>", "Ende.").map((b) => b.type)).toEqual([
      "paragraph", "paragraph", "paragraph", "paragraph",
    ]);
  });
});

describe("lines inside a quotation", () => {
  it("bullets inside a quotation are a list inside the quote", () => {
    expect(buildBody(segmentBody(units("„Wir fordern", "- mehr Geld,", "- weniger Aufgaben.“")))).toEqual([
      { type: "quote", blocks: [{ type: "paragraph", text: "„Wir fordern" }, { type: "list", ordered: false, items: ["mehr Geld,", "weniger Aufgaben.“"] }] },
    ]);
  });
});
