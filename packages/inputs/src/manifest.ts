/** One generated file, as the manifest lists it. */
export interface ManifestFile {
  format: string;
  /** Relative to the output folder, with forward slashes. */
  path: string;
  sha256: string;
  bytes: number;
}

export interface ManifestEntry {
  /** Where the profile stands in the list ("line 3", "[2]"). */
  source: string;
  name: string;
  slug: string;
  files: ManifestFile[];
}

/** DIR/manifest.json: what a batch produced, for checking and for other tools. */
export interface Manifest {
  generator: string;
  circular: string;
  date: string;
  formats: string[];
  municipalities: ManifestEntry[];
  failed: { source: string; errors: string[] }[];
}

/** The document formats, and the file name each gets inside a municipality's folder. */
export type DocumentFormat = "pdf" | "docx" | "dotx";
export const FILE_NAMES: Record<DocumentFormat, string> = { pdf: "handreichung.pdf", docx: "vorlage.docx", dotx: "vorlage.dotx" };

/** manifest.json's text: two-space indented, with a final line break. A failed row gives its source and lines only, whatever else it carries. */
export function manifestText(manifest: Manifest): string {
  const failed = manifest.failed.map(({ source, errors }) => ({ source, errors }));
  return `${JSON.stringify({ ...manifest, failed }, null, 2)}\n`;
}
