import type { ContentIssue } from "@handreichung/content";
import { isIsoDate } from "@handreichung/content/data";
import { byId, element } from "./dom.js";
import { languageLines, parseLanguageLines } from "./languages-field.js";
import { germanMessage } from "./messages.js";

/** The form's text fields and selects by profile path ("contact.email"); the logo file field is "logo.path". */
export type FieldMap = Map<string, HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>;

export function profileFields(form: HTMLFormElement): FieldMap {
  const fields: FieldMap = new Map();
  for (const node of form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>("[data-path]")) {
    fields.set(node.dataset.path!, node);
    // The hints it is described by, so an error can come first and go again.
    node.dataset.hints = node.getAttribute("aria-describedby") ?? "";
  }
  return fields;
}

/** The value of a text field or select, or undefined when it is empty (a profile leaves such fields out). */
function valueOf(field: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): string | undefined {
  return field.value.trim() === "" ? undefined : field.value;
}

/**
 * The profile as the form holds it, shaped as a profile file: only filled
 * fields, groups only when one of their fields is filled. `logo` is the chosen
 * file's name (as a path beside the saved profile) and its alt text.
 */
export function profileInput(fields: FieldMap, logoFile: string | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [path, field] of fields) {
    if (path.startsWith("logo.") || field.type === "file") continue;
    const value = valueOf(field);
    if (value === undefined) continue;
    if (path === "languages") {
      out.languages = parseLanguageLines(value);
      continue;
    }
    // A free text loaded from a file in another language keeps its language.
    const lang = field.dataset.lang;
    const entry = lang ? { text: value, lang } : value;
    const [group, key] = path.split(".");
    if (key === undefined) out[group!] = entry;
    else ((out[group!] ??= {}) as Record<string, unknown>)[key] = entry;
  }
  if (logoFile !== undefined) out.logo = { path: logoFile, alt: fields.get("logo.alt")?.value ?? "" };
  return out;
}

/** Fills the form from a profile's data (a loaded file): strings at known paths; everything else is left to validation to report. */
export function fillForm(fields: FieldMap, data: Record<string, unknown>): void {
  for (const [path, field] of fields) {
    if (field.type === "file") continue;
    const [group, key] = path.split(".");
    const holder = key === undefined ? data : data[group!];
    let value = key === undefined ? data[group!] : holder && typeof holder === "object" ? (holder as Record<string, unknown>)[key] : undefined;
    if (path === "languages") {
      field.value = languageLines(value);
      continue;
    }
    // A free text in another language ({ text, lang }): the field shows the text and keeps the language.
    delete field.dataset.lang;
    if (value && typeof value === "object" && typeof (value as { text?: unknown }).text === "string" && typeof (value as { lang?: unknown }).lang === "string") {
      field.dataset.lang = (value as { lang: string }).lang;
      value = (value as { text: string }).text;
    }
    // A date field takes only a real ISO date (anything else the browser refuses, with a warning); validation names the file's value.
    field.value = typeof value === "string" && (field.type !== "date" || isIsoDate(value)) ? value : "";
    // A select keeps no value it does not offer: "Dorf" stays unselected and validation names it.
    if (field instanceof HTMLSelectElement && typeof value === "string" && field.value !== value) field.value = "";
  }
}

/** The field's label without "(Pflichtangabe)", for the error summary; a group without one (the model list) by its legend. */
function labelOf(field: HTMLElement): string {
  const label = document.querySelector<HTMLLabelElement>(`label[for="${field.id}"]`);
  if (!label) return field.closest("fieldset")?.querySelector("legend")?.textContent?.trim() || field.id;
  const copy = label.cloneNode(true) as HTMLElement;
  for (const extra of copy.querySelectorAll(".required")) extra.remove();
  return copy.textContent!.trim();
}

/** Where an issue belongs: its field, or the nearest group field ("contact" -> the first contact field). */
function fieldFor(fields: FieldMap, path: string): HTMLElement | undefined {
  if (path === "logo") return fields.get("logo.path");
  // "languages[2].lang" belongs to the languages field.
  const list = /^(\w+)\[\d+\]/.exec(path);
  if (list && fields.has(list[1]!)) return fields.get(list[1]!);
  return fields.get(path) ?? [...fields.entries()].find(([p]) => p.startsWith(`${path}.`))?.[1];
}

/** A profile path's field by its label on the page ("E-Mail-Adresse"), or undefined where the form has none. */
export function fieldLabel(fields: FieldMap, path: string): string | undefined {
  const field = fieldFor(fields, path);
  return field ? labelOf(field) : undefined;
}

/** Shows or clears one field's error, tied to it with aria-describedby and aria-invalid. */
export function setFieldError(field: HTMLElement, message: string | null): void {
  const id = `${field.id}-fehler`;
  document.getElementById(id)?.remove();
  const hints = field.dataset.hints ?? "";
  if (message === null) {
    field.removeAttribute("aria-invalid");
    if (hints) field.setAttribute("aria-describedby", hints);
    else field.removeAttribute("aria-describedby");
    return;
  }
  const note = element("p", { id, class: "field-error" }, message);
  field.after(note);
  // aria-invalid belongs to form controls; a list of models only points to its message.
  if (field.matches("input, select, textarea")) field.setAttribute("aria-invalid", "true");
  field.setAttribute("aria-describedby", [id, hints].filter(Boolean).join(" "));
}

/** One problem for the page: where it belongs and what the CLI would print for it. */
export interface PageIssue {
  /** The profile path ("contact.email"), or "models" for the model selection. */
  path: string;
  /** In German, for the clerk. */
  message: string;
  /** The line as the CLI prints it without the file name: `contact.email: must be an e-mail address`. */
  cliLine?: string;
}

/** The content package's issues as page issues. */
export function pageIssues(issues: readonly ContentIssue[]): PageIssue[] {
  return issues.map((issue) => {
    // The languages field holds one language per line: say which line.
    const line = /^languages\[(\d+)\](?:\.(\w+))?/.exec(issue.path);
    // A line of the languages field without its name ("tr" alone) is missing the name, not an empty field.
    const text = line?.[2] === "name" && issue.message === "must not be empty" ? "Der Name der Sprache fehlt; schreiben Sie ihn nach dem Kürzel, z. B. „tr Türkçe“." : germanMessage(issue.message);
    const message = (line ? `Zeile ${Number(line[1]) + 1}: ` : "") + text;
    return { path: issue.path, message, cliLine: `${issue.path}: ${issue.message}` };
  });
}

/**
 * Shows the issues at their fields — those `shown` allows (fields the clerk has
 * left, or all after a download was asked for) — and, with `summary`, all of
 * them in the error summary at the top, each a link to its field.
 */
export function showIssues(fields: FieldMap, extra: Map<string, HTMLElement>, issues: readonly PageIssue[], shown: (path: string) => boolean, summary: boolean): void {
  const byField = new Map<HTMLElement, string[]>();
  for (const issue of issues) {
    const field = extra.get(issue.path) ?? fieldFor(fields, issue.path);
    if (field) byField.set(field, [...(byField.get(field) ?? []), issue.message]);
  }
  for (const field of [...fields.values(), ...extra.values()]) {
    const messages = byField.get(field);
    setFieldError(field, messages && shown(field.dataset.path ?? "") ? messages.join(" ") : null);
  }
  const box = byId("fehler");
  if (summary && issues.length > 0) fillSummary(fields, extra, byId("fehler-liste"), issues);
  box.hidden = !(summary && issues.length > 0);
}

/** Where `a` stands against `b` in the page (a stable sort keeps one field's issues together); issues without a field last. */
function formOrder(a: HTMLElement | undefined, b: HTMLElement | undefined): number {
  if (a && b) return a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  return a ? -1 : b ? 1 : 0;
}

function fillSummary(fields: FieldMap, extra: Map<string, HTMLElement>, list: HTMLElement, issues: readonly PageIssue[]): void {
  byId("fehler-titel").textContent = issues.length === 1 ? "Bitte prüfen Sie 1 Angabe" : `Bitte prüfen Sie ${issues.length} Angaben`;
  const located = issues.map((issue) => ({ issue, field: extra.get(issue.path) ?? fieldFor(fields, issue.path) }));
  // In the form's order: the logo's problem comes from a check of its own, after the schema's.
  located.sort((a, b) => formOrder(a.field, b.field));
  list.replaceChildren(
    ...located.map(({ issue, field }) => {
      const item = element("li");
      if (issue.cliLine) item.dataset.zeile = issue.cliLine;
      if (field) {
        const link = element("a", { href: `#${field.id}` }, `${labelOf(field)}: ${issue.message}`);
        link.addEventListener("click", (event) => {
          event.preventDefault();
          // A group (the model list) takes no focus itself: its first control does.
          const target = field.matches("input, select, textarea") ? field : (field.querySelector<HTMLElement>("input, select, textarea, button") ?? field);
          target.focus();
        });
        item.append(link);
      } else {
        item.textContent = `${issue.path}: ${issue.message}`;
      }
      return item;
    }),
  );
}
