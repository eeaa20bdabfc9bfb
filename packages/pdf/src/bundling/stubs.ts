/**
 * Modules the renderers' dependencies import but never use for the documents
 * they make, each with the package path of the stub that takes its place in
 * the CLI's bundle and the page's build. Both cost load time: see each stub.
 */
export const BUNDLE_STUBS = {
  "brotli/decompress.js": "@handreichung/pdf/bundling/no-brotli",
  "@noble/ciphers/aes": "@handreichung/pdf/bundling/no-encryption",
} as const;
