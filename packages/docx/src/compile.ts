import { type Document, Packer } from "docx";
import type { PackageParts } from "./zip.js";

interface Compiler {
  compile(file: Document): PackageParts;
}

/**
 * The package's parts before zipping. Packer.pack would zip them, and the
 * parts would then be unzipped and zipped again for determinism: compiling
 * directly saves both (a third of the render time). Packer's compiler is not in
 * docx's typings; the version is pinned and a test guards it.
 */
export function compilePackage(doc: Document): PackageParts {
  const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;
  if (!compiler || typeof compiler.compile !== "function") throw new Error("docx: Packer.compiler is missing; was the docx version changed?");
  return compiler.compile(doc);
}
