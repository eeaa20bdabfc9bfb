import { loadHyphenation } from "@handreichung/hyphenation";
import { beforeAll, describe, expect, it } from "vitest";
import { breakLines } from "./lines.js";

beforeAll(() => loadHyphenation());

// One unit per character: widths are easy to reason about.
const measure = (s: string) => Array.from(s).length;

describe("breakLines", () => {
  it("takes the width of each space from its neighbours when told how (a space between Arabic words is Arabic)", () => {
    const wide = (before: string, after: string) => (/[\u0600-\u06ff]$/.test(before) && /^[\u0600-\u06ff]/.test(after) ? 3 : 1);
    const lines = breakLines("مرحبا مرحبا مرحبا abc", 17, measure, { gap: wide });
    expect(lines.map((l) => [l.text, l.width])).toEqual([
      ["مرحبا مرحبا", 13],
      ["مرحبا abc", 9],
    ]);
  });

  it("does not hyphenate when told not to, and still never overflows", () => {
    const text = "مرحبا Verwaltungsvereinfachung";
    for (const line of breakLines(text, 12, measure, { hyphenate: false })) {
      expect(line.hyphen).toBe(false);
      expect(line.width).toBeLessThanOrEqual(12);
    }
  });

  it("never sets a line wider than the measure", () => {
    const text = "Die Kommunale Gemeinschaftsstelle für Verwaltungsvereinfachung hat das Handbuch erarbeitet. " + "x".repeat(95);
    for (const width of [12, 20, 33, 60]) {
      for (const line of breakLines(text, width, measure)) expect(line.width + (line.hyphen ? 1 : 0)).toBeLessThanOrEqual(width);
    }
  });

  it("keeps every character, in order, when the lines are joined back", () => {
    const text = "Verwaltungsvereinfachung, Querschnittscharakter und aufsuchende Sprachförderung";
    const lines = breakLines(text, 14, measure);
    const joined = lines.map((l) => l.text + (l.hyphen || l.last ? "" : " ")).join("");
    expect(joined).toBe(text);
  });

  it("hyphenates German words at pattern points and marks the hyphen", () => {
    const lines = breakLines("Die Verwaltungsvereinfachung", 16, measure);
    expect(lines[0]!.hyphen).toBe(true);
    expect(["Die Verwaltungs", "Die Verwal", "Die Ver"]).toContain(lines[0]!.text);
  });

  it("breaks after an existing hyphen without adding one", () => {
    const lines = breakLines("StGB NRW-Mitteilung", 10, measure);
    expect(lines[0]).toMatchObject({ text: "StGB NRW-", hyphen: false, spaceAfter: false });
  });

  it("cuts a word with no break point to fit, without hanging", () => {
    const lines = breakLines("a".repeat(10_000), 70, measure);
    expect(lines).toHaveLength(143);
    expect(lines.every((l) => l.width <= 70)).toBe(true);
  });

  it("keeps hard line breaks", () => {
    expect(breakLines("Broschürenstelle\n40190 Düsseldorf", 100, measure).map((l) => l.text)).toEqual(["Broschürenstelle", "40190 Düsseldorf"]);
  });
});

describe("breakLines at compound joints", () => {
  it("breaks at the joint rather than three letters past it (Integrations-zentrum, not Integrationszen-trum)", () => {
    const lines = breakLines("Kommunales Integrationszentrum", 27, measure);
    expect(lines.map((l) => l.text)).toEqual(["Kommunales Integrations", "zentrum"]);
    expect(lines[0]!.hyphen).toBe(true);
  });

  it("in running text takes a break near a joint only when nothing else fills the line; in names never", () => {
    // 11 units: "Integrations-" does not fit, "Integrati-" (near the joint) does, "Integra-" fills too little.
    expect(breakLines("Integrationszentrum", 11, measure)[0]!.text).toBe("Integrati");
    expect(breakLines("Integrationszentrum", 11, measure, { strict: true })[0]!.text).toBe("Integra");
  });

  it("leaves at least three letters for the next line", () => {
    for (const width of [10, 12, 14, 16]) {
      for (const line of breakLines("interkulturelle Öffnung", width, measure).filter((l) => l.hyphen)) expect(line.text).not.toBe("interkulturel");
    }
  });

  it("breaks addresses before their punctuation, never adding a hyphen", () => {
    const lines = breakLines("kommunales.integrationszentrum.fachdienst-migration@hochsauerlandkreis.de", 45, measure);
    expect(lines.map((l) => l.text)).toEqual(["kommunales.integrationszentrum.fachdienst", "-migration@hochsauerlandkreis.de"]);
    expect(lines.some((l) => l.hyphen)).toBe(false);
  });
});
