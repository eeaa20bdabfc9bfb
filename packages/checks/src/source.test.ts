import { describe, expect, it } from "vitest";
import { seedText } from "./fixtures.js";
import { sourceBody, sourceHasList, sourceHasSubheading } from "./source.js";

describe("the source's body", () => {
  it("is what lies between the title and the closing Az. line, furniture left out", () => {
    const body = sourceBody(seedText(), ["Handbuch Integrationsarbeit"]);
    expect(body.startsWith("\nDas neu erstellte Handbuch")).toBe(true);
    expect(body.trimEnd().endsWith("steht dort auch als Download zur Verfügung")).toBe(true);
    expect(body).not.toContain("Az.:");
    expect(body).not.toContain("ICON/");
  });

  it("is everything when no title matches", () => {
    expect(sourceBody("A.\nB.\n", ["Titel"])).toBe("A.\nB.");
  });

  it("knows a list and a subheading when it sees one", () => {
    expect(sourceHasList(seedText())).toBe(true);
    expect(sourceHasList("Titel\n\nNur Text.\n")).toBe(false);
    expect(sourceHasSubheading("Kategorie\n\nNummer\n\nTitel\n\nText.\n\nZwischentitel\n\nMehr Text.\n")).toBe(true);
    expect(sourceHasSubheading("Kategorie\n\nNummer\n\nTitel\n\nText.\n")).toBe(false);
  });
});

describe("the source's title line", () => {
  it("is found with its leftover tags", () => {
    expect(sourceBody("Kategorie\n\nTitel<o:p></o:p>\n\nText.\n\nAz.: 1\n", ["Titel"])).toBe("\nText.\n");
  });
});
