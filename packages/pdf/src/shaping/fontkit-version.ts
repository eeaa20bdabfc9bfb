import fontkitPackage from "fontkit/package.json" with { type: "json" };

/** The fontkit the renderer shapes with (pdfkit's, the same pinned version): a shaping table from another one is not used. */
export const FONTKIT_VERSION: string = fontkitPackage.version;
