// docx's Packer zips what its compiler makes; the renderer calls the compiler
// itself (Packer.compiler, not in docx's typings) and zips deterministically.
// docx is pinned (9.15.2); internals/docx.test.ts fails clearly if it changes.
import { type Document, Packer } from "docx";

/** The package's parts as docx compiles them, by path. */
export type PackageParts = ReadonlyMap<string, string | Uint8Array>;

/** Thrown when the pinned docx no longer has the shape the renderer relies on. */
export class DocxShapeError extends Error {
  constructor(what: string) {
    super(`docx internals changed: ${what} (this code was written against docx 9.15.2; see packages/docx/src/internals/)`);
    this.name = "DocxShapeError";
  }
}

interface Compiler {
  compile(file: Document): PackageParts;
}

/**
 * The package's parts before zipping. Packer.pack would zip them, and the
 * parts would then be unzipped and zipped again for determinism: compiling
 * directly saves both (a third of the render time).
 */
export function compilePackage(doc: Document): PackageParts {
  const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;
  if (!compiler || typeof compiler.compile !== "function") throw new DocxShapeError("Packer.compiler.compile is missing");
  const parts = compiler.compile(doc);
  if (!(parts instanceof Map) || !parts.has("word/document.xml")) throw new DocxShapeError("Packer.compiler.compile no longer returns the parts as a Map by path");
  return parts;
}
