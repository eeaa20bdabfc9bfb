// @types/pdfkit types the package's main entry; its browser build has the same API.
declare module "pdfkit/js/pdfkit.browser.mjs" {
  var doc: PDFKit.PDFDocument;
  export = doc;
}
