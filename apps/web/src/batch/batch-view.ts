// What the batch form shows besides its fields: the status line, the progress
// bar and the problems. Small and loaded with the page, so choosing a new list
// can clear what was said about the last one without loading the batch's code.
import { byId } from "../app/dom.js";
import { problemList, type ShownProblem } from "../app/problem-list.js";

export function setStatus(text: string, error = false): void {
  const status = byId("stapel-status");
  status.textContent = text;
  status.classList.toggle("is-error", error);
}

/** Shows the problems under the batch form: skipped rows, or (`list`) why the list cannot be read at all. */
export function showProblems(problems: readonly ShownProblem[], list = false): void {
  byId("stapel-fehler").hidden = problems.length === 0;
  byId("stapel-fehler-titel").textContent = list ? "Was an der Liste nicht stimmt" : "Übersprungene Zeilen";
  byId("stapel-fehler-hinweis").hidden = list;
  byId("stapel-fehler-liste").replaceWith(problemList(problems, { id: "stapel-fehler-liste", "aria-labelledby": "stapel-fehler-titel" }));
}

/** Clears status, bar and problems: a new list was chosen, or a run starts. Not while a list runs: its status is live. */
export function clearBatchView(): void {
  if (document.documentElement.dataset.stapel === "läuft") return;
  setStatus("");
  showProblems([]);
  // A bar left full by the last run would stand beside the next one's messages.
  byId("stapel-fortschritt").hidden = true;
}
