// The handout as two other programs read it: qpdf checks its syntax and
// streams, poppler reads its structure tree, text and fonts. And the structure
// tree as pdf.js reads it and as poppler reads it must be the same tree: same
// roles, same order, same text.
import { formatFindings, needTools, popplerFindings, popplerFonts, popplerStructure, qpdfFindings, readPdf, seedText, structureAgreement } from "@handreichung/checks";
import { circular441 } from "@handreichung/content/data";
import { describe, expect, it } from "vitest";
import { renderPdf } from "../index.js";
import { KREIS_LOGO, KREIS_PROFILE } from "../testing/kreis.js";

const DATE = "2026-01-15";
// The same Kreis with a long e-mail address and a long URL.
const profile = {
  ...KREIS_PROFILE,
  contact: { ...KREIS_PROFILE.contact, email: "kommunales.integrationszentrum.migration@hochsauerlandkreis.example" },
  website: "https://www.hochsauerlandkreis.example/buergerservice/integration",
};
const logo = KREIS_LOGO;

// The third shows two of the four models: it holds only some of the source's sentences.
const kreis = renderPdf(circular441, { date: DATE, profile, logo });
const documents: [string, () => Promise<Uint8Array>, boolean][] = [
  ["the default handout", () => renderPdf(circular441, { date: DATE }), true],
  ["a Kreis with logo, links and contact", () => kreis, true],
  ["a selection of two models", () => renderPdf(circular441, { date: DATE, models: ["essen", "paderborn"] }), false],
];

describe.each(documents)("%s, read by qpdf and poppler", async (_, make, complete) => {
  const bytes = await make();

  it("qpdf --check finds no syntax or stream error", (context) => {
    needTools(context, "qpdf");
    expect(formatFindings(qpdfFindings(bytes))).toBe("");
  });

  it("poppler: tagged, A4, structure root Document with H1 and P, fonts with Unicode maps (and for a full handout every source sentence in its tagged text and pdftotext's)", (context) => {
    needTools(context, "pdfinfo", "pdftotext", "pdffonts");
    expect(formatFindings(popplerFindings(bytes, complete ? { source: seedText() } : {}))).toBe("");
  });

  it("pdffonts: every font embedded, subset and with a Unicode map, none a standard font", (context) => {
    needTools(context, "pdffonts");
    const fonts = popplerFonts(bytes);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const font of fonts) expect(font).toEqual({ name: expect.stringMatching(/^[A-Z]{6}\+SourceSans3-/), type: "CID TrueType", embedded: true, subset: true, unicode: true });
  });

  it("pdfinfo -struct-text and pdf.js read the same structure tree: same roles, order, text and link objects", async (context) => {
    needTools(context, "pdfinfo");
    const poppler = popplerStructure(bytes);
    if ("check" in poppler) throw new Error(poppler.message);
    expect(poppler.children.map((c) => c.role)).toEqual(["Document"]);
    expect(formatFindings(structureAgreement(await readPdf(bytes, { fonts: false }), poppler))).toBe("");
  });
});

describe("links as both readers see them", () => {
  it("every web and e-mail address is a Link element holding its text and one object reference per line it covers", async (context) => {
    needTools(context, "pdfinfo");
    const poppler = popplerStructure(await kreis);
    if ("check" in poppler) throw new Error(poppler.message);
    const links: { text: string; objects: number }[] = [];
    const walk = (n: typeof poppler) => {
      if (n.role === "Link") links.push({ text: n.text.join("").trim(), objects: n.objects.length });
      n.children.forEach(walk);
    };
    walk(poppler);
    expect(links.map((l) => l.text)).toEqual(["www.mgsff.nrw.de", "www.mgsff.nrw.de", profile.contact.email, profile.website]);
    for (const link of links) expect(link.objects).toBeGreaterThanOrEqual(1);
  });
});
