import { element } from "./dom.js";

/**
 * The PDF preview: the generated handout in the browser's own PDF viewer, in a
 * frame. A new version loads in a second, invisible frame and replaces the
 * shown one once loaded, so the preview never goes blank while updating.
 */
export class Preview {
  private shown: { frame: HTMLIFrameElement; url: string; loadedAt: number } | null = null;
  private version = 0;

  constructor(
    private readonly box: HTMLElement,
    private readonly status: HTMLElement,
  ) {}

  /** False in a browser that would download a PDF instead of showing it (navigator.pdfViewerEnabled). */
  static supported(): boolean {
    return navigator.pdfViewerEnabled !== false;
  }

  /** Says why there is no preview, in the preview's place. */
  explain(text: string): void {
    this.box.replaceChildren(element("p", { class: "preview-message" }, text));
  }

  setStatus(text: string, error = false): void {
    this.status.textContent = text;
    this.status.classList.toggle("is-error", error);
  }

  /** Shows a new version of the PDF; resolves when it is on screen. */
  show(bytes: Uint8Array): Promise<void> {
    const version = ++this.version;
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: "application/pdf" }));
    const frame = element("iframe", { title: "Vorschau der Handreichung (PDF)", class: "loading" });
    frame.style.visibility = "hidden";
    return new Promise((resolve) => {
      frame.addEventListener(
        "load",
        () => {
          // A newer version may have arrived meanwhile: only the newest is shown.
          if (version !== this.version) {
            retire({ frame, url, loadedAt: performance.now() });
            resolve();
            return;
          }
          const old = this.shown;
          frame.style.visibility = "";
          frame.classList.remove("loading");
          this.shown = { frame, url, loadedAt: performance.now() };
          if (old) retire(old);
          resolve();
        },
        { once: true },
      );
      // Fit the page width; no toolbar: the page's own buttons download the documents, with their proper names.
      frame.src = `${url}#toolbar=0&navpanes=0&view=FitH`;
      for (const message of this.box.querySelectorAll(".preview-message")) message.remove();
      this.box.append(frame);
    });
  }
}


/**
 * Takes a replaced preview away. The browser's PDF viewer goes on loading its
 * own files for a while after its frame's load event, and a frame removed
 * meanwhile fills the console with failed loads: so the frame is hidden at
 * once and removed a few seconds after it loaded, and its blob URL freed after that.
 */
function retire(old: { frame: HTMLIFrameElement; url: string; loadedAt: number }): void {
  old.frame.style.visibility = "hidden";
  setTimeout(() => {
    old.frame.remove();
    setTimeout(() => URL.revokeObjectURL(old.url), 10_000);
  }, Math.max(0, old.loadedAt + 3_000 - performance.now()));
}
