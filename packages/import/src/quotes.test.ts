import { describe, expect, it } from "vitest";
import { quotationEnd } from "./quotes.js";

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
});
