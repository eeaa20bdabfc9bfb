import type { Circular, RenderOptions } from "@handreichung/content";

/** Renders the circular as a PDF/UA-1 A4 handout. (Being built in issue 3.) */
export async function renderPdf(_circular: Circular, _options: RenderOptions = {}): Promise<Uint8Array> {
  throw new Error("renderPdf is not implemented yet");
}
