import { FONT_ROLES, fontSource } from "./fonts.js";
import { PDFDocument } from "./internals/pdfkit-build.js";
import { replaceXmpInfoWriter } from "./internals/pdfkit.js";
import { MARGIN, PAGE } from "./theme.js";

export interface DocumentMeta {
  title: string;
  author: string;
  subject: string;
  /** Creation and modification date, midnight UTC. */
  date: Date;
  compress: boolean;
}

/** A tagged PDF/UA-1 document with the handout's fonts registered (loadFonts must have finished) and every clock-dependent field pinned. */
export function createDocument(meta: DocumentMeta): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margins: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.left, right: MARGIN.right },
    pdfVersion: "1.7",
    // @types/pdfkit lags behind pdfkit 0.20, which supports PDF/UA.
    subset: "PDF/UA" as never,
    tagged: true,
    lang: "de-DE",
    displayTitle: true,
    bufferPages: true,
    compress: meta.compress,
    // No default font: pdfkit would load Helvetica, which must never reach a PDF/UA file.
    font: null as unknown as string,
    info: {
      Title: meta.title,
      Author: meta.author,
      Subject: meta.subject,
      Creator: "@handreichung/pdf",
      Producer: "@handreichung/pdf (PDFKit)",
      CreationDate: meta.date,
      ModDate: meta.date,
    },
  });
  for (const role of FONT_ROLES) doc.registerFont(role, fontSource(role) as Buffer); // a Uint8Array or parsed font: @types/pdfkit says Buffer
  pinXmp(doc);
  return doc;
}

const xml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

// pdfkit writes Info into XMP unescaped (a title with "&" would break the XML)
// and without the language: write that part ourselves.
function pinXmp(doc: PDFKit.PDFDocument): void {
  replaceXmpInfoWriter(doc, (info, appendXML) => {
    const iso = (info.CreationDate as Date).toISOString().split(".")[0] + "Z";
    const str = (k: string) => xml(String(info[k] ?? ""));
    appendXML(`
        <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
            <xmp:CreateDate>${iso}</xmp:CreateDate>
            <xmp:ModifyDate>${iso}</xmp:ModifyDate>
            <xmp:CreatorTool>${str("Creator")}</xmp:CreatorTool>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
            <pdf:Producer>${str("Producer")}</pdf:Producer>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:format>application/pdf</dc:format>
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${str("Title")}</rdf:li></rdf:Alt></dc:title>
            <dc:creator><rdf:Seq><rdf:li>${str("Author")}</rdf:li></rdf:Seq></dc:creator>
            <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${str("Subject")}</rdf:li></rdf:Alt></dc:description>
            <dc:language><rdf:Bag><rdf:li>de-DE</rdf:li></rdf:Bag></dc:language>
        </rdf:Description>`);
  });
}
