import type { Circular, RenderOptions } from "@handreichung/content";

/** Renders the circular as an editable Word template. (Being built in issue 4.) */
export async function renderDocx(_circular: Circular, _options: RenderOptions = {}): Promise<Uint8Array> {
  throw new Error("renderDocx is not implemented yet");
}
