// fontkit's WOFF2 reader, replaced in the page's build (vite.config.ts): the
// brotli decoder it imports unpacks its 120 KB dictionary when it loads, in
// every render worker, before the first preview; and the page serves its fonts
// as TTF only (no-brotli.test.ts), which fontkit reads without it.
export default function decompress(): never {
  throw new Error("this page reads TTF fonts only: WOFF2 (brotli) is not built in");
}
