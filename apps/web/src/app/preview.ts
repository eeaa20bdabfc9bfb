import { element } from "./dom.js";

/**
 * The PDF preview: the generated handout in the browser's own PDF viewer, in a
 * frame. A new version loads in a second, invisible frame and replaces the
 * shown one once loaded, so the preview never goes blank while updating.
 */
export class Preview {
  private shown: { frame: HTMLIFrameElement; url: string } | null = null;
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
          // A newer version may have arrived meanwhile: only the newest stays.
          if (version !== this.version) {
            frame.remove();
            URL.revokeObjectURL(url);
            resolve();
            return;
          }
          const old = this.shown;
          frame.style.visibility = "";
          frame.classList.remove("loading");
          this.shown = { frame, url };
          if (old) {
            old.frame.remove();
            URL.revokeObjectURL(old.url);
          }
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

