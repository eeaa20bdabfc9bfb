import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { formatFindings } from "../findings.js";
import { checkDocx } from "./check.js";
import { readDocx } from "./read.js";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const para = (style: string | null, text: string) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const style = (id: string, name: string, type = "paragraph") => `<w:style w:type="${type}" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`;

/** A small .docx written by hand, part by part; `change` edits the parts before zipping. */
function docx(change: (parts: Record<string, string>) => void = () => {}): Uint8Array {
  const parts: Record<string, string> = {
    "[Content_Types].xml":
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    "_rels/.rels":
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
    "word/_rels/document.xml.rels":
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>' +
      '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/" TargetMode="External"/></Relationships>',
    "docProps/core.xml":
      '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
      "<dc:title>Handbuch Integrationsarbeit – Arbeitsvorlage</dc:title></cp:coreProperties>",
    "word/styles.xml":
      `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="de-DE"/></w:rPr></w:rPrDefault></w:docDefaults>` +
      style("Normal", "Normal") + style("Title", "Title") + style("Heading1", "heading 1") + style("Heading2", "heading 2") + style("Platzhalter", "Platzhalter", "character") + "</w:styles>",
    "word/footer1.xml":
      `<?xml version="1.0" encoding="UTF-8"?><w:ftr ${W}><w:p><w:r><w:t xml:space="preserve">Seite </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>`,
    "word/document.xml":
      `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>` +
      para("Title", "Handbuch Integrationsarbeit") +
      para("Heading1", "Zuständigkeiten") +
      `<w:p><w:r><w:t xml:space="preserve">Für </w:t></w:r><w:r><w:rPr><w:rStyle w:val="Platzhalter"/></w:rPr><w:t>{{kommune}}</w:t></w:r><w:r><w:t xml:space="preserve"> am {{stand}}, {{amt}}, {{telefon}}, {{email}}.</w:t></w:r></w:p>` +
      '<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p><w:r><w:t>Einheit</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Aufgaben</w:t></w:r></w:p></w:tc></w:tr>' +
      "<w:tr><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>" +
      para("Heading2", "Die Mitteilung") +
      `<w:p><w:r><w:t xml:space="preserve">Der erste Satz steht hier. Der zweite Satz folgt</w:t></w:r><w:r><w:tab/><w:t>mit Tab</w:t></w:r><w:del><w:r><w:delText>Gelöscht.</w:delText></w:r></w:del><w:r><w:t xml:space="preserve">. </w:t></w:r></w:p>` +
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' +
      '<w:sectPr><w:footerReference w:type="default" r:id="rId2"/></w:sectPr></w:body></w:document>',
  };
  change(parts);
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)])));
}

const source = "Handbuch Integrationsarbeit\n\nDer erste Satz steht hier. Der zweite Satz folgt mit Tab.\n";
const checks = (bytes: Uint8Array, options = {}) => checkDocx(bytes, { source, ...options }).findings.map((f) => f.check);

describe("readDocx", () => {
  it("reads text as Word shows it: runs joined, tabs, no deleted text, no field instructions", () => {
    const doc = readDocx(docx());
    expect(doc.paragraphs.map((p) => p.text)).toContain("Der erste Satz steht hier. Der zweite Satz folgt\tmit Tab. ");
    expect(doc.text).not.toContain("Gelöscht");
    expect(doc.text).not.toContain("TOC");
    expect(doc.headings).toEqual([
      { level: 1, text: "Zuständigkeiten" },
      { level: 2, text: "Die Mitteilung" },
    ]);
    expect(doc.placeholders).toEqual(["kommune", "stand", "amt", "telefon", "email"]);
    expect(doc.tables).toEqual([{ rows: [["Einheit", "Aufgaben"], ["", ""]], headerRepeats: true }]);
    expect(doc.fields).toEqual(['TOC \\o "1-2"', "PAGE"]);
    expect(doc.footers).toEqual({ "word/footer1.xml": "Seite 1" });
    expect(doc.defaultLanguage).toBe("de-DE");
  });
});

describe("checkDocx", () => {
  it("passes a sound template", () => {
    const result = checkDocx(docx(), { source });
    expect(formatFindings(result.findings)).toBe("");
    expect(result.ok).toBe(true);
  });

  it("finds a part that is not well-formed, and says where", () => {
    const result = checkDocx(docx((p) => (p["word/document.xml"] = p["word/document.xml"]!.replace("Die Mitteilung", "Straße & Weg"))));
    expect(result.findings[0]).toMatchObject({ check: "xml", message: expect.stringMatching(/^word\/document\.xml is not well-formed: word\/document\.xml:1:\d+/) });
  });

  it("finds an unbound namespace prefix and text that is not UTF-8", () => {
    expect(checks(docx((p) => (p["word/document.xml"] = p["word/document.xml"]!.replace("<w:body>", "<w:body><x:y/>"))))).toContain("xml");
    // "<a>ä</a>" in Latin-1.
    const latin1 = zipSync({ "word/styles.xml": new Uint8Array([0x3c, 0x61, 0x3e, 0xe4, 0x3c, 0x2f, 0x61, 0x3e]) });
    expect(readDocx(latin1).malformed.map((m) => m.part)).toEqual(["word/styles.xml"]);
  });

  it("finds a style used but not defined, and a missing heading level", () => {
    const found = checks(docx((p) => (p["word/document.xml"] = p["word/document.xml"]!.replace('w:val="Heading2"', 'w:val="Ueberschrift2"'))));
    expect(found).toEqual(expect.arrayContaining(["styles", "headings"]));
  });

  it("finds a missing language, title, repeating header row and page number", () => {
    const found = checks(
      docx((p) => {
        p["word/styles.xml"] = p["word/styles.xml"]!.replace('w:val="de-DE"', 'w:val="en-US"');
        p["docProps/core.xml"] = p["docProps/core.xml"]!.replace(/<dc:title>.*<\/dc:title>/, "");
        p["word/document.xml"] = p["word/document.xml"]!.replace("<w:tblHeader/>", "");
        p["word/footer1.xml"] = p["word/footer1.xml"]!.replace(" PAGE ", " DATE ");
      }),
    );
    expect(found.sort()).toEqual(["lang", "page-numbers", "tables", "title"]);
  });

  it("finds a part without a content type and a relationship to a missing part", () => {
    const found = checks(
      docx((p) => {
        p["word/extra.bin"] = "x";
        p["word/_rels/document.xml.rels"] = p["word/_rels/document.xml.rels"]!.replace('Target="styles.xml"', 'Target="../word/stiles.xml"');
      }),
    );
    expect(found).toEqual(expect.arrayContaining(["content-types", "relationships"]));
  });

  it("finds a missing source sentence, and one out of order", () => {
    expect(checkDocx(docx(), { source: `${source}Ein dritter Satz.\n` }).findings).toEqual([
      { check: "sentences", message: '1/4 source sentences missing from the document text: "Ein dritter Satz."' },
    ]);
    const swapped = "Handbuch Integrationsarbeit\n\nDer zweite Satz folgt mit Tab. Der erste Satz steht hier.\n";
    expect(checkDocx(docx(), { source: swapped }).findings.map((f) => f.check)).toEqual(["order"]);
  });

  it("counts fields: too few in a template, any left in a filled one", () => {
    const few = docx((p) => (p["word/document.xml"] = p["word/document.xml"]!.replace(", {{telefon}}, {{email}}", "")));
    expect(checks(few)).toEqual(["placeholders"]);
    expect(checkDocx(docx(), { filled: true }).findings).toEqual([
      { check: "placeholders", message: "5 placeholders left unfilled: kommune, stand, amt, telefon, email" },
    ]);
  });

  it("counts content controls bound to stored values as fields, and one showing its placeholder as unfilled", () => {
    const sdt = (tag: string, open: boolean) =>
      `<w:sdt><w:sdtPr><w:alias w:val="${tag}"/><w:tag w:val="${tag}"/>${open ? "<w:showingPlcHdr/>" : ""}<w:dataBinding w:xpath="/a/${tag}" w:storeItemID="{0}"/></w:sdtPr><w:sdtContent><w:r><w:t>${tag}</w:t></w:r></w:sdtContent></w:sdt>`;
    const bound = docx((p) => (p["word/document.xml"] = p["word/document.xml"]!.replace(/<w:t xml:space="preserve"> am \{\{stand\}\}.*?<\/w:t>/, "<w:t>.</w:t>").replace("</w:body>", `<w:p>${sdt("a", true)}${sdt("b", true)}${sdt("c", false)}${sdt("d", false)}</w:p></w:body>`)));
    expect(checks(bound)).toEqual([]);
    const doc = readDocx(bound);
    expect(doc.contentControls.map((c) => [c.tag, c.bound, c.showingPlaceholder])).toEqual([
      ["a", true, true],
      ["b", true, true],
      ["c", true, false],
      ["d", true, false],
    ]);
    expect(checkDocx(bound, { filled: true }).findings.map((f) => f.message)).toEqual(["1 placeholders left unfilled: kommune", "2 bound content controls still show their placeholder text: a, b"]);
  });

  it("reports a file that is no zip archive", () => {
    expect(checkDocx(new Uint8Array([1, 2, 3])).findings.map((f) => f.check)).toEqual(["zip"]);
  });
});
