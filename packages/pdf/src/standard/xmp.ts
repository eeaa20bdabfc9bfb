import type { StandardClaims } from "./standard.js";

/** The document information that goes into both the Info dictionary and XMP: one source, so they agree. */
export interface XmpInfo {
  title: string;
  author: string;
  subject: string;
  creator: string;
  producer: string;
  /** Creation and modification date (the same: a handout is made once). */
  date: Date;
  lang: string;
}

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** 2024-03-01T00:00:00Z: XMP's form of the date pdfkit writes into Info as D:20240301000000Z. */
export function xmpDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

// PDF/A allows only the XMP schemas it predefines (xmp, pdf, dc, pdfaid, …) unless an
// extension schema in the packet describes the others: pdfuaid is not predefined.
const PDFUA_EXTENSION_SCHEMA = `
        <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
            <pdfaExtension:schemas>
                <rdf:Bag>
                    <rdf:li rdf:parseType="Resource">
                        <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                        <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                        <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                        <pdfaSchema:property>
                            <rdf:Seq>
                                <rdf:li rdf:parseType="Resource">
                                    <pdfaProperty:name>part</pdfaProperty:name>
                                    <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                                    <pdfaProperty:category>internal</pdfaProperty:category>
                                    <pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>
                                </rdf:li>
                            </rdf:Seq>
                        </pdfaSchema:property>
                    </rdf:li>
                </rdf:Bag>
            </pdfaExtension:schemas>
        </rdf:Description>`;

/**
 * The RDF descriptions of the XMP packet: document information (the same
 * values as the Info dictionary), the standards claimed, and the extension
 * schema PDF/A needs for pdfuaid. No time stamp but the document's own date.
 */
export function xmpDescriptions(info: XmpInfo, claims: StandardClaims): string {
  const date = xmpDate(info.date);
  const out = [
    `
        <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
            <xmp:CreateDate>${date}</xmp:CreateDate>
            <xmp:ModifyDate>${date}</xmp:ModifyDate>
            <xmp:CreatorTool>${escapeXml(info.creator)}</xmp:CreatorTool>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
            <pdf:Producer>${escapeXml(info.producer)}</pdf:Producer>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:format>application/pdf</dc:format>
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(info.title)}</rdf:li></rdf:Alt></dc:title>
            <dc:creator><rdf:Seq><rdf:li>${escapeXml(info.author)}</rdf:li></rdf:Seq></dc:creator>
            <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(info.subject)}</rdf:li></rdf:Alt></dc:description>
            <dc:language><rdf:Bag><rdf:li>${escapeXml(info.lang)}</rdf:li></rdf:Bag></dc:language>
        </rdf:Description>`,
  ];
  if (claims.pdfa) {
    out.push(`
        <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
            <pdfaid:part>2</pdfaid:part>
            <pdfaid:conformance>A</pdfaid:conformance>
        </rdf:Description>`);
  }
  if (claims.pdfua) {
    out.push(`
        <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
            <pdfuaid:part>1</pdfuaid:part>
        </rdf:Description>`);
  }
  if (claims.pdfa && claims.pdfua) out.push(PDFUA_EXTENSION_SCHEMA);
  return out.join("");
}
