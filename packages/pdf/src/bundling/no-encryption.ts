// pdfkit's AES ciphers, replaced in the CLI's bundle and the page's build
// (BUNDLE_STUBS): @noble/ciphers builds its AES tables when it loads (about
// 20 ms), yet pdfkit needs them only to encrypt, and PDF/A forbids encryption:
// the renderers never pass a password (stubs.test.ts).
function noEncryption(): never {
  throw new Error("the renderers never encrypt a PDF: PDF/A forbids it, and AES is not built in");
}
export const cbc = noEncryption;
export const ecb = noEncryption;
