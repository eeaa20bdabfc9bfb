import { BuilderElement, type FileChild, type IRunOptions, Paragraph, type ParagraphChild, TextRun, type XmlComponent } from "docx";
import { STYLE } from "../styles.js";
import { FIELD_STORE, fieldXpath } from "./store.js";
import { stableGuid } from "./xml.js";

/**
 * Word content controls (w:sdt), which docx has no API for: plain-text fields
 * bound to the document's field store, and rich-text areas to write in. Both
 * are built from docx's own BuilderElement and TextRun, so docx escapes and
 * serialises them like the rest of the document.
 */

/** The prompts the document's controls show while empty, for the glossary part, and the controls' ids. */
export class ControlRegistry {
  private id = 0;
  private readonly prompts = new Map<string, string>();

  /** A number for w:id, unique in the document: Word needs one per control. */
  nextId(): number {
    return ++this.id;
  }

  /** The name of the glossary entry holding `prompt`, recorded for the glossary. */
  docPart(prompt: string): string {
    const name = stableGuid(prompt).replace(/[{}-]/g, "");
    this.prompts.set(name, prompt);
    return name;
  }

  /** Every recorded prompt by its entry name, in the order first used. */
  entries(): [name: string, prompt: string][] {
    return [...this.prompts];
  }
}

const valued = (name: string, value: string) => new BuilderElement<{ val: string }>({ name, attributes: { val: { key: "w:val", value } } });
const flag = (name: string) => new BuilderElement({ name });

function properties(registry: ControlRegistry, o: { title: string; tag: string; prompt: string; showingPrompt: boolean }, rest: XmlComponent[]): XmlComponent {
  // The order of CT_SdtPr: alias, tag, id, placeholder, showingPlcHdr, dataBinding, then the type.
  return new BuilderElement({
    name: "w:sdtPr",
    children: [
      valued("w:alias", o.title),
      valued("w:tag", o.tag),
      valued("w:id", String(registry.nextId())),
      new BuilderElement({ name: "w:placeholder", children: [valued("w:docPart", registry.docPart(o.prompt))] }),
      ...(o.showingPrompt ? [flag("w:showingPlcHdr")] : []),
      ...rest,
    ],
  });
}

/** The prompt as Word shows it in an empty control. */
export const promptRun = (prompt: string) => new TextRun({ text: prompt, style: STYLE.placeholderText });

export interface FieldOptions {
  /** The field's key: its tag and its element in the field store. */
  key: string;
  /** The control's title, shown by Word on its frame. */
  title: string;
  /** What the empty control says: "Klicken oder tippen Sie hier, um … einzugeben." */
  prompt: string;
  /** The value, when known; without one the control shows its prompt. */
  value?: string | undefined;
  /** Run properties of the value (its language, direction and font when it is not German). */
  run?: Omit<IRunOptions, "text" | "children">;
}

/**
 * A plain-text content control inside a paragraph, bound (w:dataBinding) to
 * the field's element in the field store: Word shows the stored value in every
 * control bound to it and updates them all when one is edited. A filled
 * control holds the value as plain text, with no prompt styling.
 */
export function fieldControl(registry: ControlRegistry, o: FieldOptions): ParagraphChild {
  const showingPrompt = o.value === undefined;
  const sdtPr = properties(registry, { title: o.title, tag: o.key, prompt: o.prompt, showingPrompt }, [
    new BuilderElement<{ prefixMappings: string; xpath: string; storeItemID: string }>({
      name: "w:dataBinding",
      attributes: {
        prefixMappings: { key: "w:prefixMappings", value: FIELD_STORE.prefixMappings },
        xpath: { key: "w:xpath", value: fieldXpath(o.key) },
        storeItemID: { key: "w:storeItemID", value: FIELD_STORE.itemId },
      },
    }),
    flag("w:text"),
  ]);
  const run = o.value === undefined ? promptRun(o.prompt) : new TextRun({ ...o.run, text: o.value });
  // A w:sdt is a valid paragraph child; docx's types list only its own.
  return new BuilderElement({ name: "w:sdt", children: [sdtPr, new BuilderElement({ name: "w:sdtContent", children: [run] })] }) as unknown as ParagraphChild;
}

export interface AreaOptions {
  /** Tag, e.g. "abschnitt-ausgangslage". */
  tag: string;
  title: string;
  prompt: string;
  /** Paragraph style of the text typed into it; Normal by default. */
  style?: string;
}

/** A rich-text content control holding one paragraph, where the section's text is written; it shows its prompt until then. */
export function areaControl(registry: ControlRegistry, o: AreaOptions): FileChild {
  const sdtPr = properties(registry, { title: o.title, tag: o.tag, prompt: o.prompt, showingPrompt: true }, []);
  const paragraph = new Paragraph({ ...(o.style ? { style: o.style } : {}), children: [promptRun(o.prompt)] });
  return new BuilderElement({ name: "w:sdt", children: [sdtPr, new BuilderElement({ name: "w:sdtContent", children: [paragraph] })] }) as unknown as FileChild;
}
