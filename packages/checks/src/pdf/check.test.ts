import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { formatFindings } from "../findings.js";
import { checkPdf } from "./check.js";
import { readPdf } from "./read.js";
import { needTools, parsePopplerStructure, popplerFindings, popplerStructure, qpdfFindings, structureAgreement, type PopplerNode } from "../tools.js";

const font = readFileSync(createRequire(import.meta.url).resolve("@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf"));

type Struct = ReturnType<PDFKit.PDFDocument["struct"]>;
interface Options {
  /** Document-level settings; false or null leaves the entry out. */
  lang?: string | null;
  title?: string | null;
  displayTitle?: boolean;
  pdfua?: boolean;
  helvetica?: boolean;
  outline?: boolean;
  pageNumbers?: "artifact" | "tagged" | "none";
  /** The body; the default is a sound one. */
  body?: (doc: PDFKit.PDFDocument, root: Struct) => void;
}

function soundBody(doc: PDFKit.PDFDocument, root: Struct): void {
  root.add(doc.struct("H1", {}, () => doc.text("Handbuch Integrationsarbeit")));
  root.add(doc.struct("P", {}, () => doc.text("Der erste Satz steht hier. Der zweite Satz folgt.")));
  const list = doc.struct("L");
  root.add(list);
  for (const item of ["Eins", "Zwei"]) {
    const li = doc.struct("LI");
    list.add(li);
    li.add(doc.struct("Lbl", {}, () => doc.text("•", { continued: true })));
    li.add(doc.struct("LBody", {}, () => doc.text(` ${item}`)));
    li.end();
  }
  list.end();
  root.add(doc.struct("Figure", { alt: "Wappen" }, () => doc.rect(72, 400, 40, 40).fill("#333")));
}

/** A small PDF made with pdfkit; by default a sound tagged one, which `options` break one way or another. */
async function makePdf(options: Options = {}): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: "A4",
    pdfVersion: "1.7",
    ...(options.pdfua === false ? {} : { subset: "PDF/UA" as never }),
    tagged: true,
    ...(options.lang === null ? {} : { lang: options.lang ?? "de-DE" }),
    displayTitle: options.displayTitle ?? true,
    ...(options.helvetica ? {} : { font: null as unknown as string }),
    info: options.title === null ? {} : { Title: options.title ?? "Handbuch Integrationsarbeit" },
  });
  if (!options.helvetica) {
    doc.registerFont("regular", font);
    doc.font("regular");
  }
  const chunks: Uint8Array[] = [];
  doc.on("data", (c: Uint8Array) => chunks.push(c));
  const done = new Promise((resolve) => doc.on("end", resolve));
  const root = doc.struct("Document");
  doc.addStructure(root);
  (options.body ?? soundBody)(doc, root);
  if (options.pageNumbers === "tagged") root.add(doc.struct("P", {}, () => doc.text("Seite 1 von 1", 72, 760, { lineBreak: false })));
  root.end();
  if ((options.pageNumbers ?? "artifact") === "artifact") {
    doc.markContent("Artifact", { type: "Pagination" });
    doc.text("Seite 1 von 1", 72, 760, { lineBreak: false });
    doc.endMarkedContent();
  }
  if (options.outline !== false) doc.outline.addItem("Handbuch Integrationsarbeit");
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

const source = "Handbuch Integrationsarbeit\n\nDer erste Satz steht hier. Der zweite Satz folgt.\n\n- Eins\n- Zwei\n";
const checksOf = async (options: Options, check: Parameters<typeof checkPdf>[1] = {}) => (await checkPdf(await makePdf(options), check)).findings.map((f) => f.check);

describe("readPdf", () => {
  it("reads the structure tree with each element's text, the artifacts apart", async () => {
    const doc = await readPdf(await makePdf());
    const page = doc.pages[0]!;
    const roles = (n: { role: string; children: { role: string }[] }): unknown => [n.role, ...n.children.map((c) => roles(c as never))];
    expect(roles(page.tree!)).toEqual(["Root", ["Document", ["H1"], ["P"], ["L", ["LI", ["Lbl"], ["LBody"]], ["LI", ["Lbl"], ["LBody"]]], ["Figure"]]]);
    const documentNode = page.tree!.children[0]!;
    expect(documentNode.children.map((c) => c.text.replace(/\s+/g, " ").trim())).toEqual(["Handbuch Integrationsarbeit", "Der erste Satz steht hier. Der zweite Satz folgt.", "• Eins • Zwei", ""]);
    expect(documentNode.children[3]).toMatchObject({ role: "Figure", alt: "Wappen" });
    expect(page.artifactText).toContain("Seite 1 von 1");
    expect(page.taggedText).not.toContain("Seite");
    expect(doc).toMatchObject({ lang: "de-DE", title: "Handbuch Integrationsarbeit", displayDocTitle: true, marked: true, outline: [{ title: "Handbuch Integrationsarbeit", depth: 0 }] });
    expect(doc.fonts).toEqual([{ name: expect.stringMatching(/^[A-Z]{6}\+SourceSans3-Regular$/), embedded: true }]);
  });
});

describe("checkPdf", () => {
  it("passes a sound tagged PDF", async () => {
    const result = await checkPdf(await makePdf(), { source });
    expect(formatFindings(result.findings)).toBe("");
    expect(result.ok).toBe(true);
  });

  it("finds what an untagged, untitled PDF in a standard font lacks", async () => {
    const found = await checksOf({ lang: null, title: null, displayTitle: false, pdfua: false, helvetica: true, outline: false, body: (doc) => void doc.text("Ohne Struktur") });
    expect([...new Set(found)].sort()).toEqual(["artifacts", "fonts", "lang", "outline", "pdfua", "roles", "title"].sort());
  });

  it("finds a Figure without alternative text, a skipped heading level and a list item outside a list", async () => {
    const body = (doc: PDFKit.PDFDocument, root: Struct) => {
      root.add(doc.struct("H1", {}, () => doc.text("Titel")));
      root.add(doc.struct("H3", {}, () => doc.text("Zu tief")));
      root.add(doc.struct("P", {}, () => doc.text("Text.")));
      root.add(doc.struct("Figure", {}, () => doc.rect(72, 400, 40, 40).fill("#333")));
      const li = doc.struct("LI");
      root.add(li);
      li.add(doc.struct("LBody", {}, () => doc.text("Lose")));
      li.end();
    };
    const result = await checkPdf(await makePdf({ body }));
    expect(result.findings.map((f) => f.check).sort()).toEqual(["figures", "headings", "lists", "outline"]);
    expect(formatFindings(result.findings)).toContain("H3 follows H1");
  });

  it("finds text outside the structure and page numbers in the tagged text", async () => {
    const untagged = (doc: PDFKit.PDFDocument, root: Struct) => {
      soundBody(doc, root);
      doc.text("Unsichtbar für Screenreader", 72, 600);
    };
    expect(await checksOf({ body: untagged })).toEqual(["artifacts"]);
    expect(await checksOf({ pageNumbers: "tagged" })).toEqual(["artifacts", "artifacts"]);
    expect(await checksOf({ pageNumbers: "none" })).toEqual(["artifacts"]);
  });

  it("finds a missing source sentence, the body out of order, and a list the structure lacks", async () => {
    const result = await checkPdf(await makePdf(), { source: source.replace("- Zwei", "- Zwei\n- Drei") });
    expect(formatFindings(result.findings)).toBe('sentences: 1/6 source sentences missing from the tagged text: "Drei"');
    const swapped = source.replace("Der erste Satz steht hier. Der zweite Satz folgt.", "Der zweite Satz folgt. Der erste Satz steht hier.");
    expect((await checkPdf(await makePdf(), { source: swapped })).findings.map((f) => f.check)).toEqual(["order"]);
    const noList = (doc: PDFKit.PDFDocument, root: Struct) => {
      root.add(doc.struct("H1", {}, () => doc.text("Handbuch Integrationsarbeit")));
      root.add(doc.struct("P", {}, () => doc.text("Der erste Satz steht hier. Der zweite Satz folgt. Eins Zwei")));
    };
    expect(await checksOf({ body: noList }, { source })).toEqual(["source-structure"]);
  });

  it("checks the page count and the language", async () => {
    expect(await checksOf({}, { pages: { min: 2 } })).toEqual(["pages"]);
    expect(await checksOf({ lang: "en-GB" })).toEqual(["lang"]);
  });

  it("reports bytes that are no PDF", async () => {
    expect((await checkPdf(new Uint8Array([1, 2, 3]))).findings.map((f) => f.check)).toEqual(["open"]);
  });
});

describe("the outside tools agree (poppler, qpdf)", () => {
  it("find nothing wrong with a sound PDF, and the missing structure of an untagged one", async (context) => {
    needTools(context, "pdfinfo", "pdffonts", "pdftotext", "qpdf");
    const sound = await makePdf();
    expect(formatFindings([...popplerFindings(sound, { source }), ...qpdfFindings(sound)])).toBe("");
    const untagged = await makePdf({ helvetica: true, body: (doc) => void doc.text("Ohne Struktur") });
    expect(popplerFindings(untagged, { source }).map((f) => f.message)).toEqual([
      "pdffonts: not embedded with a Unicode map: Helvetica",
      "pdfinfo -struct-text: no H1",
      "pdfinfo -struct-text: no P",
      expect.stringMatching(/^5\/5 source sentences missing from poppler's tagged text/),
      expect.stringMatching(/^5\/5 source sentences missing from pdftotext's text/),
    ]);
    const broken = sound.slice(0, sound.length - 600);
    expect(qpdfFindings(broken).map((f) => f.check)).toEqual(["qpdf"]);
  });
});

describe("the structure tree as pdf.js and poppler read it", () => {
  it("agrees for a sound PDF, and a change of role, order or text is found", async (context) => {
    needTools(context, "pdfinfo");
    const bytes = await makePdf();
    const poppler = popplerStructure(bytes);
    if ("check" in poppler) throw new Error(poppler.message);
    const doc = await readPdf(bytes, { fonts: false });
    expect(formatFindings(structureAgreement(doc, poppler))).toBe("");
    const clone = (): PopplerNode => JSON.parse(JSON.stringify(poppler)) as PopplerNode;
    const renamed = clone();
    renamed.children[0]!.children[1]!.role = "Span";
    expect(structureAgreement(doc, renamed).map((f) => f.message)).toEqual([expect.stringMatching(/^element 2 of \d+: pdf\.js reads Document\/P "Dererste.*", poppler Document\/Span/)]);
    const swapped = clone();
    swapped.children[0]!.children.reverse();
    expect(structureAgreement(doc, swapped)).toHaveLength(1);
    const retexted = clone();
    retexted.children[0]!.children[0]!.text = ["Handbuch Integration"];
    expect(structureAgreement(doc, retexted)[0]!.message).toContain('poppler Document/H1 "HandbuchIntegration"');
  });

  it("parses pdfinfo -struct-text: roles, text, attributes skipped, object references", () => {
    const tree = parsePopplerStructure(['Document', '  Figure:', '     /Placement /Block', '    ""', '  P (block)', '    "Internet "', '    Link (inline)', '      "www.x.de"', '      Object 12 0', '    " (Download)"'].join("\n"));
    expect(tree.children[0]!.children.map((c) => c.role)).toEqual(["Figure", "P"]);
    const p = tree.children[0]!.children[1]!;
    expect(p.text).toEqual(["Internet ", " (Download)"]);
    expect(p.children[0]).toEqual({ role: "Link", text: ["www.x.de"], children: [], objects: ["12 0"] });
  });
});
