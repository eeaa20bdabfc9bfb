import { describe, expect, it } from "vitest";
import { MAX_QUOTE_LINES, quotationEnd, quoteFinder } from "./quotes.js";

describe("quotationEnd", () => {
  it("finds a quotation over several lines, nested marks included", () => {
    expect(quotationEnd(["„Sehr geehrte Damen und Herren,", "das Gesetz „XY“ gilt.", "Im Auftrag“", "Danach."], 0)).toBe(2);
  });

  it("accepts punctuation after the closing mark, and »…« and \"…\"", () => {
    expect(quotationEnd(["„Ein Satz.“."], 0)).toBe(0);
    expect(quotationEnd(["»Ein Satz.", "Noch einer.«"], 0)).toBe(1);
    expect(quotationEnd(['"Ein Satz.', 'Noch einer."'], 0)).toBe(1);
  });

  it("is no quotation when it closes mid-line, never closes or does not start one", () => {
    expect(quotationEnd(["„Gut“, sagte er."], 0)).toBe(-1);
    expect(quotationEnd(["„Offen", "und offen"], 0)).toBe(-1);
    expect(quotationEnd(["Er sagte „gut“"], 0)).toBe(-1);
    expect(quotationEnd(["“Verkehrt“"], 0)).toBe(-1);
  });

  it("reads paragraphs that each open again with „ and only the last closes as one quotation", () => {
    expect(quotationEnd(["„Erstens.", "„Zweitens.", "„Drittens.“", "Danach."], 0)).toBe(2);
    // Nesting is tried first: a quotation inside a line that starts with „ still nests.
    expect(quotationEnd(["„Er schrieb:", "„Ja“ sei die Antwort.", "Ende.“"], 0)).toBe(2);
  });

  it("an unclosed quotation reaches the end only where the text is cut off, and not too far", () => {
    const lines = ["Text.", "„Offen", "1. Punkt", "2. Punkt"];
    expect(quoteFinder(lines).end(1)).toBe(-1);
    expect(quoteFinder(lines, { openAtEnd: true }).end(1)).toBe(3);
    const long = ["„Offen", ...Array<string>(MAX_QUOTE_LINES + 1).fill("weiter")];
    expect(quoteFinder(long, { openAtEnd: true }).end(0)).toBe(-1);
  });

  it("a closing mark too far away closes no quotation", () => {
    expect(quotationEnd(["„Anfang", ...Array<string>(MAX_QUOTE_LINES).fill("Text"), "Ende.“"], 0)).toBe(-1);
  });

  it("ignores punctuation after the closing mark, but no other text", () => {
    expect(quotationEnd(["„Ein Satz.“);"], 0)).toBe(0);
    expect(quotationEnd(["„Ein Satz.“ x"], 0)).toBe(-1);
  });
});
