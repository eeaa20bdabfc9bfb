// The preview's drawing, with pdf.js: one page of the generated PDF on a
// canvas. Loaded only after the first preview (pdf.js is about 500 KB gzip,
// the page's budget before the first preview is 700 KB, and the browser's own
// viewer shows the first version as fast): from then on, an update draws one
// page in tens of milliseconds, where the browser's viewer loads a new file
// into a frame in 120–240 ms. The downloads never pass through here.
import { getDocument, PDFWorker, VerbosityLevel, type PDFDocumentProxy } from "pdfjs-dist";
// pdf.js's own worker, a file of this page's origin (worker-src 'self'), started once and kept for every version.
import workerUrl from "pdfjs-dist/build/pdf.worker.min.mjs?url";

/** A version of the handout, opened by pdf.js; pages are drawn from it on demand. */
export interface OpenedPdf {
  readonly pages: number;
  /** Draws page `n` (1-based) as large as fits into `box` (CSS pixels), sharp on this screen; resolves with a canvas not yet in the page. */
  draw(n: number, box: { width: number; height: number }): Promise<HTMLCanvasElement>;
  close(): void;
}

let worker: PDFWorker | undefined;

/** Opens a version of the PDF; `bytes` are handed to pdf.js's worker (the caller keeps no use for them). */
export async function openPdf(bytes: Uint8Array): Promise<OpenedPdf> {
  worker ??= PDFWorker.fromPort({ port: new Worker(workerUrl, { type: "module", name: "pdfjs" }), verbosity: VerbosityLevel.ERRORS }) as PDFWorker;
  // No eval: the page's Content-Security-Policy has no 'unsafe-eval' (pdf.js would otherwise compile PDF functions with new Function).
  // The handout embeds its fonts: no standard fonts or CMaps to fetch, nothing from anywhere.
  const doc = await getDocument({ data: bytes, worker, isEvalSupported: false, enableXfa: false, useSystemFonts: false, verbosity: VerbosityLevel.ERRORS }).promise;
  return opened(doc);
}

function opened(doc: PDFDocumentProxy): OpenedPdf {
  return {
    pages: doc.numPages,
    async draw(n, box) {
      const page = await doc.getPage(n);
      const ratio = window.devicePixelRatio || 1;
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const cssWidth = Math.max(1, Math.floor(Math.min(box.width, (box.height * (x1 - x0)) / (y1 - y0))));
      const scale = (cssWidth / (x1 - x0)) * ratio;
      const viewport = page.getViewport({ scale });
      const canvas = document.createElement("canvas");
      canvas.width = Math.round(viewport.width);
      canvas.height = Math.round(viewport.height);
      canvas.style.width = `${cssWidth}px`;
      canvas.style.aspectRatio = `${x1 - x0} / ${y1 - y0}`;
      const context = canvas.getContext("2d", { alpha: false });
      if (!context) throw new Error("the browser gave no 2D canvas");
      await page.render({ canvasContext: context, viewport }).promise;
      page.cleanup();
      return canvas;
    },
    close() {
      void doc.destroy();
    },
  };
}
