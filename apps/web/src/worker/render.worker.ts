// The render worker: renders documents, checks logos and imports circulars off
// the page's main thread, so typing never waits for a renderer. The worker's
// own file is small and imports nothing: as soon as it knows where the assets
// are (from its URL's fragment, or the page's first message), it loads the PDF
// renderer and fetches the fonts and hyphenation patterns at the same time
// (the first preview needs all three); the Word renderer, the logo checker and
// the importer load when first asked for.
import type { Circular, RenderOptions } from "@handreichung/content";
import { pdfOptions } from "./pdf-options.js";
import type { BatchRow, Format, ImportOutcome, LogoCheck, Rendered, RenderInput, WorkerError, WorkerReply, WorkerRequest } from "./protocol.js";

interface WorkerScope {
  onmessage: ((event: MessageEvent<{ id: number; request: WorkerRequest } | { assetBase: string; prefetch: boolean }>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;
// Marks for the probes of the page's speed (apps/web/bench): when the worker's code ran, the renderer arrived, each render took.
performance.mark("handreichung:worker-start");

async function render(format: Format, circular: Circular, input: RenderInput, preview = false): Promise<Rendered> {
  const warnings: string[] = [];
  const options: RenderOptions = { date: input.date, onWarning: (message) => warnings.push(message) };
  if (input.profile) options.profile = input.profile;
  if (input.logo) options.logo = input.logo;
  if (input.models) options.models = input.models;
  if (format === "pdf") {
    const { renderPdf } = await pdfRenderer();
    const start = performance.now();
    const bytes = await renderPdf(circular, pdfOptions(options, preview));
    performance.measure("handreichung:pdf-rendern", { start, end: performance.now() });
    return { bytes, warnings };
  }
  const { renderDocx } = await import("@handreichung/docx");
  return { bytes: await renderDocx(circular, format === "dotx" ? { ...options, template: true } : options), warnings };
}

let pdf: Promise<typeof import("@handreichung/pdf")> | undefined;
const pdfRenderer = () => (pdf ??= import("@handreichung/pdf").then((m) => (performance.mark("handreichung:pdf-renderer-geladen"), m)));

/** Set once the worker knows where the assets are; every request waits for it. */
let prepared: Promise<void> = Promise.resolve();

/**
 * With `prefetch`, the small fetching chunk and the PDF renderer are asked for
 * at once: the renderer's large file arrives and is parsed while the fetching
 * chunk asks for the fonts and patterns (asked for after the fetching chunk
 * had run, behind them, it was loaded 170–450 ms later in the bench).
 */
function prepare(assetBase: string, prefetch: boolean): void {
  prepared = import("./prefetch.js").then((m) => m.prepare(assetBase, prefetch));
  if (prefetch) void pdfRenderer().catch(() => undefined);
}

async function checkLogo(bytes: Uint8Array, alt: string): Promise<LogoCheck> {
  const { prepareLogo, LogoError } = await import("@handreichung/logo");
  try {
    return { ok: true, image: prepareLogo(bytes, alt) };
  } catch (error) {
    if (error instanceof LogoError) return { ok: false, code: error.code, reason: error.reason };
    throw error;
  }
}

async function importText(text: string, fileName: string): Promise<ImportOutcome> {
  const { importCircular, ImportError, warningText } = await import("@handreichung/import");
  try {
    const result = importCircular(text, { fileName });
    return { ok: true, result, germanWarnings: result.warningDetails.map((w) => warningText(w, "de")) };
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}

async function handle(request: WorkerRequest): Promise<{ value: unknown; transfer: Transferable[] }> {
  switch (request.kind) {
    case "render": {
      const rendered = await render(request.format, request.circular, request.input, request.preview === true);
      return { value: rendered, transfer: [rendered.bytes.buffer] };
    }
    case "batch-row": {
      const row: BatchRow = { documents: [], warnings: [] };
      const [{ sha256 }, { bytesToHex }] = await Promise.all([import("@noble/hashes/sha2"), import("@noble/hashes/utils")]);
      for (const format of request.formats) {
        const { bytes, warnings } = await render(format, request.circular, request.input);
        row.warnings.push(...warnings);
        row.documents.push({ format, bytes, sha256: bytesToHex(sha256(bytes)) });
      }
      return { value: row, transfer: row.documents.map((d) => d.bytes.buffer) };
    }
    case "logo": {
      const check = await checkLogo(request.bytes, request.alt);
      return { value: check, transfer: [] };
    }
    case "import":
      return { value: await importText(request.text, request.fileName), transfer: [] };
  }
}

function describe(error: unknown): WorkerError {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { name: error.name, message: error.message, ...(typeof code === "string" ? { code } : {}) };
  }
  return { name: "Error", message: String(error) };
}

/**
 * The settings a worker was started with in its URL's fragment (the built
 * page's first script starts it so): read at once, where a message would wait
 * for the page's main thread, busy loading the page, to pass it on.
 */
function settingsInFragment(): { assetBase: string; prefetch: boolean } | null {
  const fragment = (self as unknown as { location: Location }).location.hash.slice(1);
  return fragment ? (JSON.parse(decodeURIComponent(fragment)) as { assetBase: string; prefetch: boolean }) : null;
}

const started = settingsInFragment();
if (started) prepare(started.assetBase, started.prefetch);

scope.onmessage = (event) => {
  if ("assetBase" in event.data) {
    prepare(event.data.assetBase, event.data.prefetch);
    return;
  }
  const { id, request } = event.data;
  prepared.then(() => handle(request)).then(
    ({ value, transfer }) => scope.postMessage({ id, ok: true, value }, transfer),
    (error: unknown) => scope.postMessage({ id, ok: false, error: describe(error) }),
  );
};
