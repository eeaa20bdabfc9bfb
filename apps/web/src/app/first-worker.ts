// The render worker for the form, started before the rest of the page's code
// is evaluated (main.ts imports this module first): the first preview needs
// the worker's code, the fonts and the hyphenation patterns, and they load
// while the page gets ready.
import { RenderWorker } from "./worker-client.js";

/** Where the render workers fetch fonts and hyphenation patterns: this page's own origin. */
export const ASSET_BASE = new URL("vendor/", document.baseURI).href;

/** The form's worker (previews, downloads, logo checks, imports); a batch starts workers of its own. */
// Its fonts load at once only where there will be a preview (a browser that shows PDF files in a page).
performance.mark("handreichung:worker-erstellt");
export const formWorker = document.documentElement.dataset.fehlt === undefined ? new RenderWorker(ASSET_BASE, navigator.pdfViewerEnabled !== false) : null;
