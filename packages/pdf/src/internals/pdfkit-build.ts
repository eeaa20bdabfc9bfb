/// <reference path="../pdfkit-browser.d.ts" />
// Which build of pdfkit the renderer runs, in one place. pdfkit's Node build
// compresses streams with Node's zlib, its browser build with fflate: the two
// give different bytes for the same document. The renderer runs the browser
// build everywhere — it needs nothing from Node (fonts and images arrive as
// bytes) — so the CLI and the web page write byte-identical PDFs. pdfkit
// exports that build only through this project's patch
// (patches/pdfkit@0.20.2.patch); pdfkit-build.test.ts fails if it changes.
import PDFDocument from "pdfkit/js/pdfkit.browser.mjs";

export { PDFDocument };
