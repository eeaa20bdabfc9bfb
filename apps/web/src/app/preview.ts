import { element } from "./dom.js";
import type { OpenedPdf } from "./pdf-canvas.js";

type Drawing = typeof import("./pdf-canvas.js");

/**
 * The PDF preview. The first version shows in the browser's own PDF viewer, in
 * a frame (a new version loads in a second, invisible frame and replaces the
 * shown one once loaded). Once pdf.js has loaded (useCanvas, after the first
 * preview), every version is one page drawn on a canvas, with buttons for the
 * other pages: an update then costs one page's drawing instead of loading a new
 * file into the viewer. The old picture stays until the new one is drawn, so
 * the preview never goes blank while updating.
 */
export class Preview {
  private shown: { frame: HTMLIFrameElement; url: string; loadedAt: number } | null = null;
  private version = 0;
  private drawing: Drawing | null = null;
  private loading: Promise<void> | null = null;
  /** The newest version, for a redraw (pdf.js arrived, the box changed size); null once drawn from. */
  private latest: { bytes: Uint8Array; description: string } | null = null;
  private canvas: { pdf: OpenedPdf; picture: HTMLCanvasElement; description: string; box: string } | null = null;
  private page = 1;
  /** Canvas work, one step at a time: versions, page turns and redraws never overtake each other. */
  private queue: Promise<void> = Promise.resolve();
  private nav: { group: HTMLElement; back: HTMLButtonElement; next: HTMLButtonElement; where: HTMLElement } | null = null;

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

  /**
   * Shows a new version of the PDF; resolves when it is on screen.
   * `description` names the document for the picture's text alternative ("„Handbuch Integrationsarbeit“ für die Stadt Musterstadt").
   */
  show(bytes: Uint8Array, description: string): Promise<void> {
    if (this.drawing) return this.enqueue(() => this.drawVersion(bytes, description));
    this.latest = { bytes: bytes.slice(), description };
    return this.showInFrame(bytes);
  }

  /** Loads pdf.js (once); the version on screen is redrawn on a canvas, and every later one is drawn there. */
  useCanvas(): Promise<void> {
    this.loading ??= import("./pdf-canvas.js").then(
      (drawing) => {
        this.drawing = drawing;
        new ResizeObserver(() => this.boxResized()).observe(this.box);
        const latest = this.latest;
        if (latest) return this.enqueue(() => this.drawVersion(latest.bytes, latest.description));
      },
      // Without pdf.js (a failed load) the browser's viewer goes on showing every version.
      () => undefined,
    );
    return this.loading;
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    const run = this.queue.then(step);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async drawVersion(bytes: Uint8Array, description: string): Promise<void> {
    this.latest = null;
    // pdf.js takes the bytes over (its worker gets the buffer): a copy stays for the browser's viewer, should pdf.js fail.
    const kept = bytes.slice();
    let pdf: OpenedPdf;
    try {
      pdf = await this.drawing!.openPdf(bytes);
    } catch {
      // pdf.js could not read it (or its worker did not start): the browser's viewer shows it, and the next versions.
      this.drawing = null;
      this.latest = { bytes: kept.slice(), description };
      this.dropCanvas();
      return this.showInFrame(kept);
    }
    this.page = Math.min(this.page, pdf.pages);
    await this.put(pdf, description);
  }

  /** Draws the current page of `pdf` and puts it in place of the shown picture (or frame). */
  private async put(pdf: OpenedPdf, description: string): Promise<void> {
    this.box.classList.add("is-canvas");
    const size = this.pictureBox();
    const picture = await pdf.draw(this.page, size);
    const old = this.canvas;
    picture.className = "preview-page";
    picture.setAttribute("role", "img");
    this.canvas = { pdf, picture, description, box: `${size.width}x${size.height}` };
    this.label();
    this.showNav();
    if (old) {
      old.picture.replaceWith(picture);
      if (old.pdf !== pdf) old.pdf.close();
    } else {
      for (const message of this.box.querySelectorAll(".preview-message")) message.remove();
      this.box.append(picture);
      if (this.shown) retire(this.shown);
      this.shown = null;
    }
  }

  /** Back to the browser's viewer: no picture, no page buttons. */
  private dropCanvas(): void {
    this.canvas?.picture.remove();
    this.canvas?.pdf.close();
    this.canvas = null;
    this.nav?.group.remove();
    this.nav = null;
    this.box.classList.remove("is-canvas");
  }

  /** The picture's text alternative: which page of which document, and where its text is. */
  private label(): void {
    if (!this.canvas) return;
    const { pdf, picture, description } = this.canvas;
    picture.setAttribute("aria-label", `Vorschau, Seite ${this.page} von ${pdf.pages} der Handreichung ${description}: ein Bild der gedruckten Seite. Den Text enthält die PDF-Datei zum Herunterladen.`);
  }

  /** Where the page may go: the box inside the frame's padding, in CSS pixels. */
  private pictureBox(): { width: number; height: number } {
    const style = getComputedStyle(this.box);
    const pad = (name: string) => Number.parseFloat(style.getPropertyValue(name)) || 0;
    return {
      width: Math.max(100, this.box.clientWidth - pad("padding-left") - pad("padding-right")),
      height: Math.max(100, this.box.clientHeight - pad("padding-top") - pad("padding-bottom")),
    };
  }

  private boxResized(): void {
    const size = this.pictureBox();
    if (!this.canvas || this.canvas.box === `${size.width}x${size.height}`) return;
    const { pdf, description } = this.canvas;
    void this.enqueue(() => (this.canvas?.pdf === pdf ? this.put(pdf, description) : Promise.resolve()));
  }

  /** The page buttons, made once the preview is a picture of one page. */
  private showNav(): void {
    if (!this.nav) {
      const back = element("button", { type: "button", class: "secondary small preview-back" }, "Vorherige Seite");
      const next = element("button", { type: "button", class: "secondary small preview-next" }, "Nächste Seite");
      const where = element("p", { class: "preview-where", "aria-live": "polite" });
      const group = element("div", { class: "preview-nav", role: "group", "aria-label": "Seiten der Vorschau" });
      group.append(back, where, next);
      back.addEventListener("click", () => this.turn(-1));
      next.addEventListener("click", () => this.turn(1));
      this.box.before(group);
      this.nav = { group, back, next, where };
    }
    const pages = this.canvas?.pdf.pages ?? 1;
    // A live region: said aloud when it changes (a page turned, a page more), not again with every update.
    const where = `Seite ${this.page} von ${pages}`;
    if (this.nav.where.textContent !== where) this.nav.where.textContent = where;
    // aria-disabled, not disabled: a button that goes disabled under the keyboard's focus would drop the focus.
    this.nav.back.setAttribute("aria-disabled", String(this.page <= 1));
    this.nav.next.setAttribute("aria-disabled", String(this.page >= pages));
  }

  private turn(step: number): void {
    void this.enqueue(async () => {
      const current = this.canvas;
      if (!current) return;
      const page = this.page + step;
      if (page < 1 || page > current.pdf.pages) return;
      this.page = page;
      await this.put(current.pdf, current.description);
    });
  }

  /** The browser's PDF viewer, in a frame. */
  private showInFrame(bytes: Uint8Array): Promise<void> {
    const version = ++this.version;
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: "application/pdf" }));
    const frame = element("iframe", { title: "Vorschau der Handreichung (PDF)", class: "loading" });
    frame.style.visibility = "hidden";
    return new Promise((resolve) => {
      frame.addEventListener(
        "load",
        () => {
          // A newer version may have arrived meanwhile (or pdf.js took over): only the newest is shown.
          if (version !== this.version || this.canvas) {
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
