// Import in the browser: the published text of another circular, read by the
// same importer as `handreichung import`; what it recognised is shown, and the
// page can then render it like 441/2004.
import type { Circular } from "@handreichung/content";
import { citationOf, formatGermanDate } from "@handreichung/content/data";
import type { App } from "../app/app.js";
import { byId, element, saveFile } from "../app/dom.js";
import type { ImportOutcome } from "../worker/protocol.js";

/** The name the pasted text goes by in messages, as a file would. */
const PASTED = "eingefügter Text";

let recognised: Circular | null = null;

function fact(list: HTMLElement, term: string, value: string | null | undefined): void {
  list.append(element("dt", {}, term), element("dd", {}, value === null || value === undefined || value === "" ? "nicht erkannt" : value));
}

function show(circular: Circular, warnings: readonly string[]): void {
  const list = byId("import-felder");
  list.replaceChildren();
  fact(list, "Herausgeber", circular.issuer);
  fact(list, "Kategorie", circular.category);
  fact(list, "Nummer", circular.number !== null && circular.year !== null ? `${circular.number}/${circular.year}` : null);
  fact(list, "Datum", circular.date ? formatGermanDate(circular.date) : null);
  fact(list, "Titel", circular.title);
  fact(list, "Aktenzeichen", circular.fileReference);
  const count = (type: string, one: string, many: string) => {
    const n = circular.body.filter((b) => b.type === type).length;
    return n === 0 ? [] : [`${n} ${n === 1 ? one : many}`];
  };
  const parts = [...count("paragraph", "Absatz", "Absätze"), ...count("heading", "Zwischenüberschrift", "Zwischenüberschriften"), ...count("list", "Liste", "Listen"), ...count("quote", "Zitat", "Zitate")];
  fact(list, "Gliederung", parts.join(", "));
  fact(list, "Modelle", circular.models.length ? circular.models.map((m) => m.municipality).join(", ") : "keine");
  fact(list, "Zitierweise", circular.source?.citation ?? citationOf(circular));
  byId("import-hinweise").hidden = warnings.length === 0;
  byId("import-hinweis-liste").replaceChildren(...warnings.map((w) => element("li", {}, w)));
  byId("import-ergebnis").hidden = false;
  byId("import-ergebnis-titel").focus();
}

/** Reads the pasted text and shows what was recognised, or says in one sentence why it is no circular. */
export async function recognise(app: App): Promise<void> {
  const text = byId<HTMLTextAreaElement>("import-text").value;
  const problem = byId("import-fehler");
  problem.hidden = true;
  if (text.trim() === "") {
    problem.textContent = "Bitte fügen Sie zuerst den Text einer Mitteilung ein.";
    problem.hidden = false;
    byId("import-text").focus();
    return;
  }
  const outcome = await app.worker.request<ImportOutcome>({ kind: "import", text, fileName: PASTED });
  if (!outcome.ok) {
    recognised = null;
    byId("import-ergebnis").hidden = true;
    problem.textContent = `Der eingefügte Text ist keine erkennbare Mitteilung. Bitte fügen Sie den ganzen Text ein, mit Kopf („StGB NRW-Mitteilung N/JJJJ vom …“) und Aktenzeichen („Az.: …“). (Meldung wie bei handreichung import: ${outcome.message})`;
    problem.hidden = false;
    return;
  }
  recognised = outcome.result.circular;
  show(recognised, outcome.result.warnings);
  byId("import-verwenden").onclick = () => {
    if (!recognised) return;
    app.useCircular(recognised);
    byId("profil").scrollIntoView();
    byId("profil-titel").setAttribute("tabindex", "-1");
    byId("profil-titel").focus();
  };
  byId("import-json").onclick = () => {
    if (recognised) saveFile(`${recognised.id}.json`, `${JSON.stringify(recognised, null, 2)}\n`, "application/json");
  };
}
