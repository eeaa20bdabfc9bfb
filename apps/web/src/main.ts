// First: start the render worker, before the rest of the page's code is evaluated.
import { formWorker } from "./app/first-worker.js";
import "./styles.css";
import { circular441 } from "@handreichung/content/data";
import { App } from "./app/app.js";
import { byId } from "./app/dom.js";
import { clearBatchView } from "./batch/batch-view.js";

// browser-check.js (plain JavaScript, run first) says what this browser lacks; then the page does not start.
const missing = document.documentElement.dataset.fehlt;
document.documentElement.dataset.bereit = "";

/** An error nobody expected: said on the page in one sentence, not left in the console. */
function unexpected(reason: unknown): void {
  const box = byId("browser-hinweis");
  box.textContent = `Unerwarteter Fehler – bitte laden Sie die Seite neu. Wenn er wieder auftritt, melden Sie ihn bitte mit diesem Text: ${reason instanceof Error ? reason.message : String(reason)}`;
  box.hidden = false;
}

if (!missing && formWorker) {
  window.addEventListener("error", (event) => {
    event.preventDefault();
    unexpected(event.error ?? event.message);
  });
  window.addEventListener("unhandledrejection", (event) => {
    event.preventDefault();
    unexpected(event.reason);
  });
  const app = new App(circular441, formWorker);
  app.start();
  // Batch and import load their code only when used.
  byId("stapel-liste").addEventListener("change", clearBatchView);
  byId<HTMLFormElement>("stapel-form").addEventListener("submit", (event) => {
    event.preventDefault();
    void import("./batch/batch.js").then(({ startBatch }) => startBatch(app));
  });
  byId<HTMLFormElement>("import-form").addEventListener("submit", (event) => {
    event.preventDefault();
    void import("./import/import.js").then(({ recognise }) => recognise(app));
  });
  byId("seite-laedt").hidden = true;
  performance.mark("handreichung:bereit");
}
