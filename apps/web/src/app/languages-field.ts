// The counselling languages as the form holds them: one line per language,
// its tag first, then its name written in that language ("tr Türkçe").

/** The lines of the field as a profile's `languages`; blank lines are skipped, and a line without a name keeps an empty one for validation to name. */
export function parseLanguageLines(text: string): { lang: string; name: string }[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => {
      const space = line.search(/\s/);
      return space < 0 ? { lang: line, name: "" } : { lang: line.slice(0, space), name: line.slice(space).trim() };
    });
}

/** A profile's `languages` as the field's lines; anything that is no list of { lang, name } gives no lines (validation names the file's value). */
export function languageLines(value: unknown): string {
  if (!Array.isArray(value)) return "";
  return value
    .filter((l): l is { lang: string; name: string } => !!l && typeof l === "object" && typeof l.lang === "string" && typeof l.name === "string")
    .map((l) => `${l.lang} ${l.name}`)
    .join("\n");
}
