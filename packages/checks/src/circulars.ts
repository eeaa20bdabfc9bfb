import type { Block, Circular } from "@handreichung/content";

/**
 * A circular of another publisher (Landkreistag NRW) around the given body
 * blocks, for the renderers' block tests: header fields filled, no models, no
 * publication. `over` replaces any field.
 */
export function blockCircular(body: Block[], over: Partial<Circular> = {}): Circular {
  return {
    id: "test",
    issuer: "Landkreistag Nordrhein-Westfalen",
    series: "Rundschreiben",
    category: null,
    number: 245,
    year: 2023,
    date: "2023-06-07",
    title: "Tabellen und Zitate",
    fileReference: null,
    body,
    models: [],
    publication: null,
    source: { citation: "Rundschreiben Nr. 245/2023 vom 07.06.2023", url: null },
    incomplete: null,
    ...over,
  };
}
