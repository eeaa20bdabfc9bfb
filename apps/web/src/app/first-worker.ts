// The render worker for the form. The built page starts it from a classic
// script in its head, before any of the page's modules has loaded (see
// classicWorkerStart in vite.config.ts), and this module takes it over; on the
// dev server this module starts it, as soon as main.ts begins to load.
import { RenderWorker } from "./worker-client.js";

/** Where the render workers fetch fonts and hyphenation patterns: this page's own origin. */
export const ASSET_BASE = new URL("vendor/", document.baseURI).href;

declare global {
  interface Window {
    /** The render worker the built page's first script started, told the asset base and whether to fetch fonts at once. */
    handreichungRenderWorker?: Worker;
  }
}

/** The form's worker (previews, downloads, logo checks, imports); a batch starts workers of its own. */
// Its fonts load at once only where there will be a preview (a browser that shows PDF files in a page).
function startFormWorker(): RenderWorker | null {
  if (document.documentElement.dataset.fehlt !== undefined) return null;
  const started = window.handreichungRenderWorker;
  if (started) return new RenderWorker(started);
  performance.mark("handreichung:worker-erstellt");
  return new RenderWorker(ASSET_BASE, navigator.pdfViewerEnabled !== false);
}

export const formWorker = startFormWorker();
