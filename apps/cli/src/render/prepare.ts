import type { Circular } from "@handreichung/content";
import { logoStandardProblem, type PdfStandard } from "@handreichung/pdf/standards";
import { InputError } from "../errors.js";
import type { Console } from "../io/console.js";
import { loadCircular } from "../load/circular.js";
import { loadProfile } from "../load/profile.js";
import { resolveDate, resolveModels } from "../options.js";
import type { DocumentOptions } from "./renderers.js";

/** The options every rendering command shares. */
export interface RenderFlags {
  content?: string;
  profile?: string;
  models?: string;
  date?: string;
  /** pdf, build and batch only. */
  pdfStandard?: PdfStandard;
}

export interface PreparedRender {
  circular: Circular;
  options: DocumentOptions;
}

/** Reads and checks every input of a render before anything is rendered or written. */
export async function prepareRender(flags: RenderFlags, console: Console): Promise<PreparedRender> {
  const date = resolveDate(flags.date);
  const circular = await loadCircular(flags.content);
  const models = resolveModels(flags.models, circular);
  const options: DocumentOptions = { date, onWarning: (message) => console.err(`warning: ${message}`) };
  if (flags.pdfStandard) options.pdfStandard = flags.pdfStandard;
  if (models) options.models = models;
  if (flags.profile !== undefined) {
    const { profile, logo } = await loadProfile(flags.profile);
    options.profile = profile;
    if (logo) {
      // Checked before anything is rendered, naming the file: a logo the PDF's standard cannot hold.
      const problem = flags.pdfStandard ? logoStandardProblem(logo, flags.pdfStandard) : null;
      if (problem) throw new InputError("E_BAD_LOGO", `${flags.profile}: logo.path: ${profile.logo?.path ?? ""}: ${problem}`);
      options.logo = logo;
    }
  }
  return { circular, options };
}
