import type { Profile } from "@handreichung/content";
import { circular441 } from "@handreichung/content/data";
import { describe, expect, it } from "vitest";
import { renderDocx } from "./index.js";
import { fullProfile } from "./testing/fixtures.js";
import { blocks, contentControls, headingLevel, paragraphs, textOf, unzipDocx } from "./testing/unzip.js";

/** What a clerk has after following the instructions: every paragraph in the "Ausfüllhinweis" style deleted. */
function withoutGuidance(xml: string): string {
  return xml.replace(/<w:p[ >](?:(?!<\/w:p>)[\s\S])*?<\/w:p>/g, (p) => (p.includes('<w:pStyle w:val="Ausfuellhinweis"/>') ? "" : p));
}

const FILL_IN_SECTIONS = [
  "Ausgangslage",
  "Organisationsmodell",
  "Unsere Organisation und Begründung",
  "Zuständigkeiten",
  "Steuerung und Vernetzung",
  "Steuerung",
  "Netzwerke und Gremien",
  "Maßnahmen und Sprachförderung",
  "Kontakt",
];

const cases: [string, { profile?: Profile; models?: string[] }][] = [
  ["the blank template", {}],
  ["a filled template", { profile: fullProfile }],
  ["a two-model edition", { profile: { name: "Hochsauerlandkreis", kind: "Kreis" }, models: ["essen", "paderborn"] }],
];

describe.each(cases)("after deleting every guidance note: %s", (_, options) => {
  it("is a finished document: no 'Vorlage', no '{{', no tool word, no empty heading, every section in place", async () => {
    const parts = await unzipDocx(await renderDocx(circular441, { date: "2026-03-02", ...options }));
    const doc = withoutGuidance(parts["word/document.xml"]!);
    expect(doc).not.toContain("Ausfuellhinweis");
    const furniture = Object.entries(parts).filter(([n]) => /^word\/(header|footer)\d*\.xml$/.test(n)).map(([, xml]) => textOf(xml));
    const properties = /<dc:title>([^<]*)<\/dc:title>/.exec(parts["docProps/core.xml"]!)![1]!;
    for (const text of [textOf(doc), ...furniture, properties]) {
      expect(text).not.toMatch(/vorlage/i);
      expect(text).not.toContain("{{");
      expect(text).not.toMatch(/\b(?:Profil|Programm)(?:e|s|es)?\b|\bCLI\b/);
      expect(text).not.toContain("Zweck und Gebrauch");
    }
    // No heading is left without content: the next block is no heading of its level or above.
    const body = blocks(doc);
    body.forEach((block, i) => {
      const level = headingLevel(block);
      if (level === undefined) return;
      const next = body[i + 1];
      expect(next, `after "${textOf(block).trim()}"`).toBeDefined();
      const nextLevel = headingLevel(next!);
      expect(nextLevel === undefined || nextLevel > level, `"${textOf(block).trim()}" is empty`).toBe(true);
    });
    // Every section to fill is still there, each with its place to write.
    const headings = paragraphs(doc).filter((p) => /<w:pStyle w:val="Heading[12]"\/>/.test(p)).map((p) => textOf(p).trim());
    for (const section of FILL_IN_SECTIONS) expect(headings).toContain(section);
    expect(contentControls(doc).filter((c) => c.tag?.startsWith("abschnitt-"))).toHaveLength(7);
  });
});

describe("the guidance", () => {
  it("is all in the one style, including the usage page, which is no chapter of its own", async () => {
    const doc = (await unzipDocx(await renderDocx(circular441, { profile: fullProfile })))["word/document.xml"]!;
    const guidance = paragraphs(doc).filter((p) => p.includes('<w:pStyle w:val="Ausfuellhinweis"/>')).map((p) => textOf(p).trim());
    expect(guidance).toContain("Zweck und Gebrauch dieser Vorlage");
    expect(guidance.filter((t) => t.startsWith("Schritt "))).toHaveLength(4);
    // Everything that speaks of the template as a template is guidance.
    const others = paragraphs(doc).filter((p) => !p.includes('<w:pStyle w:val="Ausfuellhinweis"/>'));
    for (const p of others) expect(textOf(p)).not.toMatch(/Vorlage|Ausfüllhinweis/);
    // With a profile, step 1 says the details are filled in, without tool words.
    // A filled field has no shading in Word, and the name is also written into sentences Word cannot adapt: both said.
    expect(guidance).toContain(
      "Schritt 1: Die Angaben zur Kommune sind in die Felder eingetragen (ein leeres Feld ist grau hinterlegt); prüfen und ergänzen Sie sie. " +
        "Jede Angabe ist nur einmal gespeichert: Ändern Sie sie in Word an einer Stelle, ändert sie sich überall. " +
        "Nur den Namen der Kommune ändern Sie so nicht: In den Sätzen stehen mit ihm Artikel und gebeugte Formen, die Word nicht anpasst. Soll die Vorlage für eine andere Kommune gelten, erstellen Sie sie neu.",
    );
    expect(guidance.find((t) => t.startsWith("Diese Datei ist eine Vorlage."))).toMatch(/^Diese Datei ist eine Vorlage\. Die Felder Kommune, Amt, Ansprechperson, Stand und die Kontaktangaben \(grau hinterlegt, solange sie leer sind\)/);
  });

  it("quotes a title with quotes of its own in single marks inside the double ones", async () => {
    const circular = { ...circular441, title: "Leitfaden „Willkommen vor Ort“ erschienen" };
    const doc = (await unzipDocx(await renderDocx(circular, {})))["word/document.xml"]!;
    const basis = paragraphs(doc).map((p) => textOf(p)).find((t) => t.startsWith("Diese Vorlage beruht auf der "));
    expect(basis).toContain("„Leitfaden ‚Willkommen vor Ort‘ erschienen“ (Städte- und Gemeindebund Nordrhein-Westfalen).");
  });

  it("without a profile, sends the clerk to the grey fields, which all show their prompts", async () => {
    const doc = (await unzipDocx(await renderDocx(circular441, {})))["word/document.xml"]!;
    const guidance = paragraphs(doc).filter((p) => p.includes('<w:pStyle w:val="Ausfuellhinweis"/>')).map((p) => textOf(p).trim());
    expect(guidance.find((t) => t.startsWith("Schritt 1:"))).toMatch(/^Schritt 1: Tragen Sie die Angaben zur Kommune in die grau hinterlegten Felder ein/);
    const kommune = contentControls(doc).filter((c) => c.tag === "kommune");
    expect(kommune.length).toBeGreaterThan(0);
    for (const control of kommune) expect(control.showingPrompt).toBe(true);
  });
});
