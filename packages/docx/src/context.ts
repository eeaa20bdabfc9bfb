import type { Circular, CounselLanguage, GermanName, Model, RenderOptions } from "@handreichung/content";
import type { ControlRegistry } from "./content-controls/controls.js";
import type { PlaceholderLangs, PlaceholderValues } from "./placeholders.js";
import type { TextCleaner } from "./text.js";

/** What every section builder needs: the input, the fill-in values and the text cleaner. */
export interface RenderContext {
  readonly circular: Circular;
  /** The models the template discusses, selected and ordered by options.models. */
  readonly models: readonly Model[];
  /**
   * Whether the circular is about integration work, the template's own subject:
   * then the fill-in sections ask about it by name; otherwise they speak of
   * "the task" the circular deals with.
   */
  readonly integration: boolean;
  readonly values: PlaceholderValues;
  /** The languages of fields written in another language than German. */
  readonly langs: PlaceholderLangs;
  /** The counselling languages, each named in its own language. */
  readonly languages: readonly CounselLanguage[];
  /** The municipality's name for running text; undefined without a profile. */
  readonly name: GermanName | undefined;
  /** The name for notes to whoever fills in the template: the municipality, or "Ihre Kommune". */
  readonly addressee: GermanName;
  readonly options: RenderOptions;
  readonly cleaner: TextCleaner;
  /** Content control ids and the prompts for the glossary. */
  readonly controls: ControlRegistry;
  /** Each ordered list gets its own numbering instance so it starts at 1. */
  nextListInstance(): number;
}
