import { Document, Paragraph, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { compilePackage } from "../internals/packer.js";
import { contentControls } from "../testing/unzip.js";
import { areaControl, ControlRegistry, fieldControl } from "./controls.js";
import { withFieldParts } from "./parts.js";
import { FIELD_STORE, fieldStoreXml, fieldXpath } from "./store.js";
import { escapeXml, stableGuid } from "./xml.js";

/** The body XML docx writes for these children. */
function bodyOf(children: ConstructorParameters<typeof Document>[0]["sections"][number]["children"]): string {
  const parts = compilePackage(new Document({ sections: [{ children }] }));
  return String(parts.get("word/document.xml"));
}

const prompt = "Klicken oder tippen Sie hier, um den Namen der Kommune einzugeben.";

describe("fieldControl", () => {
  it("writes an empty field as a bound plain-text control showing its prompt in the placeholder style", () => {
    const registry = new ControlRegistry();
    const xml = bodyOf([new Paragraph({ children: [new TextRun("Kommune: "), fieldControl(registry, { key: "kommune", title: "Kommune", prompt })] })]);
    const [control] = contentControls(xml);
    expect(control).toBeDefined();
    expect(control!.properties).toBe(
      '<w:sdtPr><w:alias w:val="Kommune"/><w:tag w:val="kommune"/><w:id w:val="1"/>' +
        `<w:placeholder><w:docPart w:val="${registry.entries()[0]![0]}"/></w:placeholder><w:showingPlcHdr/>` +
        `<w:dataBinding w:prefixMappings="xmlns:hr=&apos;urn:handreichung:felder:1&apos;" w:xpath="/hr:felder[1]/hr:kommune[1]" w:storeItemID="${FIELD_STORE.itemId}"/>` +
        "<w:text/></w:sdtPr>",
    );
    expect(control!.content).toBe(`<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t xml:space="preserve">${prompt}</w:t></w:r>`);
    expect(registry.entries()).toEqual([[expect.stringMatching(/^[0-9A-F]{32}$/), prompt]]);
  });

  it("writes a filled field as plain text, without the prompt's state or style, escaped", () => {
    const registry = new ControlRegistry();
    const xml = bodyOf([new Paragraph({ children: [fieldControl(registry, { key: "amt", title: "Amt", prompt, value: "Amt für A & B <Süd>" })] })]);
    const [control] = contentControls(xml);
    expect(control!.showingPrompt).toBe(false);
    expect(control!.bound).toBe(true);
    expect(control!.content).toBe('<w:r><w:t xml:space="preserve">Amt für A &amp; B &lt;Süd&gt;</w:t></w:r>');
  });

  it("numbers controls and shares one glossary entry per prompt", () => {
    const registry = new ControlRegistry();
    bodyOf([new Paragraph({ children: [fieldControl(registry, { key: "a", title: "A", prompt }), fieldControl(registry, { key: "a", title: "A", prompt })] })]);
    expect(registry.nextId()).toBe(3);
    expect(registry.entries()).toHaveLength(1);
  });
});

describe("areaControl", () => {
  it("writes a rich-text block control (no w:text) holding one paragraph with the prompt", () => {
    const registry = new ControlRegistry();
    const xml = bodyOf([areaControl(registry, { tag: "abschnitt-x", title: "X", prompt: "Klicken oder tippen Sie hier, um Text einzugeben.", style: "Eingabe" })]);
    const [control] = contentControls(xml);
    expect(xml).toMatch(/<w:body><w:sdt>/);
    expect(control!.properties).not.toContain("<w:text/>");
    expect(control!.properties).not.toContain("<w:dataBinding");
    expect(control!.showingPrompt).toBe(true);
    expect(control!.content).toMatch(/^<w:p><w:pPr><w:pStyle w:val="Eingabe"\/><\/w:pPr><w:r><w:rPr><w:rStyle w:val="PlaceholderText"\/><\/w:rPr><w:t xml:space="preserve">Klicken/);
  });
});

describe("the field store and glossary parts", () => {
  const parts = compilePackage(new Document({ sections: [{ children: [new Paragraph("x")] }] }));
  const out = withFieldParts(parts, { keys: ["kommune", "amt"], values: { kommune: "Stadt A & B" }, prompts: [["ABC", "Klicken & tippen"]] });

  it("stores each value once, escaped, and leaves an unfilled field empty", () => {
    expect(out.get("customXml/item1.xml")).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><felder xmlns="urn:handreichung:felder:1"><kommune>Stadt A &amp; B</kommune><amt/></felder>',
    );
    expect(out.get("customXml/itemProps1.xml")).toContain(`ds:itemID="${FIELD_STORE.itemId}"`);
    expect(out.get("customXml/_rels/item1.xml.rels")).toContain('Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"');
  });

  it("relates the store and the glossary to the document and gives them content types", () => {
    const rels = String(out.get("word/_rels/document.xml.rels"));
    expect(rels).toContain('Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"');
    expect(rels).toContain('Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/glossaryDocument" Target="glossary/document.xml"');
    const types = String(out.get("[Content_Types].xml"));
    expect(types).toContain('<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>');
    expect(types).toContain('<Override PartName="/word/glossary/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml"/>');
    expect(types).toMatch(/<Default[^>]*Extension="xml"/);
  });

  it("keeps each prompt in the glossary as a placeholder entry", () => {
    const glossary = String(out.get("word/glossary/document.xml"));
    expect(glossary).toContain('<w:docPartPr><w:name w:val="ABC"/><w:category><w:name w:val="General"/><w:gallery w:val="placeholder"/></w:category><w:types><w:type w:val="bbPlcHdr"/></w:types>');
    expect(glossary).toContain('<w:rStyle w:val="PlaceholderText"/></w:rPr><w:t xml:space="preserve">Klicken &amp; tippen</w:t>');
    expect(String(out.get("word/glossary/_rels/document.xml.rels"))).toContain('Target="styles.xml"');
  });

  it("leaves the input untouched and fails loudly when docx's parts change", () => {
    expect(parts.has("customXml/item1.xml")).toBe(false);
    const broken = new Map(parts);
    broken.set("word/_rels/document.xml.rels", "<Relationships/>");
    expect(() => withFieldParts(broken, { keys: [], values: {}, prompts: [] })).toThrow(/docx version/);
    expect(() => withFieldParts(out, { keys: [], values: {}, prompts: [] })).toThrow(/already written/);
  });
});

describe("helpers", () => {
  it("derives stable GUIDs", () => {
    expect(stableGuid("a")).toBe(stableGuid("a"));
    expect(stableGuid("a")).not.toBe(stableGuid("b"));
    expect(stableGuid("a")).toMatch(/^\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$/);
  });

  it("escapes as docx does, and names fields by XPath", () => {
    expect(escapeXml(`a&b<c>"d'`)).toBe("a&amp;b&lt;c&gt;&quot;d&apos;");
    expect(fieldXpath("email")).toBe("/hr:felder[1]/hr:email[1]");
    expect(fieldStoreXml(["x"], {})).toContain("<x/>");
  });
});
