import type { PackageParts } from "../zip.js";
import { fieldStorePropsXml, fieldStoreXml } from "./store.js";
import { escapeXml, stableGuid } from "./xml.js";

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

const FIELD_STORE_PART = "customXml/item1.xml";
const GLOSSARY_PART = "word/glossary/document.xml";

/** What the parts are made of: the fields in store order with their values, and the prompts by glossary entry name. */
export interface FieldParts {
  keys: readonly string[];
  values: Readonly<Record<string, string | undefined>>;
  prompts: readonly (readonly [name: string, prompt: string])[];
}

/**
 * The glossary: one entry per prompt, as Word keeps the placeholder text of its
 * content controls, so a control emptied again shows its prompt.
 */
function glossaryXml(prompts: FieldParts["prompts"]): string {
  const parts = prompts.map(
    ([name, prompt]) =>
      `<w:docPart><w:docPartPr><w:name w:val="${name}"/><w:category><w:name w:val="General"/><w:gallery w:val="placeholder"/></w:category>` +
      `<w:types><w:type w:val="bbPlcHdr"/></w:types><w:behaviors><w:behavior w:val="content"/></w:behaviors><w:guid w:val="${stableGuid(`docPart ${name}`)}"/></w:docPartPr>` +
      `<w:docPartBody><w:p><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t xml:space="preserve">${escapeXml(prompt)}</w:t></w:r></w:p></w:docPartBody></w:docPart>`,
  );
  return `${DECLARATION}<w:glossaryDocument xmlns:w="${W}"><w:docParts>${parts.join("")}</w:docParts></w:glossaryDocument>`;
}

/** The glossary's own styles: the few its entries use. */
const GLOSSARY_STYLES =
  `${DECLARATION}<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="de-DE"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>` +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
  '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
  '<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:rPr><w:color w:val="595959"/></w:rPr></w:style>' +
  "</w:styles>";

const relationships = (entries: [id: string, type: string, target: string][]) =>
  `${DECLARATION}<Relationships xmlns="${RELS}">${entries.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join("")}</Relationships>`;

function insertBefore(xml: string, closing: string, insert: string, part: string): string {
  const at = xml.lastIndexOf(closing);
  if (at < 0) throw new Error(`docx: ${part} has no ${closing}; was the docx version changed?`);
  return xml.slice(0, at) + insert + xml.slice(at);
}

const text = (data: string | Uint8Array | undefined) => (data === undefined ? "" : typeof data === "string" ? data : new TextDecoder().decode(data));

/**
 * The package with the field store (customXml/item1.xml, its properties and
 * relationship), the glossary of prompts, and the relationships and content
 * types that make Word find them.
 */
export function withFieldParts(parts: PackageParts, fields: FieldParts): PackageParts {
  if (parts.has(FIELD_STORE_PART) || parts.has(GLOSSARY_PART)) throw new Error(`docx: ${FIELD_STORE_PART} or ${GLOSSARY_PART} already written; was the docx version changed?`);
  const out = new Map(parts);
  out.set(FIELD_STORE_PART, fieldStoreXml(fields.keys, fields.values));
  out.set("customXml/itemProps1.xml", fieldStorePropsXml());
  out.set("customXml/_rels/item1.xml.rels", relationships([["rId1", `${REL}/customXmlProps`, "itemProps1.xml"]]));
  out.set(GLOSSARY_PART, glossaryXml(fields.prompts));
  out.set("word/glossary/styles.xml", GLOSSARY_STYLES);
  out.set("word/glossary/_rels/document.xml.rels", relationships([["rId1", `${REL}/styles`, "styles.xml"]]));
  out.set(
    "word/_rels/document.xml.rels",
    insertBefore(
      text(parts.get("word/_rels/document.xml.rels")),
      "</Relationships>",
      `<Relationship Id="rIdFieldStore" Type="${REL}/customXml" Target="../customXml/item1.xml"/>` +
        `<Relationship Id="rIdGlossary" Type="${REL}/glossaryDocument" Target="glossary/document.xml"/>`,
      "word/_rels/document.xml.rels",
    ),
  );
  out.set(
    "[Content_Types].xml",
    insertBefore(
      text(parts.get("[Content_Types].xml")),
      "</Types>",
      '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>' +
        '<Override PartName="/word/glossary/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml"/>' +
        '<Override PartName="/word/glossary/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
      "[Content_Types].xml",
    ),
  );
  return out;
}
