// Build-time only: every chunk of the CLI's bundle once more as CommonJS, in
// dist/cjs/. Node 20's ES module loader compiles every chunk from source on
// every run; a CommonJS chunk can be compiled from V8's code cache instead
// (src/io/chunk-cache.ts), which made `pdf` and `docx` about 50 ms faster.
// The code is esbuild's own conversion of the same chunks: imports become
// require() calls (dynamic ones too), import.meta.url a value the loader
// passes in.
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { transform } from "esbuild";

/** Writes dist/cjs/NAME.cjs for each chunk dist/NAME.js, and dist/cjs/build-id, a hash of them all. */
export async function writeCommonJsChunks(dist: string): Promise<void> {
  const out = join(dist, "cjs");
  await rm(out, { recursive: true, force: true });
  await mkdir(out);
  const build = createHash("sha256");
  const chunks = (await readdir(dist)).filter((file) => file.endsWith(".js")).sort();
  for (const file of chunks) {
    const source = await readFile(join(dist, file), "utf8");
    const { code } = await transform(source, {
      format: "cjs",
      platform: "node",
      target: "node20",
      minify: true,
      supported: { "dynamic-import": false },
      define: { "import.meta.url": "__importMetaUrl" },
      logLevel: "silent",
    });
    await writeFile(join(out, file.replace(/\.js$/, ".cjs")), code);
    build.update(file).update("\0").update(code).update("\0");
  }
  await writeFile(join(out, "build-id"), build.digest("hex").slice(0, 16));
}
