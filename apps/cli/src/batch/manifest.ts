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
