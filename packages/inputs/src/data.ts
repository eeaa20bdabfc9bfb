import { inputProblem } from "./errors.js";
import { jsonErrorOffset, lineColumn } from "./json-error.js";
import { extensionOf } from "./text.js";

export type DataFormat = "json" | "yaml";

/** The format a data file is written in: by extension, else by its first character. */
export function detectFormat(file: string, text: string): DataFormat {
  const ext = extensionOf(file);
  if (ext === ".json") return "json";
  if (ext === ".yaml" || ext === ".yml") return "yaml";
  return /^\s*[[{]/.test(text) ? "json" : "yaml";
}

/** Parses JSON or YAML text; syntax errors name the file, line and column. */
export async function parseData(file: string, text: string, format = detectFormat(file, text)): Promise<unknown> {
  return format === "json" ? parseJson(file, text) : parseYaml(file, text);
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (error instanceof RangeError) throw inputProblem("E_INPUT_SYNTAX", `${file}: invalid JSON: nested too deeply`);
    const offset = jsonErrorOffset(text);
    const { line, column } = lineColumn(text, offset < 0 ? text.length : offset);
    const what = offset >= text.length || offset < 0 ? "unexpected end of input" : `unexpected ${JSON.stringify(text[offset])}`;
    throw inputProblem("E_INPUT_SYNTAX", `${file}:${line}:${column}: invalid JSON: ${what}`);
  }
}

async function parseYaml(file: string, text: string): Promise<unknown> {
  // yaml is loaded only when a YAML file is read: it is not on the start-up path.
  // (In a bundle's split chunks a CommonJS package may arrive as `default` only.)
  const yaml = (await import("yaml")) as typeof import("yaml") & { default?: typeof import("yaml") };
  const parseDocument = yaml.parseDocument ?? yaml.default!.parseDocument;
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    const reason = error instanceof RangeError ? "nested too deeply" : error instanceof Error ? error.message : String(error);
    throw inputProblem("E_INPUT_SYNTAX", `${file}: invalid YAML: ${reason}`);
  }
  const first = doc.errors[0];
  if (first) {
    // With prettyErrors off, yaml gives only a character offset: turn it into line:column.
    const { line, column } = lineColumn(text, first.pos[0]);
    const message =
      first.code === "RESOURCE_EXHAUSTION" && /call stack/i.test(first.message)
        ? "nested too deeply"
        : first.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
    throw inputProblem("E_INPUT_SYNTAX", `${file}:${line}:${column}: invalid YAML: ${message}`);
  }
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const reason = error instanceof RangeError ? "nested too deeply" : error instanceof Error ? error.message : String(error);
    throw inputProblem("E_INPUT_SYNTAX", `${file}: invalid YAML: ${reason}`);
  }
}
