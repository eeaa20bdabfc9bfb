import type { LinkSpan } from "../text/links.js";
import type { Flow, Struct } from "./flow.js";

// One empty appearance per document: PDF/A-2 and the checks want an
// appearance stream on every annotation; a link shows its text, not a drawing.
const appearances = new WeakMap<object, PDFKit.PDFKitReference>();

function emptyAppearance(doc: PDFKit.PDFDocument): PDFKit.PDFKitReference {
  let ref = appearances.get(doc);
  if (!ref) {
    ref = doc.ref({ Type: "XObject", Subtype: "Form", BBox: [0, 0, 1, 1], Resources: {} });
    ref.end(new Uint8Array(0) as Buffer);
    appearances.set(doc, ref);
  }
  return ref;
}

/**
 * Tags the links of one stretch of set text as PDF/UA asks: each link a
 * `Link` structure element (inside the paragraph, list body or cell) holding
 * its text and an object reference (OBJR) to a link annotation that lies over
 * it, printable, with an appearance stream and a /Contents that says where it
 * leads. A link that wraps gets one annotation per line under one element.
 */
export class LinkTags {
  private readonly open = new Map<LinkSpan, Struct>();

  constructor(
    private readonly flow: Flow,
    private readonly parent: Struct,
  ) {}

  /**
   * Draws one run of a link's text (by `draw`), then the annotation over `box`
   * (x, y of the line's top left, in points). `runEnd` is the run's end offset
   * in the set text: the link's element ends with its last run.
   */
  draw(link: LinkSpan, runEnd: number, box: { x: number; y: number; width: number; height: number }, draw: () => void): void {
    const doc = this.flow.doc;
    let el = this.open.get(link);
    if (!el) {
      el = this.flow.struct("Link", this.parent);
      this.open.set(link, el);
    }
    el.add(doc.markStructureContent("Link"));
    draw();
    doc.endMarkedContent();
    doc.link(box.x, box.y, box.width, box.height, link.uri, {
      structParent: el,
      Contents: new String(link.description),
      AP: { N: emptyAppearance(doc) },
    } as never);
    if (runEnd >= link.end) this.close(link);
  }

  private close(link: LinkSpan): void {
    this.open.get(link)?.end();
    this.open.delete(link);
  }

  /** Ends every Link element still open (at the end of a page's part of the text). */
  end(): void {
    for (const link of [...this.open.keys()]) this.close(link);
  }
}
