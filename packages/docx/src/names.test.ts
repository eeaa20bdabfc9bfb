import type { Profile } from "@handreichung/content";
import { circular441 } from "@handreichung/content/data";
import { describe, expect, it } from "vitest";
import { renderDocx } from "./index.js";
import { contentControls, paragraphs, textOf, unzipDocx } from "./testing/unzip.js";

interface Forms {
  official: string;
  nominative: string;
  accusative: string;
  dative: string;
  /** After "in", contracted: "im Kreis Lippe". */
  in: string;
  genitive: string;
  pronoun: string;
}

// A Stadt, a Gemeinde, a Kreis named "Kreis X" and a Kreis named "X-kreis".
const kinds: [string, Profile, Forms][] = [
  [
    "a Stadt",
    { name: "Musterstadt", kind: "Stadt" },
    { official: "Stadt Musterstadt", nominative: "die Stadt Musterstadt", accusative: "die Stadt Musterstadt", dative: "der Stadt Musterstadt", in: "in der Stadt Musterstadt", genitive: "der Stadt Musterstadt", pronoun: "sie" },
  ],
  [
    "a Gemeinde",
    { name: "Gemeinde Kleinort", kind: "Gemeinde" },
    { official: "Gemeinde Kleinort", nominative: "die Gemeinde Kleinort", accusative: "die Gemeinde Kleinort", dative: "der Gemeinde Kleinort", in: "in der Gemeinde Kleinort", genitive: "der Gemeinde Kleinort", pronoun: "sie" },
  ],
  [
    "a Kreis named 'Kreis X'",
    { name: "Lippe", kind: "Kreis" },
    { official: "Kreis Lippe", nominative: "der Kreis Lippe", accusative: "den Kreis Lippe", dative: "dem Kreis Lippe", in: "im Kreis Lippe", genitive: "des Kreises Lippe", pronoun: "er" },
  ],
  [
    "a Kreis named 'X-kreis'",
    { name: "Hochsauerlandkreis", kind: "Kreis" },
    { official: "Hochsauerlandkreis", nominative: "der Hochsauerlandkreis", accusative: "den Hochsauerlandkreis", dative: "dem Hochsauerlandkreis", in: "im Hochsauerlandkreis", genitive: "des Hochsauerlandkreises", pronoun: "er" },
  ],
];

describe.each(kinds)("the municipality's name in the Word template: %s", (_, profile, f) => {
  it("is grammatical in every sentence that names it", async () => {
    const parts = await unzipDocx(await renderDocx(circular441, { profile, date: "2026-03-02" }));
    const doc = parts["word/document.xml"]!;
    const ps = paragraphs(doc).map((p) => textOf(p).trim());
    const expected = [
      `Organisation der Integrationsarbeit ${f.in}`,
      `Mit dieser Vorlage hält ${f.nominative} fest, wie ${f.pronoun} die Integrationsarbeit selbst organisiert.`,
      `Beschreiben Sie kurz, wie die Integrationsarbeit ${f.in} heute organisiert ist: Welche Ämter, Fachdienste und Träger sind beteiligt? ` +
        "Wo sind Ausländerangelegenheiten, Sozialleistungen und Sprachförderung angesiedelt? Wo gibt es Doppelarbeit oder Lücken?",
      "Die Tabelle zeigt die vier Modelle der Mitteilung; die Kernpunkte sind wörtlich aus dem Text der Mitteilung übernommen (vollständig im Referenzteil). " +
        `Kreuzen Sie an, welchem Modell ${f.nominative} folgt, und beschreiben Sie darunter Ihre Organisation oder Ihre eigene Mischform.`,
      `Begründen Sie die Wahl und beschreiben Sie, wo ${f.nominative} vom gewählten Modell abweicht.`,
      `Eine Zeile je Organisationseinheit ${f.genitive} und je beteiligtem Träger (Amt, Fachdienst, Stabsstelle, Verein): welche Aufgaben der Integrationsarbeit sie wahrnimmt und wer dort ansprechbar ist. ` +
        "Die erste Zeile ist mit dem zuständigen Amt vorbelegt.",
      `Halten Sie fest, wer die Integrationsarbeit ${f.in} steuert, wie Ziele vereinbart und überprüft werden und in welchen Gremien und Netzwerken ` +
        "die Verwaltung mit Land, Freier Wohlfahrtspflege, Trägern und Migrantenorganisationen zusammenarbeitet.",
      `Tragen Sie die Maßnahmen ein, mit denen ${f.nominative} die Integration fördert, einschließlich der Angebote zur Sprachförderung. ` +
        "Eine Zeile je Maßnahme; die Kopfzeile wiederholt sich auf jeder Seite, weitere Zeilen fügen Sie mit der Tabulatortaste in der letzten Zelle an. Unter der Tabelle ist Platz für Erläuterungen.",
      `So erreichen Sie ${f.accusative}:`,
      `Kommune: ${f.official}`,
    ];
    for (const sentence of expected) expect(ps).toContain(sentence);
    // The name stands as the official name in the header and the title, never with the kind twice.
    const header = Object.entries(parts).find(([n, xml]) => /^word\/header\d+\.xml$/.test(n) && xml.includes("<w:sdt>"))![1];
    expect(textOf(header)).toContain(f.official);
    expect(parts["docProps/core.xml"]).toContain(`<dc:title>Handbuch Integrationsarbeit – Organisation der Integrationsarbeit ${f.in}</dc:title>`);
    expect(textOf(doc)).not.toMatch(/\b(Stadt|Gemeinde|Kreis) \1\b|Kreis \S+kreis\b/i);
  });
});

describe("the name's field in sentences", () => {
  it("shows the official name through the bound field, an inflected form as text", async () => {
    const contact = async (profile: Profile) => {
      const doc = (await unzipDocx(await renderDocx(circular441, { profile })))["word/document.xml"]!;
      return paragraphs(doc).find((p) => textOf(p).startsWith("So erreichen Sie "))!;
    };
    const stadt = await contact({ name: "Musterstadt", kind: "Stadt" });
    expect(contentControls(stadt).map((c) => [c.tag, textOf(c.content)])).toEqual([["kommune", "Stadt Musterstadt"]]);
    const maerkisch = await contact({ name: "Märkischer Kreis", kind: "Kreis" });
    expect(textOf(maerkisch).trim()).toBe("So erreichen Sie den Märkischen Kreis:");
    expect(contentControls(maerkisch)).toEqual([]);
  });

  it("addresses the reader's own municipality when the template has no name yet", async () => {
    const ps = paragraphs((await unzipDocx(await renderDocx(circular441)))["word/document.xml"]!).map((p) => textOf(p).trim());
    expect(ps).toContain("Mit dieser Vorlage hält Ihre Kommune fest, wie sie die Integrationsarbeit selbst organisiert.");
    expect(ps.some((p) => p.startsWith("Eine Zeile je Organisationseinheit Ihrer Kommune und je beteiligtem Träger"))).toBe(true);
    expect(ps.some((p) => p.startsWith("Beschreiben Sie kurz, wie die Integrationsarbeit in Ihrer Kommune heute organisiert ist"))).toBe(true);
    expect(ps).toContain("Organisation der Integrationsarbeit vor Ort");
  });
});
