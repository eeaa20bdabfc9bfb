import { describe, expect, it } from "vitest";
import { bidiLevels, hasRtl, levelRuns, mayReorder, mirroredCharacters, visualIndices } from "./direction.js";

/** The line as shown, left to right. */
const shown = (text: string, base: "ltr" | "rtl" | "auto") => {
  const levels = bidiLevels(text, base);
  return visualIndices(levels, 0, text.length).map((i) => text[i]).join("");
};

describe("bidi levels (bidi-js)", () => {
  it("finds right-to-left scripts", () => {
    expect(hasRtl("Beratung auf العربية")).toBe(true);
    expect(hasRtl("שלום")).toBe(true);
    expect(hasRtl("Türkçe, Русский, 中文 😀")).toBe(false);
  });

  it("says when the algorithm may reorder Latin text: a control that sets it right to left", () => {
    expect(mayReorder("Beratung auf العربية")).toBe(true);
    for (const control of ["\u202e", "\u202b", "\u2067", "\u200f"]) expect(mayReorder(`Stadt ${control}Musterstadt`), control).toBe(true);
    // Left-to-right controls, and the ends of embeddings and isolates, change nothing in Latin text.
    for (const control of ["\u202d", "\u202a", "\u2066", "\u200e", "\u2068", "\u202c", "\u2069"]) expect(mayReorder(`Stadt ${control}Musterstadt`), control).toBe(false);
  });

  it("keeps numbers and a German word left to right inside Arabic", () => {
    const text = "في عام 2024 زار Integrationsamt";
    const levels = bidiLevels(text, "rtl");
    expect(levels.base).toBe(1);
    const runs = levelRuns(levels).map((r) => [text.slice(r.start, r.end), r.level]);
    expect(runs).toEqual([["في عام ", 1], ["2024", 2], [" زار ", 1], ["Integrationsamt", 2]]);
    // Shown right to left: the German word leftmost, the number in its own order.
    expect(shown(text, "rtl")).toBe("Integrationsamt راز 2024 ماع يف");
  });

  it("orders an Arabic word inside a German line and takes the direction from the first strong letter", () => {
    expect(shown("auf مرحبا und", "ltr")).toBe("auf ابحرم und");
    expect(bidiLevels("مرحبا und", "auto").base).toBe(1);
    expect(bidiLevels("und مرحبا", "auto").base).toBe(0);
  });

  it("treats an emoji inside Arabic as neutral, not as two left-to-right letters", () => {
    const text = "مرحبا 😀 سلام";
    const levels = bidiLevels(text, "rtl");
    // Both halves at the paragraph's level, like the spaces around it; as two "A"s they would be 2.
    expect([levels.levels[6], levels.levels[7]]).toEqual([1, 1]);
    // In display order the pair sits between the two words, its halves next to each other.
    const order = visualIndices(levels, 0, text.length);
    expect(Math.abs(order.indexOf(6) - order.indexOf(7))).toBe(1);
    expect(order.indexOf(6)).toBe(6);
  });

  it("mirrors brackets in right-to-left runs only", () => {
    const text = "(مرحبا) (ok)";
    const mirrors = mirroredCharacters(bidiLevels(text, "rtl"), 0, text.length);
    expect(mirrors.get(0)).toBe(")");
    expect(mirrors.get(6)).toBe("(");
  });

  it("reads a line break as a break inside one paragraph, not a new direction", () => {
    const levels = bidiLevels("مرحبا\nund", "rtl");
    expect(levels.levels[6]).toBe(2);
  });

  it("honours explicit marks: an RLM puts a full stop after Arabic on the right side", () => {
    expect(shown("auf مرحبا.", "ltr")).toBe("auf ابحرم.");
    expect(shown("auf مرحبا.\u200f", "ltr").replace("\u200f", "")).toBe("auf .ابحرم");
  });
});
