import { MAX_INPUT_BYTES } from "@handreichung/inputs";
import { fileBytes, saveFile } from "./dom.js";

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A profile file the clerk chose, read by the CLI's rules; `lines` are the CLI's messages when it cannot be read, `code` the problem's. */
export type LoadedFile = { ok: true; data: unknown } | { ok: false; code: string; lines: string[] };

/** Reads a profile file (YAML or JSON) exactly as `handreichung --profile` reads it. */
export async function readProfileFile(file: File): Promise<LoadedFile> {
  const { decodeText, parseData, InputProblem } = await import("@handreichung/inputs");
  const bytes = await fileBytes(file, MAX_INPUT_BYTES);
  if (!(bytes instanceof Uint8Array)) return { ok: false, code: "E_INPUT_TOO_LARGE", lines: [`${file.name}: too large (${mb(bytes.tooLarge)}; the limit is ${mb(MAX_INPUT_BYTES)})`] };
  try {
    return { ok: true, data: await parseData(file.name, decodeText(file.name, bytes)) };
  } catch (error) {
    if (error instanceof InputProblem) return { ok: false, code: error.code, lines: [...error.lines] };
    throw error;
  }
}

/** Saves the profile as the CLI reads it: YAML (with a comment saying what it is) or JSON. */
export async function saveProfileFile(profile: Record<string, unknown>, baseName: string, format: "yaml" | "json"): Promise<string> {
  if (format === "json") {
    const name = `${baseName}.json`;
    saveFile(name, `${JSON.stringify(profile, null, 2)}\n`, "application/json");
    return name;
  }
  const { stringify } = await import("yaml");
  const name = `${baseName}.yaml`;
  const head = "# Profil einer Kommune für die Handreichung Integrationsarbeit:\n# handreichung build --profile DATEI, oder als Eintrag einer Liste für handreichung batch.\n";
  saveFile(name, head + stringify(profile), "application/yaml");
  return name;
}
