// Batch in the browser: the same list `handreichung batch` reads, checked by
// the same rules (@handreichung/inputs), rendered by a few workers, packed into
// one .zip laid out like the CLI's output folder, with manifest.json.
import type { LogoImage } from "@handreichung/content";
import { checkEntries, decodeText, FILE_NAMES, InputProblem, logoProblemLine, manifestText, MAX_LIST_BYTES, readProfileList, rowPath, type CheckedEntry, type CheckedFailure, type FailedRow, type Manifest, type ManifestEntry } from "@handreichung/inputs";
import { MAX_LOGO_BYTES } from "@handreichung/logo";
import { Zip, ZipPassThrough } from "fflate";
import pkg from "../../package.json" with { type: "json" };
import type { App } from "../app/app.js";
import { byId, fileBytes, saveFile } from "../app/dom.js";
import { RenderWorker, RenderWorkerError } from "../app/worker-client.js";
import type { BatchRow, Format, LogoCheck, RenderInput } from "../worker/protocol.js";
import { fileProblem, germanRenderFailure, germanRowProblem, logoFileName } from "../app/problem-messages.js";
import type { ShownProblem } from "../app/problem-list.js";
import { clearBatchView, setStatus, showProblems } from "./batch-view.js";

let running: { stop(): void } | null = null;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A list that cannot be read: its one problem in German over each line. */
function showListProblem(problem: InputProblem): void {
  showProblems(
    problem.lines.map((line) => ({ text: fileProblem(problem.code, line, MAX_LIST_BYTES / 1024 / 1024), line })),
    true,
  );
}

/** A row that failed, as the page shows it: its lines, and the same problems in German. */
type ShownRow = FailedRow & { texts: string[] };

/** The rows that failed the checks, each problem in German over its line. */
function shownRows(failed: readonly CheckedFailure[], app: App): ShownRow[] {
  return failed.map((row) => ({ ...row, texts: row.problems.map((problem) => germanRowProblem(row.source, problem, (path) => app.fieldLabel(path))) }));
}

const problemsOf = (rows: readonly ShownRow[]): ShownProblem[] => rows.flatMap((row) => row.errors.map((line, i) => ({ text: row.texts[i] ?? line, line })));

/** Reads the list and checks every row as the CLI does; logos are the files the clerk chose, matched by name. */
async function checkList(app: App, listFile: File, logoFiles: readonly File[]): Promise<{ valid: CheckedEntry[]; failed: ShownRow[]; rows: number; logos: Map<string, LogoImage> } | null> {
  const bytes = await fileBytes(listFile, MAX_LIST_BYTES);
  let entries;
  try {
    if (!(bytes instanceof Uint8Array)) throw new InputProblem("E_INPUT_TOO_LARGE", [`${listFile.name}: too large (${mb(bytes.tooLarge)}; the limit is ${mb(MAX_LIST_BYTES)})`]);
    entries = await readProfileList(listFile.name, decodeText(listFile.name, bytes));
  } catch (error) {
    if (!(error instanceof InputProblem)) throw error;
    setStatus(`Die Liste „${listFile.name}“ kann nicht gelesen werden:`, true);
    showListProblem(error);
    return null;
  }
  const byName = new Map(logoFiles.map((f) => [f.name, f]));
  const logos = new Map<string, LogoImage>();
  const verdicts = new Map<string, Promise<{ code: string; reason: string } | null>>();
  const checkLogo = (given: string) => {
    const name = logoFileName(given);
    let verdict = verdicts.get(name);
    if (!verdict) {
      verdict = (async () => {
        const file = byName.get(name);
        if (!file) return { code: "E_LOGO_NOT_CHOSEN", reason: `cannot read: no logo file named "${name}" was chosen on the page` };
        const data = await fileBytes(file, MAX_LOGO_BYTES);
        if (!(data instanceof Uint8Array)) return { code: "E_LOGO_BYTES", reason: `too large (${mb(data.tooLarge)}; the limit is ${mb(MAX_LOGO_BYTES)})` };
        const check = await app.worker.request<LogoCheck>({ kind: "logo", bytes: data, alt: "" }, [data.buffer]);
        if (!check.ok) return { code: check.code, reason: check.reason };
        logos.set(name, check.image);
        return null;
      })();
      verdicts.set(name, verdict);
    }
    return verdict;
  };
  const { valid, failed } = await checkEntries(listFile.name, entries, checkLogo);
  return { valid, failed: shownRows(failed, app), rows: entries.length, logos };
}

/** Runs the batch the form describes; a second click while one runs is ignored. */
export async function startBatch(app: App): Promise<void> {
  if (running) return;
  const listFile = byId<HTMLInputElement>("stapel-liste").files?.[0];
  const formats: Format[] = [...(byId<HTMLInputElement>("stapel-pdf").checked ? (["pdf"] as const) : []), ...(byId<HTMLInputElement>("stapel-docx").checked ? (["docx"] as const) : [])];
  clearBatchView();
  if (!listFile) {
    setStatus("Bitte wählen Sie zuerst die Liste der Kommunen aus.", true);
    byId("stapel-liste").focus();
    return;
  }
  if (formats.length === 0) {
    setStatus("Bitte wählen Sie mindestens ein Dokument (PDF oder Word).", true);
    byId("stapel-pdf").focus();
    return;
  }
  const started = performance.now();
  setStatus(`Die Liste „${listFile.name}“ wird geprüft …`);
  const checked = await checkList(app, listFile, [...(byId<HTMLInputElement>("stapel-logos").files ?? [])]);
  if (!checked) return;
  showProblems(problemsOf(checked.failed));
  if (checked.valid.length === 0) {
    setStatus(`Keine Zeile der Liste ist gültig (${checked.rows} geprüft): Es gibt nichts zu erstellen.`, true);
    return;
  }
  await renderAll(app, listFile.name, checked, formats, started);
}

async function renderAll(app: App, listName: string, checked: NonNullable<Awaited<ReturnType<typeof checkList>>>, formats: Format[], started: number): Promise<void> {
  const { valid, logos } = checked;
  const date = app.renderInput(undefined).date;
  const models = app.models.selection();
  const circular = app.circular;
  const bar = byId<HTMLProgressElement>("stapel-balken");
  const cancel = byId<HTMLButtonElement>("stapel-abbrechen");
  const start = byId<HTMLButtonElement>("stapel-start");
  bar.max = valid.length;
  bar.value = 0;
  byId("stapel-fortschritt").hidden = false;
  cancel.hidden = false;
  // A disabled button loses the focus to the page: it goes to the one that can act now, and comes back.
  const hadFocus = document.activeElement === start;
  start.disabled = true;
  if (hadFocus) cancel.focus();
  document.documentElement.dataset.stapel = "läuft";

  // One worker per core (at most four) beside the preview's; each loads the fonts once.
  const workers = Array.from({ length: Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2)) }, () => new RenderWorker(app.assetBase, formats.includes("pdf")));
  let stopped = false;
  running = {
    stop() {
      stopped = true;
      for (const w of workers) w.terminate();
    },
  };
  const onCancel = () => running?.stop();
  cancel.addEventListener("click", onCancel);

  // The zip is written in list order whatever order the rows finish in, so the same list gives the same bytes.
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (!error) chunks.push(chunk);
  });
  const mtime = new Date(1980, 0, 1);
  const add = (name: string, data: Uint8Array) => {
    const entry = new ZipPassThrough(name);
    entry.mtime = mtime;
    zip.add(entry);
    entry.push(data, true);
  };
  const results: (BatchRow | Error | undefined)[] = new Array(valid.length);
  const written: ManifestEntry[] = [];
  const failures: ShownRow[] = [];
  let next = 0;
  let done = 0;
  let flushed = 0;
  const flush = () => {
    while (flushed < valid.length && results[flushed] !== undefined) {
      const entry = valid[flushed]!;
      const result = results[flushed]!;
      results[flushed] = undefined;
      flushed++;
      if (result instanceof Error) {
        failures.push(renderFailure(listName, entry, result));
        continue;
      }
      for (const d of result.documents) add(`${entry.slug}/${FILE_NAMES[d.format]}`, d.bytes);
      written.push({ source: entry.source, name: entry.profile.name, slug: entry.slug, files: result.documents.map((d) => ({ format: d.format, path: `${entry.slug}/${FILE_NAMES[d.format]}`, sha256: d.sha256, bytes: d.bytes.length })) });
    }
  };
  const step = Math.max(1, Math.round(valid.length / 10));
  const work = async (worker: RenderWorker) => {
    while (!stopped && next < valid.length) {
      const index = next++;
      const entry = valid[index]!;
      const input: RenderInput = { profile: entry.profile, date };
      if (models) input.models = models;
      const logo = entry.profile.logo ? logos.get(logoFileName(entry.profile.logo.path)) : undefined;
      if (logo) input.logo = { ...logo, alt: entry.profile.logo!.alt };
      try {
        results[index] = await worker.request<BatchRow>({ kind: "batch-row", formats, circular, input });
      } catch (error) {
        if (stopped) return;
        results[index] = error as Error;
      }
      done++;
      bar.value = done;
      if (done % step === 0 || done === valid.length) setStatus(`${done} von ${valid.length} Kommunen erstellt …`);
      flush();
    }
  };
  try {
    setStatus(`0 von ${valid.length} Kommunen erstellt …`);
    await Promise.all(workers.map(work));
    if (stopped) {
      setStatus("Abgebrochen: Es wurde keine ZIP-Datei erstellt.");
      return;
    }
    const manifest: Manifest = { generator: `handreichung ${pkg.version} (web)`, circular: circular.id, date, formats, municipalities: written, failed: [...checked.failed, ...failures] };
    add("manifest.json", new TextEncoder().encode(manifestText(manifest)));
    zip.end();
    const name = `handreichungen-${listName.replace(/\.[^.]*$/, "") || "liste"}.zip`;
    saveFile(name, new Blob(chunks as BlobPart[], { type: "application/zip" }), "application/zip");
    const seconds = ((performance.now() - started) / 1000).toLocaleString("de-DE", { maximumFractionDigits: 1 });
    const skipped = checked.failed.length + failures.length;
    showProblems(problemsOf([...checked.failed, ...failures]));
    setStatus(`Fertig: ${written.length} von ${checked.rows} Kommunen in ${name} (${seconds} s).${skipped ? ` ${skipped} Zeilen übersprungen, siehe unten.` : ""}`);
    performance.measure("handreichung:stapel", { start: started, end: performance.now() });
  } finally {
    for (const w of workers) w.terminate();
    cancel.removeEventListener("click", onCancel);
    const focusBack = document.activeElement === cancel || document.activeElement === document.body;
    cancel.hidden = true;
    start.disabled = false;
    if (focusBack) start.focus();
    running = null;
    document.documentElement.dataset.stapel = stopped ? "abgebrochen" : "fertig";
  }
}

/**
 * A row the renderer failed on. A logo the PDF standard refuses (a CMYK JPEG
 * in a PDF/A file) is named as the CLI names it, as a problem of the row's
 * logo; anything else as a failed rendering.
 */
function renderFailure(listName: string, entry: CheckedEntry, error: Error): ShownRow {
  const logo = entry.profile.logo;
  if (error instanceof RenderWorkerError && error.code === "E_BAD_LOGO" && logo) {
    const reason = error.message.replace(/^logo: /, "");
    return { source: entry.source, errors: [logoProblemLine({ file: listName, where: rowPath(entry.source, ""), given: logo.path }, reason)], texts: [germanRowProblem(entry.source, { kind: "logo", given: logo.path, code: error.code, reason }, () => undefined)] };
  }
  return { source: entry.source, errors: [`${listName}: ${entry.source}: rendering failed: ${error.message}`], texts: [germanRenderFailure(entry.source, error.message)] };
}
