import { parseData } from "./data.js";
import { InputProblem, inputProblem } from "./errors.js";
import { extensionOf } from "./text.js";
import { quote } from "./visible.js";

/** One entry of a profile list and where it stands, for error messages. */
export interface ListEntry {
  /** "line 3" for CSV, "[2]" for JSON and YAML. */
  where: string;
  data: unknown;
}

/** `{"contact.person": "X"}` -> `{contact: {person: "X"}}`; empty cells are left out. */
function unflatten(record: Record<string, string>): Record<string, unknown> {
  // Null-prototype objects: a column named "__proto__.x" becomes an unknown
  // field that validation reports, not a change to every object's prototype.
  const out = Object.create(null) as Record<string, unknown>;
  for (const [column, raw] of Object.entries(record)) {
    const value = raw.trim();
    if (value === "") continue;
    // A bare `logo` column is the logo's path; its alt text is `logo.alt`.
    const path = fieldOf(column).split(".");
    let node = out;
    for (const key of path.slice(0, -1)) {
      const next = Object.hasOwn(node, key) ? node[key] : undefined;
      if (typeof next === "object" && next !== null) node = next as Record<string, unknown>;
      else node = node[key] = Object.create(null) as Record<string, unknown>;
    }
    node[path[path.length - 1]!] = value;
  }
  return out;
}

/** A logo without alt text in a spreadsheet gets one naming the municipality. */
function defaultLogoAlt(entry: Record<string, unknown>): void {
  const logo = entry.logo as Record<string, unknown> | undefined;
  if (logo && typeof logo === "object" && logo.alt === undefined && typeof entry.name === "string") logo.alt = `Logo: ${entry.name}`;
}

/** The profile field a column sets: a bare `logo` column is `logo.path`. */
const fieldOf = (column: string) => (column.trim() === "logo" ? "logo.path" : column.trim());

/**
 * Refuses a header that would silently lose data: a column given twice (the
 * last would win), or a column beside its own dotted fields (`contact` and
 * `contact.email`: one would overwrite the other, depending on their order).
 */
function checkHeader(file: string, header: string[]): string[] {
  const fields = header.map(fieldOf);
  const seen = new Set<string>();
  for (const [i, field] of fields.entries()) {
    if (seen.has(field)) throw inputProblem("E_INPUT_SYNTAX", `${file}:1: invalid CSV: column ${quote(header[i]!.trim())} appears twice`);
    seen.add(field);
  }
  for (const [i, field] of fields.entries()) {
    const inner = fields.findIndex((other) => other.startsWith(`${field}.`));
    if (inner >= 0) {
      throw inputProblem("E_INPUT_SYNTAX", `${file}:1: invalid CSV: column ${quote(header[i]!.trim())} clashes with ${quote(header[inner]!.trim())}; give the fields of ${field} as dotted columns only`);
    }
  }
  return header;
}

/** "line 7", or "lines 7–9" for a record with line breaks inside quotes. */
function linesOf(raw: string, lastLine: number): string {
  // raw holds the empty lines skipped before the record, and its own line end.
  const inside = (raw.replace(/^\n+/, "").replace(/\n$/, "").match(/\n/g) ?? []).length;
  return inside === 0 ? `line ${lastLine}` : `lines ${lastLine - inside}–${lastLine}`;
}

async function readCsv(file: string, text: string): Promise<ListEntry[]> {
  // The same csv-parse in Node and in a browser (its browser build there).
  const { parse } = await import("#csv-parse");
  let records: { record: Record<string, string>; raw: string; info: { lines: number } }[];
  try {
    const delimiter = text.split("\n", 1)[0]!.includes(";") && !text.split("\n", 1)[0]!.includes(",") ? ";" : ",";
    records = parse(text, { columns: (header: string[]) => checkHeader(file, header), bom: true, delimiter, skip_empty_lines: true, info: true, raw: true, relax_column_count: false });
  } catch (error) {
    if (error instanceof InputProblem) throw error;
    const message = error instanceof Error ? error.message.replace(/^Invalid Record Length: /, "") : String(error);
    const line = (error as { lines?: number }).lines;
    throw inputProblem("E_INPUT_SYNTAX", `${file}${line ? `:${line}` : ""}: invalid CSV: ${message.split("\n")[0]}`);
  }
  return records.map(({ record, raw, info }) => {
    const data = unflatten(record);
    defaultLogoAlt(data);
    return { where: linesOf(raw, info.lines), data };
  });
}

/**
 * Reads a list of profiles from the text of `file`: CSV (by its .csv name; a
 * header row, dotted columns) or a JSON/YAML array. Throws InputProblem.
 */
export async function readProfileList(file: string, text: string): Promise<ListEntry[]> {
  if (extensionOf(file) === ".csv") return readCsv(file, text);
  const data = await parseData(file, text);
  if (!Array.isArray(data)) throw inputProblem("E_INPUT_SHAPE", `${file}: expected a list of profiles (a JSON or YAML array), or a .csv file`);
  return data.map((entry, i) => ({ where: `[${i}]`, data: entry }));
}
