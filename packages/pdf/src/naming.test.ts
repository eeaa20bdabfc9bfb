import type { Profile } from "@handreichung/content";
import { circular441 } from "@handreichung/content/data";
import { describe, expect, it } from "vitest";
import { renderPdf } from "./index.js";
import { pdfElements, readPdf, type PdfDocument } from "@handreichung/checks";

const DATE = "2026-03-02";
const contact = { person: "Erika Mustermann", phone: "0211 123-0" };

// A Stadt, a Gemeinde, a Kreis named "Kreis X" and a Kreis named "X-kreis": named as the Word template names them.
const kinds: [string, Profile, string, string][] = [
  ["a Stadt", { name: "Musterstadt", kind: "Stadt", contact }, "Stadt Musterstadt", "So erreichen Sie die Stadt Musterstadt:"],
  ["a Gemeinde", { name: "Kleinort", kind: "Gemeinde", contact }, "Gemeinde Kleinort", "So erreichen Sie die Gemeinde Kleinort:"],
  ["a Kreis named 'Kreis X'", { name: "Kreis Lippe", kind: "Kreis", contact }, "Kreis Lippe", "So erreichen Sie den Kreis Lippe:"],
  ["a Kreis named 'X-kreis'", { name: "Hochsauerlandkreis", kind: "Kreis", contact }, "Hochsauerlandkreis", "So erreichen Sie den Hochsauerlandkreis:"],
];

/** The text of each tagged paragraph, in reading order. */
const paragraphsOf = (doc: PdfDocument) => pdfElements(doc).filter((n) => n.role === "P").map((n) => n.text.replace(/\s+/g, " ").trim());
const render = async (options: Parameters<typeof renderPdf>[1]) => readPdf(await renderPdf(circular441, { date: DATE, ...options }));

describe.each(kinds)("the municipality's name in the handout: %s", (_, profile, official, lead) => {
  it("stands as its official name in the band and the page header, and in grammatical German in the contact box", async () => {
    const doc = await render({ profile });
    const ps = paragraphsOf(doc);
    expect(ps[0]).toBe(official);
    expect(ps).toContain(lead);
    // The page header (an artifact) on page 2 names it the same way.
    expect(doc.pages[1]!.artifactText).toContain(official);
    expect(doc.pages.map((p) => p.text).join("\n")).not.toMatch(/\b(Stadt|Gemeinde|Kreis) \1\b|Kreis \S+kreis\b/);
  });
});

describe("a selection of models", () => {
  it("says which and how many the handout shows, right after the circular's own sentence, which stays as it is", async () => {
    const ps = paragraphsOf(await render({ models: ["essen", "paderborn"] }));
    const lead = ps.indexOf("Beispielhaft werden vier Lösungen „vor Ort“ dargestellt:");
    expect(lead).toBeGreaterThan(0);
    expect(ps[lead + 1]).toBe("Diese Fassung zeigt zwei der vier Modelle der Mitteilung: die Stadt Essen und den Kreis Paderborn.");
    const all = paragraphsOf(await render({}));
    expect(all.some((p) => p.startsWith("Diese Fassung"))).toBe(false);
  });

  it("introduces the ordering details as the circular's of 2004", async () => {
    const ps = paragraphsOf(await render({}));
    expect(ps).toContain("Die folgenden Bestellangaben stammen aus der Mitteilung von 2004 und wurden seitdem nicht aktualisiert.");
  });
});
