// docx's Packer zips what its compiler makes; the renderer calls the compiler
// itself (Packer.compiler, not in docx's typings) and zips deterministically.
// docx is pinned (9.15.2); internals/docx.test.ts fails clearly if it changes.
import { type Document, Packer, XmlComponent } from "docx";

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
/**
 * A style sheet compiled before: its XML, and the list instances docx
 * creates while it formats the sheet (a style that numbers its paragraphs,
 * like the headings, makes one in numbering.xml) in the order it creates them.
 * The ids those instances get depend on how many lists the document made
 * before: the XML has `\uE000k\uE001` where the k-th instance's id goes.
 */
export interface CompiledStyleSheet {
  xml: string;
  numbering: [reference: string, instance: number][];
}

interface NumberingRegistry {
  createConcreteNumberingInstance(reference: string, instance: number, definition?: unknown, restartedListId?: unknown): void;
  ConcreteNumbering: { numId: number; reference: string; instance: number; restartedListId?: unknown }[];
}

/** The id docx gave the list instance of `reference` and `instance` (not a restarted one). */
function numIdOf(registry: NumberingRegistry, reference: string, instance: number): number {
  const found = registry.ConcreteNumbering?.find((c) => c.reference === reference && c.instance === instance && c.restartedListId === undefined);
  if (!found || typeof found.numId !== "number") throw new DocxShapeError("File#Numbering.ConcreteNumbering has no numId for a list instance the style sheet made");
  return found.numId;
}

const NUM_ID_SLOT = /\uE000(\d+)\uE001/g;
interface FileInternals {
  styles?: { prepForXml?: (context: never) => unknown };
  Styles?: unknown;
  Numbering?: NumberingRegistry;
}

function fileOf(doc: Document): FileInternals & { styles: { prepForXml: (context: unknown) => unknown }; Numbering: NumberingRegistry } {
  const file = doc as unknown as FileInternals;
  if (!file.styles || file.Styles !== file.styles || typeof file.styles.prepForXml !== "function") throw new DocxShapeError("File#styles (returned by File#Styles) is missing");
  if (!file.Numbering || typeof file.Numbering.createConcreteNumberingInstance !== "function") throw new DocxShapeError("File#Numbering.createConcreteNumberingInstance is missing");
  return file as ReturnType<typeof fileOf>;
}

function compileParts(doc: Document): Map<string, string | Uint8Array> {
  const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;
  if (!compiler || typeof compiler.compile !== "function") throw new DocxShapeError("Packer.compiler.compile is missing");
  const parts = compiler.compile(doc);
  if (!(parts instanceof Map) || !parts.has("word/document.xml")) throw new DocxShapeError("Packer.compiler.compile no longer returns the parts as a Map by path");
  return parts as Map<string, string | Uint8Array>;
}

/**
 * The package's parts before zipping. Packer.pack would zip them, and the
 * parts would then be unzipped and zipped again for determinism: compiling
 * directly saves both (a third of the render time). With `styleSheet`, docx
 * formats an empty sheet in its place (creating the same list instances) and
 * the compiled one is put in: building docx's style objects is skipped.
 */
export function compilePackage(doc: Document, styleSheet?: CompiledStyleSheet): PackageParts {
  if (!styleSheet) return compileParts(doc);
  const file = fileOf(doc);
  const sheet = new EmptyStyleSheet(styleSheet.numbering);
  (file as FileInternals).styles = sheet;
  const parts = compileParts(doc);
  if (!parts.has("word/styles.xml")) throw new DocxShapeError("Packer.compiler.compile no longer writes word/styles.xml");
  parts.set("word/styles.xml", styleSheet.xml.replace(NUM_ID_SLOT, (_, k: string) => String(sheet.numIds[Number(k)])));
  return parts;
}

/** Build time: the parts, and the style sheet as compiled with the list instances its formatting creates. */
export function compileRecordingStyleSheet(doc: Document): { parts: PackageParts; styleSheet: CompiledStyleSheet } {
  const file = fileOf(doc);
  const numbering: [string, number][] = [];
  let inSheet = false;
  const registry = file.Numbering;
  const create = registry.createConcreteNumberingInstance.bind(registry);
  registry.createConcreteNumberingInstance = (reference, instance, definition, restartedListId) => {
    if (inSheet) {
      if (definition !== undefined || restartedListId !== undefined) throw new DocxShapeError("a style's numbering has a definition or a restarted list, which a compiled style sheet cannot replay");
      numbering.push([reference, instance]);
    }
    create(reference, instance, definition, restartedListId);
  };
  const sheet = file.styles;
  const prep = sheet.prepForXml.bind(sheet);
  sheet.prepForXml = (context) => {
    inSheet = true;
    try {
      return prep(context);
    } finally {
      inSheet = false;
    }
  };
  const parts = compileParts(doc);
  let xml = parts.get("word/styles.xml");
  if (typeof xml !== "string") throw new DocxShapeError("Packer.compiler.compile no longer writes word/styles.xml as text");
  // Each list instance's id becomes a slot; an id in the sheet that is not one of them would be fixed by mistake.
  numbering.forEach(([reference, instance], k) => {
    xml = (xml as string).split(`<w:numId w:val="${numIdOf(registry, reference, instance)}"/>`).join(`<w:numId w:val="\uE000${k}\uE001"/>`);
  });
  if (/<w:numId w:val="\d/.test(xml)) throw new DocxShapeError("the style sheet refers to a list instance it did not make");
  return { parts, styleSheet: { xml, numbering } };
}

/** An empty w:styles element that creates the list instances the real sheet would, in its place in the compile. */
class EmptyStyleSheet extends XmlComponent {
  /** The ids of the list instances made, in the order of `numbering`. */
  readonly numIds: number[] = [];

  constructor(private readonly numbering: readonly [string, number][]) {
    super("w:styles");
  }

  override prepForXml(context: Parameters<XmlComponent["prepForXml"]>[0]): ReturnType<XmlComponent["prepForXml"]> {
    const registry = (context as unknown as { file?: { Numbering?: NumberingRegistry } }).file?.Numbering;
    if (!registry) throw new DocxShapeError("the XML context has no file.Numbering");
    for (const [reference, instance] of this.numbering) {
      registry.createConcreteNumberingInstance(reference, instance);
      this.numIds.push(numIdOf(registry, reference, instance));
    }
    return super.prepForXml(context);
  }
}
