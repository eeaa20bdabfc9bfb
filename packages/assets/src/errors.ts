/** An asset (a font, the hyphenation patterns) that could not be loaded. */
export class AssetError extends Error {
  readonly code = "E_ASSET_MISSING";

  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`cannot load ${path}: ${reason}`);
    this.name = "AssetError";
  }
}
