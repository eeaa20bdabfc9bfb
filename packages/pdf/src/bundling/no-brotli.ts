// fontkit's WOFF2 reader, replaced in the CLI's bundle and the page's build
// (BUNDLE_STUBS): the brotli decoder it imports unpacks its 120 KB dictionary
// when it loads, and its 480 KB of source is parsed with the renderer. Every
// font the renderers load is a TTF file (stubs.test.ts), which fontkit reads
// without it.
export default function decompress(): never {
  throw new Error("the renderers read TTF fonts only: WOFF2 (brotli) is not built in");
}
