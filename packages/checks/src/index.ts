/**
 * The project's own checks of generated documents, for every test to import:
 * the PDF as pdf.js reads it, the .docx as Word reads it, the sentence coverage
 * of the content package, and outside tools (poppler, qpdf, LibreOffice) as
 * extra, independent checks.
 */
export { checkPdf, pdfFindings, type PdfCheckOptions } from "./pdf/check.js";
export { editPdf, EditDict, type PdfEditor } from "./pdf/edit.js";
export { checkRequirements, claimedStandards, PDF_REQUIREMENTS, pdfStandardFindings, requirementLabel, type PdfRequirement, type PdfStandardPart, type StandardCheckOptions } from "./pdf/standards.js";
export { paintedColours, type PaintedColour, type PaintedColours } from "./pdf/painted-colours.js";
export { flattenPdfNodes, pdfElements, pdfPageCount, readPdf, type PdfDocument, type ReadPdfOptions, type PdfFont, type PdfNode, type PdfOutlineItem, type PdfPage } from "./pdf/read.js";
export { checkDocx, docxFindings, type DocxCheckOptions } from "./docx/check.js";
export { readDocx, type DocxContentControl, type DocxDocument, type DocxParagraph, type DocxStyle, type DocxTable } from "./docx/read.js";
export { formatFindings, type CheckResult, type Finding } from "./findings.js";
export { sourceBody, sourceFindings } from "./source.js";
export { MULTILINGUAL_DIR, multilingualSample, SEED_FILE, seedText } from "./fixtures.js";
export {
  convertWithLibreOffice,
  hasTool,
  missingToolsLine,
  needTools,
  parsePopplerStructure,
  pdftotext,
  popplerFindings,
  popplerFonts,
  popplerStructure,
  qpdfFindings,
  structureAgreement,
  TOOLS,
  underCi,
  type PopplerFont,
  type PopplerNode,
  type Tool,
} from "./tools.js";
export { parseXml, type XmlElement, type XmlNode } from "./xml.js";
export { longestBase64Run } from "./bundle.js";
export { actualTexts } from "./pdf/actual-text.js";
export { displayOrder, popplerDisplayOrder } from "./bidi.js";
export { blockCircular } from "./circulars.js";
