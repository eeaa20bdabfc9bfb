let base: string | undefined;

/** Where a browser finds the assets: a URL of the page's own origin ending in "/". Node reads installed packages and ignores it. */
export function setAssetBase(url: string | URL): void {
  const href = String(url);
  base = href.endsWith("/") ? href : `${href}/`;
}

export function assetBase(): string | undefined {
  return base;
}
