import { FONT_ROLES, fontSource } from "./fonts.js";
import { PDFDocument } from "./internals/pdfkit-build.js";
import { replaceXmpInfoWriter } from "./internals/pdfkit.js";
import { writeColoursWherePainted } from "./internals/colour-state.js";
import { addSrgbOutputIntent } from "./standard/output-intent.js";
import type { StandardClaims } from "./standard/standard.js";
import { xmpDescriptions } from "./standard/xmp.js";
import { MARGIN, PAGE } from "./theme.js";

export interface DocumentMeta {
  title: string;
  author: string;
  subject: string;
  /** Creation and modification date, midnight UTC. */
  date: Date;
  compress: boolean;
  /** The standards the file claims: PDF/A-2a, PDF/UA-1 or both. */
  claims: StandardClaims;
}

const LANG = "de-DE";
const CREATOR = "@handreichung/pdf";
const PRODUCER = "@handreichung/pdf (PDFKit)";

/**
 * A tagged document with the handout's fonts registered (loadFonts must have finished), every clock-dependent
 * field pinned, and what PDF/A-2a and PDF/UA-1 ask of the document as a whole:
 * XMP identification (written here, not by pdfkit's `subset`, which takes one
 * standard only) and, for PDF/A, the sRGB output intent.
 */
export function createDocument(meta: DocumentMeta): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margins: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.left, right: MARGIN.right },
    pdfVersion: "1.7",
    // No `subset`: pdfkit's PDF/UA mode would also write a CIDSet that omits
    // glyphs subsetting adds (the parts of composite glyphs), and its PDF/A mode
    // reads the ICC profile from disk. Both identifications are written below.
    tagged: true,
    lang: LANG,
    displayTitle: true,
    bufferPages: true,
    compress: meta.compress,
    // No default font: pdfkit would load Helvetica, which must never reach a PDF/UA file.
    font: null as unknown as string,
    info: {
      Title: meta.title,
      Author: meta.author,
      Subject: meta.subject,
      Creator: CREATOR,
      Producer: PRODUCER,
      CreationDate: meta.date,
      ModDate: meta.date,
    },
  });
  writeColoursWherePainted(doc);
  for (const role of FONT_ROLES) doc.registerFont(role, fontSource(role) as Buffer); // a Uint8Array or parsed font: @types/pdfkit says Buffer
  if (meta.claims.pdfa) addSrgbOutputIntent(doc);
  // pdfkit writes Info into XMP unescaped (a title with "&" would break the XML)
  // and without the language: the whole packet is ours, from the same values as Info.
  replaceXmpInfoWriter(doc, (_info, appendXML) =>
    appendXML(xmpDescriptions({ title: meta.title, author: meta.author, subject: meta.subject, creator: CREATOR, producer: PRODUCER, date: meta.date, lang: LANG }, meta.claims)),
  );
  return doc;
}
