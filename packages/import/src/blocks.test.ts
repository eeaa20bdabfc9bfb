import { describe, expect, it } from "vitest";
import { buildBlocks, type Unit } from "./blocks.js";

// "" in the input is a blank line before the next unit.
function units(...lines: string[]): Unit[] {
  const out: Unit[] = [];
  let blank = false;
  for (const text of lines) {
    if (text === "") blank = true;
    else {
      out.push({ text, blankBefore: blank, quote: null });
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
    const types = buildBlocks(units("1. Der Antrag ist bis zum 30.06. zu stellen.", "", "1. Januar 2005 tritt das Gesetz in Kraft", "", "1. Kopie des Bescheides", "2. Nachweis der Zahlung", "", "1. die Gemeinde")).map((b) => b.type);
    expect(types).toEqual(["paragraph", "paragraph", "paragraph", "paragraph", "paragraph"]);
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

  it("quoted units are quotes; bullets inside <DIR> stay a list", () => {
    expect(
      buildBlocks([
        { text: "„Sehr geehrte Damen und Herren,", blankBefore: false, quote: "marks" },
        { text: "- kein Listenpunkt“", blankBefore: false, quote: "marks" },
        { text: "Eingerückt", blankBefore: false, quote: "dir" },
        { text: "- Punkt", blankBefore: false, quote: "dir" },
      ]),
    ).toEqual([
      { type: "quote", text: "„Sehr geehrte Damen und Herren," },
      { type: "quote", text: "- kein Listenpunkt“" },
      { type: "quote", text: "Eingerückt" },
      { type: "list", ordered: false, items: ["Punkt"] },
    ]);
  });
});
