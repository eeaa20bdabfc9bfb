// The handout claims PDF/A-2a and PDF/UA-1 and meets them: every machine-checkable
// requirement of @handreichung/checks as its own test, named by its clause, on the
// documents the CLI writes; each check shown to fail on a file broken in its one way;
// and the claims of --pdf-standard ua-1 / a-2a.
import { checkRequirements, claimedStandards, editPdf, PDF_REQUIREMENTS, requirementLabel, type PdfEditor, type PdfStandardPart } from "@handreichung/checks";
import { circular441 } from "@handreichung/content/data";
import { describe, expect, it } from "vitest";
import { renderPdf } from "../index.js";
import { KREIS_LOGO, KREIS_PROFILE } from "../testing/kreis.js";

const DATE = "2026-01-15";
const profile = KREIS_PROFILE;
// A logo with an alpha channel, and (below) a character no font has (drawn as a box, never .notdef).
const logo = KREIS_LOGO;

const documents: [string, () => Promise<Uint8Array>][] = [
  ["the default handout", () => renderPdf(circular441, { date: DATE })],
  [
    "a Kreis with a transparent logo, links and a character no font has",
    () => renderPdf({ ...circular441, title: "Handbuch Integrationsarbeit ☃" }, { date: DATE, profile, logo, onWarning: () => {} }),
  ],
];

const failing = (results: Awaited<ReturnType<typeof checkRequirements>>, id: string) => results.find((r) => r.requirement.id === id)?.messages ?? ["(requirement not run)"];

describe.each(documents)("%s meets PDF/A-2a and PDF/UA-1", async (_, make) => {
  const results = await checkRequirements(await make());
  it.each(PDF_REQUIREMENTS.map((r) => [requirementLabel(r), r.id]))("%s", (_label, id) => {
    expect(failing(results, id)).toEqual([]);
  });
});

// Each check against a sound file broken in exactly its way: it must say so.
const page1 = (e: PdfEditor) => e.pages[0]!;
const BREAKS: Record<string, (e: PdfEditor) => void> = {
  trailer: (e) => e.trailer.dropId(),
  streams: (e) => e.streams[0]!.set("F", "extern.dat"),
  "output-intent": (e) => e.catalog.delete("OutputIntents"),
  "device-colour": (e) => e.appendContent(page1(e), "/Artifact BMC 0 0 0 1 k 0 0 5 5 re f EMC"),
  images: (e) => e.images[0]!.set("Interpolate", true),
  xobjects: (e) => e.streams.find((s) => s.name("Subtype") === "Form")!.set("Ref", { F: "extern.pdf", Page: 0 }),
  extgstate: (e) => page1(e).dict("Resources")!.set("ExtGState", { GSX: { TR: { name: "Identity" } } }),
  "fonts-embedded": (e) => e.fonts[0]!.descriptor.delete("FontFile2"),
  "cid-to-gid": (e) => e.fonts[0]!.cid.delete("CIDToGIDMap"),
  cidset: (e) => e.fonts[0]!.descriptor.set("CIDSet", e.stream(new Uint8Array([0x80]))),
  widths: (e) => e.fonts[0]!.cid.set("W", [0, [500, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]]),
  unicode: (e) => e.fonts[0]!.font.delete("ToUnicode"),
  notdef: (e) => e.appendContent(e.fonts[0]!.page, `/Artifact BMC BT /${e.fonts[0]!.resourceName} 10 Tf 72 72 Td <0000> Tj ET EMC`),
  "annotation-types": (e) => e.annotations[0]!.set("Subtype", { name: "Movie" }),
  "annotation-flags": (e) => e.annotations[0]!.set("F", 0),
  "annotation-appearance": (e) => e.annotations[0]!.delete("AP"),
  actions: (e) => e.annotations[0]!.set("A", { S: { name: "JavaScript" }, JS: "app.alert(1)" }),
  "embedded-files": (e) => e.catalog.dict("Names")!.set("EmbeddedFiles", { Names: [] }),
  "metadata-stream": (e) => e.catalog.delete("Metadata"),
  "xmp-schemas": (e) => e.xmp.replace(e.xmp.text.replace(/<rdf:Description rdf:about="" xmlns:pdfaExtension[\s\S]*?<\/rdf:Description>/, "")),
  pdfaid: (e) => e.xmp.replace(e.xmp.text.replace("<pdfaid:part>2</pdfaid:part>", "<pdfaid:part>1</pdfaid:part>")),
  "info-xmp": (e) => e.info.set("Title", { text: "Ein anderer Titel" }),
  "mark-info": (e) => e.catalog.dict("MarkInfo")!.set("Marked", false),
  "role-map": (e) => e.elements.find((el) => el.name("S") === "P")!.set("S", { name: "Absatz" }),
  language: (e) => e.catalog.delete("Lang"),
  "content-tagged": (e) => e.appendContent(e.fonts[0]!.page, `BT /${e.fonts[0]!.resourceName} 10 Tf 72 72 Td <0001> Tj ET`),
  pdfuaid: (e) => e.xmp.replace(e.xmp.text.replace(/<pdfuaid:part>1<\/pdfuaid:part>/, "")),
  title: (e) => e.catalog.dict("ViewerPreferences")!.set("DisplayDocTitle", false),
  "no-encryption": (e) => e.trailer.encrypt(-3904),
  "annotations-tagged": (e) => e.annotations[0]!.delete("StructParent"),
  "tab-order": (e) => e.pages.filter((p) => p.dicts("Annots").length > 0).forEach((p) => p.delete("Tabs")),
  links: (e) => e.annotations[0]!.delete("Contents"),
  "no-xfa": (e) => e.catalog.set("AcroForm", { Fields: [], XFA: [] }),
};

describe("each check fails on a file broken in its way", async () => {
  const sound = await renderPdf(circular441, { date: DATE, profile, logo });

  it("every requirement has a way to break it here, except the header, which pdf-lib rewrites (broken by bytes below)", () => {
    expect(PDF_REQUIREMENTS.map((r) => r.id).filter((id) => !(id in BREAKS))).toEqual(["header"]);
  });

  it.each(PDF_REQUIREMENTS.filter((r) => r.id in BREAKS).map((r) => [requirementLabel(r), r.id]))("%s", async (_label, id) => {
    const broken = await editPdf(sound, BREAKS[id]!);
    expect(failing(await checkRequirements(broken), id)).not.toEqual([]);
  });

  it(`${requirementLabel(PDF_REQUIREMENTS.find((r) => r.id === "header")!)}`, async () => {
    const broken = new Uint8Array(sound);
    const second = broken.indexOf(0x0a) + 1;
    broken.set([0x25, 0x61, 0x62, 0x63, 0x64], second);
    expect(failing(await checkRequirements(broken), "header")).toEqual(["the second line is no comment of four bytes above 127"]);
  });
});

describe("--pdf-standard: one file claims what it was asked to, and meets that", () => {
  const parts: Record<string, PdfStandardPart[]> = { both: ["PDF/A-2a", "PDF/UA-1"], "ua-1": ["PDF/UA-1"], "a-2a": ["PDF/A-2a"] };

  it.each([
    ["both", { pdfa: "2a", pdfua: "1" }],
    ["ua-1", { pdfa: null, pdfua: "1" }],
    ["a-2a", { pdfa: "2a", pdfua: null }],
  ] as const)("%s claims %j and meets every requirement of it", async (standard, claims) => {
    const bytes = await renderPdf(circular441, { date: DATE, profile, logo, pdfStandard: standard });
    expect(await claimedStandards(bytes)).toEqual(claims);
    const problems = (await checkRequirements(bytes, { standards: parts[standard] })).filter((r) => r.messages.length > 0);
    expect(problems.map((r) => `${requirementLabel(r.requirement)}: ${r.messages.join("; ")}`)).toEqual([]);
  });

  it("ua-1 has no output intent; a-2a has one and no PDF/UA identification", async () => {
    const ua = await renderPdf(circular441, { date: DATE, pdfStandard: "ua-1" });
    expect(failing(await checkRequirements(ua), "output-intent")).toEqual(["no /OutputIntents entry with /S /GTS_PDFA1 in the catalog"]);
    const a = await renderPdf(circular441, { date: DATE, pdfStandard: "a-2a" });
    expect(failing(await checkRequirements(a), "pdfuaid")).toEqual(['pdfuaid:part is undefined']);
  });

  it("rejects an unknown standard with E_BAD_STANDARD, naming the valid ones", async () => {
    await expect(renderPdf(circular441, { pdfStandard: "x-1" as never })).rejects.toMatchObject({ code: "E_BAD_STANDARD", message: 'pdfStandard: "x-1" is none of both, ua-1, a-2a' });
  });
});
