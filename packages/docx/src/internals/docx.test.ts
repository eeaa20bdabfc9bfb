import { Document, HeadingLevel, Packer, Paragraph, TableOfContents } from "docx";
import { afterEach, describe, expect, it } from "vitest";
import { compilePackage, compileRecordingStyleSheet, DocxShapeError } from "./packer.js";
import { pinCoreDates, plainTocEntries, renumberBookmarks, withFontFallback } from "./xml-rewrites.js";

/** A small document with what the template has: a table of contents, two heading levels, the typeface. */
function small(): Document {
  return new Document({
    styles: { default: { document: { run: { font: "Source Sans 3" } } } },
    sections: [
      {
        children: [
          new TableOfContents("Inhalt", { hyperlink: true, headingStyleRange: "1-2" }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: "Eins" }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, text: "Eins Punkt Eins" }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: "Zwei" }),
        ],
      },
    ],
  });
}
const part = (name: string, parts = compilePackage(small())) => String(parts.get(name));

// If one of these fails after a docx upgrade, the renderer's reach into docx
// (internals/packer.ts, internals/xml-rewrites.ts) must follow the new version.
describe("docx 9.15 internals the Word template relies on", () => {
  const compiler = (Packer as unknown as { compiler?: unknown }).compiler;
  afterEach(() => {
    (Packer as unknown as { compiler?: unknown }).compiler = compiler;
  });

  it("Packer.compiler gives the package's parts by path", () => {
    const parts = compilePackage(small());
    expect([...parts.keys()]).toEqual(expect.arrayContaining(["[Content_Types].xml", "word/document.xml", "word/styles.xml", "docProps/core.xml", "word/fontTable.xml"]));
    (Packer as unknown as { compiler?: unknown }).compiler = undefined;
    expect(() => compilePackage(small())).toThrow(DocxShapeError);
    expect(() => compilePackage(small())).toThrow("docx internals changed: Packer.compiler.compile is missing");
  });

  it("a precompiled style sheet replaces the one docx writes, which then compiles an empty one", () => {
    const recorded = compileRecordingStyleSheet(small());
    expect(recorded.styleSheet.xml).toBe(part("word/styles.xml", recorded.parts));
    expect(recorded.styleSheet.xml).toContain("<w:styles");
    const parts = compilePackage(small(), { xml: "<precompiled/>", numbering: [] });
    expect(parts.get("word/styles.xml")).toBe("<precompiled/>");
    const noStyles = small();
    (noStyles as unknown as { styles?: unknown }).styles = undefined;
    expect(() => compilePackage(noStyles, { xml: "<precompiled/>", numbering: [] })).toThrow("docx internals changed: File#styles (returned by File#Styles) is missing");
  });

  it("core.xml carries the clock time where pinCoreDates puts the fixed date", () => {
    const core = part("docProps/core.xml");
    expect(core).toMatch(/<dcterms:created xsi:type="dcterms:W3CDTF">\d{4}-\d\d-\d\dT[\d:.]+Z<\/dcterms:created>/);
    const pinned = pinCoreDates(core, "2024-03-01T00:00:00Z");
    expect(pinned).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-01T00:00:00Z</dcterms:created>');
    expect(pinned).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2024-03-01T00:00:00Z</dcterms:modified>');
    expect(() => pinCoreDates("<cp:coreProperties/>", "x")).toThrow("docx internals changed: docProps/core.xml has no dcterms:created");
  });

  it("the table of contents is an sdt whose entries have empty PAGEREF fields, which plainTocEntries removes and numbers", () => {
    const xml = part("word/document.xml");
    expect(xml).toMatch(/<w:docPartGallery w:val="Table of Contents"\/>/);
    expect(xml).toMatch(/<w:instrText[^>]*>PAGEREF _Toc\d+/);
    const plain = plainTocEntries(xml);
    expect(plain).not.toContain("PAGEREF");
    expect(plain).toContain('<w:t xml:space="preserve">1 </w:t></w:r><w:r><w:t xml:space="preserve">Eins</w:t>');
    expect(plain).toContain('<w:t xml:space="preserve">1.1 </w:t>');
    expect(plain).toContain('<w:t xml:space="preserve">2 </w:t>');
    // The field itself stays, so Word and LibreOffice can update it.
    expect(plain).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-2&quot;/);
    expect(() => plainTocEntries('<w:p><w:r><w:instrText xml:space="preserve">TOC \\o "1-2"</w:instrText></w:r></w:p>')).toThrow("docx internals changed: the table of contents");
  });

  it("heading bookmarks count on across documents, and renumberBookmarks starts them at 1 each time", () => {
    const first = part("word/document.xml");
    const second = part("word/document.xml");
    const ids = (xml: string) => [...xml.matchAll(/w:name="(_Toc\d+)"/g)].map((m) => m[1]);
    expect(ids(second), "docx no longer counts bookmarks across documents: renumberBookmarks may be unneeded").not.toEqual(ids(first));
    expect(ids(renumberBookmarks(second))).toEqual(["_Toc1", "_Toc2", "_Toc3"]);
    expect(renumberBookmarks(first)).toBe(renumberBookmarks(second));
  });

  it("renumberBookmarks leaves text that merely looks like a bookmark name as it is", () => {
    const xml = '<w:bookmarkStart w:id="7" w:name="_Toc42"/><w:r><w:t>Siehe _Toc42 und _Toc9</w:t></w:r><w:bookmarkEnd w:id="7"/>';
    expect(renumberBookmarks(xml)).toBe('<w:bookmarkStart w:id="1" w:name="_Toc1"/><w:r><w:t>Siehe _Toc42 und _Toc9</w:t></w:r><w:bookmarkEnd w:id="1"/>');
  });

  it("the font table gets a sans-serif fallback for Source Sans 3", () => {
    const fonts = withFontFallback(part("word/fontTable.xml"));
    expect(fonts).toMatch(/<w:font w:name="Source Sans 3"><w:altName w:val="Arial"\/>.*<w:family w:val="swiss"\/>/);
    expect(fonts.match(/<w:font w:name="Source Sans 3"/g)).toHaveLength(1);
  });
});
