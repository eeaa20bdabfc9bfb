import { ContentError, parseProfile, type Circular, type LogoImage, type Profile } from "@handreichung/content";
import { citationOf, germanName, municipalityName, phraseText, quoted, todayInGermany, type Preposition } from "@handreichung/content/data";
import { MAX_INPUT_BYTES, municipalitySlug } from "@handreichung/inputs";
import { MAX_LOGO_BYTES } from "@handreichung/logo";
import type { Format, LogoCheck, Rendered, RenderInput } from "../worker/protocol.js";
import { byId, element, fileBytes, saveFile } from "./dom.js";
import { logoMessage } from "./messages.js";
import { ModelChooser } from "./models.js";
import { Preview } from "./preview.js";
import { problemList, type ShownProblem } from "./problem-list.js";
import { fieldProblem, fileProblem, logoFileName } from "./problem-messages.js";
import { fieldLabel, fillForm, pageIssues, profileFields, profileInput, showIssues, type FieldMap, type PageIssue } from "./profile-form.js";
import { readProfileFile, saveProfileFile } from "./profile-file.js";
import { ASSET_BASE } from "./first-worker.js";
import type { RenderWorker } from "./worker-client.js";

/** The preview's status while the form has problems: the picture is of the last valid state. */
const STALE_PREVIEW = "Die Vorschau zeigt den letzten gültigen Stand: Bitte prüfen Sie die markierten Angaben.";

const MIME: Record<Format, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  dotx: "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
};

/** How long after the first preview pdf.js loads at the latest, if the clerk has not reached into the form before. */
const PDFJS_DELAY_MS = 2_000;

/**
 * How long the preview waits after a keystroke for the next one: only long
 * enough to take the events of one burst (a paste, an autofill) together. A
 * render is cheaper than a typing pause: keystrokes during a render only
 * replace what is pending, and the newest input renders as soon as the worker
 * is free (measured: 80 ms made an update slower, not faster).
 */
const TYPING_PAUSE_MS = 20;

/** What the form says right now: the profile file's content, the parsed profile, and what is wrong. */
interface FormState {
  input: Record<string, unknown>;
  /** Nothing entered at all: the documents are the plain handout, as the CLI without --profile writes it. */
  empty: boolean;
  profile?: Profile;
  issues: PageIssue[];
}

/** The page for one municipality: form, validation, preview, downloads, profile files; it also hands batch and import what they need. */
export class App {
  readonly assetBase = ASSET_BASE;
  circular: Circular;
  private readonly defaultCircular: Circular;
  private readonly form = byId<HTMLFormElement>("profil-form");
  private readonly fields: FieldMap;
  /** Fields that are not a profile path but show errors too: the model selection. */
  private readonly extra = new Map<string, HTMLElement>();
  readonly models: ModelChooser;
  private readonly preview: Preview;
  private logo: { fileName: string; image: LogoImage; url: string } | null = null;
  /** A logo the loaded profile names but the clerk has not chosen yet, or one that failed its check. */
  private logoProblem: { fileName: string; message: string } | null = null;
  private readonly touched = new Set<string>();
  private submitted = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastInputAt = 0;
  private pending: { input: RenderInput; since: number } | null = null;
  private rendering = false;
  private previews = 0;

  constructor(
    circular: Circular,
    readonly worker: RenderWorker,
  ) {
    this.circular = circular;
    this.defaultCircular = circular;
    this.fields = profileFields(this.form);
    const modelList = byId("modell-liste");
    modelList.dataset.path = "models";
    modelList.dataset.hints = modelList.getAttribute("aria-describedby") ?? "";
    this.extra.set("models", modelList);
    this.models = new ModelChooser(byId<HTMLOListElement>("modell-liste"), byId("modell-meldung"), () => this.edited("models"));
    this.preview = new Preview(byId("vorschau-rahmen"), byId("vorschau-status"));
  }

  start(): void {
    this.form.addEventListener("input", (event) => {
      const target = event.target as HTMLElement;
      if (target.dataset.path && target.getAttribute("type") !== "file") this.edited(target.dataset.path, false);
    });
    // A field's error appears once the clerk has left it (or asked for a download), not while typing.
    this.form.addEventListener("change", (event) => {
      const path = (event.target as HTMLElement).dataset.path;
      if (path && path !== "logo.path") this.edited(path, true);
    });
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      const format = ((event as SubmitEvent).submitter as HTMLButtonElement | null)?.value;
      void this.download(format === "docx" || format === "dotx" ? format : "pdf");
    });
    byId<HTMLInputElement>("f-logo").addEventListener("change", (event) => {
      const file = (event.target as HTMLInputElement).files?.[0];
      if (file) void this.chooseLogo(file);
    });
    byId("logo-entfernen").addEventListener("click", () => this.removeLogo());
    byId("profil-yaml").addEventListener("click", () => void this.saveProfile("yaml"));
    byId("profil-json").addEventListener("click", () => void this.saveProfile("json"));
    byId<HTMLInputElement>("profil-datei").addEventListener("change", (event) => {
      const input = event.target as HTMLInputElement;
      const file = input.files?.[0];
      if (file) void this.loadProfile(file).finally(() => (input.value = ""));
    });
    byId("grundlage-zuruecksetzen").addEventListener("click", () => this.useCircular(this.defaultCircular));
    this.useCircular(this.circular);
    if (!Preview.supported()) {
      this.preview.explain("Ihr Browser zeigt PDF-Dateien nicht innerhalb einer Seite an. Die Handreichung können Sie trotzdem herunterladen und dann öffnen.");
      this.preview.setStatus("");
    }
  }

  /** Renders this circular from now on (the built-in one, or an imported one). */
  useCircular(circular: Circular): void {
    this.circular = circular;
    this.models.setModels(circular.models.map((m) => ({ id: m.id, label: m.municipality })));
    byId("modelle").hidden = circular.models.length === 0;
    byId("grundlage-titel").textContent = `${citationOf(circular)} ${quoted(circular.title)}`;
    byId("grundlage-zuruecksetzen").hidden = circular === this.defaultCircular;
    this.refresh();
    this.schedulePreview(0);
  }

  /** The form's content, validated by the content package's schema, as the CLI validates a profile file. */
  state(): FormState {
    const input = profileInput(this.fields, this.logo?.fileName ?? this.logoProblem?.fileName);
    const empty = Object.keys(input).length === 0;
    const issues: PageIssue[] = [];
    let profile: Profile | undefined;
    if (!empty) {
      try {
        profile = parseProfile(input);
      } catch (error) {
        if (!(error instanceof ContentError)) throw error;
        issues.push(...pageIssues(error.issues));
      }
    }
    if (this.logoProblem) issues.push({ path: "logo.path", message: this.logoProblem.message });
    // A date the browser cannot read (30 February) leaves the field's value empty, which would mean today's date.
    const date = this.fields.get("date");
    if (date instanceof HTMLInputElement && date.validity.badInput) issues.push({ path: "date", message: "Bitte ein gültiges Datum angeben." });
    if (this.models.hasModels() && this.models.selectedIds().length === 0) issues.push({ path: "models", message: "Bitte wählen Sie mindestens ein Modell." });
    return { input, empty, ...(profile ? { profile } : {}), issues };
  }

  /** A profile path by its field's label on the form ("E-Mail-Adresse"), for messages about lists of profiles. */
  fieldLabel(path: string): string | undefined {
    return fieldLabel(this.fields, path);
  }

  /** What the renderers get for this form: the same options the CLI builds from --profile, --models and today's date. */
  renderInput(profile: Profile | undefined): RenderInput {
    const input: RenderInput = { date: todayInGermany() };
    if (profile) input.profile = profile;
    if (profile && this.logo) input.logo = { ...this.logo.image, alt: profile.logo?.alt ?? "" };
    const models = this.models.selection();
    if (models) input.models = models;
    return input;
  }

  private edited(path: string, leftField = true): void {
    if (leftField) this.touched.add(path);
    this.lastInputAt = performance.now();
    this.refresh();
    this.schedulePreview(TYPING_PAUSE_MS);
  }

  /** Errors at the fields and in the summary, and the name as the documents will write it. */
  private refresh(): FormState {
    const state = this.state();
    showIssues(this.fields, this.extra, state.issues, (path) => this.submitted || this.touched.has(path), this.submitted);
    this.showNameForms();
    return state;
  }

  private showNameForms(): void {
    const value = (path: string) => this.fields.get(path)?.value.trim() || undefined;
    const name = value("name");
    const target = byId("namensformen");
    if (!name) {
      target.replaceChildren(element("li", {}, "Sobald Sie den Namen eingeben, steht hier, wie die Dokumente ihn verwenden."));
      return;
    }
    const cases = Object.fromEntries((["nominative", "accusative", "dative", "genitive"] as const).map((c) => [c, value(`cases.${c}`)]).filter(([, v]) => v !== undefined));
    const german = germanName({ name, kind: value("kind") as never, article: value("article") as never, cases });
    const after = (p: Preposition) => phraseText(german.after(p));
    const forms = [`${german.official} (in Kopfzeilen)`, after("in"), `Angebote ${phraseText(german.phrase("genitive"))}`, `So erreichen Sie ${phraseText(german.phrase("accusative"))}`];
    target.replaceChildren(...forms.map((text) => element("li", {}, text)));
  }

  private schedulePreview(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.updatePreview(), delay);
  }

  private updatePreview(): void {
    if (!Preview.supported()) return;
    const state = this.state();
    if (state.issues.length > 0) {
      this.preview.setStatus(STALE_PREVIEW, true);
      return;
    }
    this.pending = { input: this.renderInput(state.profile), since: this.lastInputAt };
    if (!this.rendering) void this.renderPending();
  }

  /** Renders the newest pending preview, one at a time; keystrokes meanwhile only replace what is pending. */
  private async renderPending(): Promise<void> {
    this.rendering = true;
    try {
      while (this.pending) {
        const job = this.pending;
        this.pending = null;
        const { bytes, warnings } = await this.worker.request<Rendered>({ kind: "render", format: "pdf", circular: this.circular, input: job.input, preview: true });
        if (this.pending) continue;
        const arrived = performance.now();
        await this.preview.show(bytes, this.describe(job.input));
        this.previews++;
        // For the page's own measurements (pnpm bench): time from the last keystroke to the new preview on screen,
        // and the part of it that showing the new version took.
        if (this.previews === 1) {
          performance.mark("handreichung:erste-vorschau");
          this.drawWithPdfJs();
        } else if (job.since > 0) {
          performance.measure("handreichung:vorschau", { start: job.since, end: performance.now() });
          performance.measure("handreichung:vorschau-zeigen", { start: arrived, end: performance.now() });
        }
        document.documentElement.dataset.vorschau = String(this.previews);
        // The form may have become invalid while this version was rendered: then it is the last valid one, and says so.
        if (this.state().issues.length > 0) this.preview.setStatus(STALE_PREVIEW, true);
        else this.preview.setStatus(warnings.length ? `Hinweis: ${warnings.join(" ")}` : "");
      }
    } catch (error) {
      this.preview.setStatus(`Die Vorschau konnte nicht erstellt werden: ${(error as Error).message}`, true);
    } finally {
      this.rendering = false;
    }
  }

  /** What a preview shows, for its text alternative: „Handbuch Integrationsarbeit“ für die Stadt Musterstadt. */
  private describe(input: RenderInput): string {
    const profile = input.profile;
    const title = quoted(this.circular.title);
    if (!profile) return title;
    return `${title} ${phraseText(municipalityName(profile).after("für"))}`;
  }

  /**
   * After the first preview, pdf.js takes over the drawing (see Preview): it
   * loads when the clerk first reaches into the form, or a moment after the
   * first preview, so that it never competes with the page's start.
   */
  private drawWithPdfJs(): void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const start = () => {
      clearTimeout(timer);
      this.form.removeEventListener("focusin", start);
      void this.preview.useCanvas();
    };
    this.form.addEventListener("focusin", start);
    timer = setTimeout(start, PDFJS_DELAY_MS);
  }

  private fileBase(profile: Profile | undefined): string {
    const slug = profile ? municipalitySlug(profile.name) : "";
    return slug;
  }

  private async download(format: Format): Promise<void> {
    this.submitted = true;
    const state = this.refresh();
    const status = byId("download-meldung");
    if (state.issues.length > 0) {
      status.textContent = "";
      byId("fehler").focus();
      return;
    }
    const slug = this.fileBase(state.profile);
    const name = `${format === "pdf" ? "handreichung" : "vorlage"}${slug ? `-${slug}` : ""}.${format}`;
    status.classList.remove("is-error");
    status.textContent = `${name} wird erstellt …`;
    try {
      const { bytes, warnings } = await this.worker.request<Rendered>({ kind: "render", format, circular: this.circular, input: this.renderInput(state.profile) });
      saveFile(name, bytes, MIME[format]);
      status.textContent = `Heruntergeladen: ${name}.${warnings.length ? ` Hinweis: ${warnings.join(" ")}` : ""}`;
    } catch (error) {
      status.classList.add("is-error");
      status.textContent = `${name} konnte nicht erstellt werden: ${(error as Error).message}`;
    }
  }

  private async chooseLogo(file: File): Promise<void> {
    this.removeLogo(false);
    const bytes = await fileBytes(file, MAX_LOGO_BYTES);
    const check: LogoCheck =
      bytes instanceof Uint8Array
        ? await this.worker.request<LogoCheck>({ kind: "logo", bytes, alt: "" }, [bytes.buffer])
        : { ok: false, code: "E_LOGO_BYTES", reason: "too large" };
    if (check.ok) {
      this.logo = { fileName: file.name, image: check.image, url: URL.createObjectURL(file) };
      const img = byId<HTMLImageElement>("logo-bild");
      img.src = this.logo.url;
      img.alt = `Gewähltes Logo: ${file.name}`;
    } else {
      this.logoProblem = { fileName: file.name, message: logoMessage(file.name, check.code, check.reason) };
    }
    this.showLogoBox();
    this.edited("logo.path");
  }

  private removeLogo(announce = true): void {
    if (this.logo) URL.revokeObjectURL(this.logo.url);
    this.logo = null;
    this.logoProblem = null;
    byId<HTMLImageElement>("logo-bild").removeAttribute("src");
    this.showLogoBox();
    if (announce) {
      byId<HTMLInputElement>("f-logo").value = "";
      byId<HTMLInputElement>("f-logo").focus();
      this.edited("logo.path");
    }
  }

  /** The chosen logo's preview, and the button that removes a logo (or the wish for one). */
  private showLogoBox(): void {
    byId("logo-vorschau").hidden = !this.logo && !this.logoProblem;
    byId("logo-bild").hidden = !this.logo;
  }

  private async saveProfile(format: "yaml" | "json"): Promise<void> {
    const state = this.refresh();
    const message = byId("profil-datei-meldung");
    message.classList.remove("is-error");
    if (state.empty) {
      message.textContent = "Das Formular ist noch leer: Es gibt kein Profil zu speichern.";
      return;
    }
    const slug = this.fileBase(state.profile) || "kommune";
    const name = await saveProfileFile(state.input, slug, format);
    message.textContent = state.issues.length
      ? `Gespeichert als ${name}. Achtung: Das Profil enthält noch Fehler; handreichung meldet sie ebenso.`
      : `Gespeichert als ${name}.${this.logo ? ` Legen Sie das Logo „${this.logo.fileName}“ neben die Datei.` : ""}`;
  }

  private async loadProfile(file: File): Promise<void> {
    const message = byId("profil-datei-meldung");
    const loaded = await readProfileFile(file);
    if (!loaded.ok) {
      message.classList.add("is-error");
      const limitMb = MAX_INPUT_BYTES / 1024 / 1024;
      message.replaceChildren(element("p", {}, `Die Datei „${file.name}“ ist kein lesbares Profil:`), problemList(loaded.lines.map((line) => ({ text: fileProblem(loaded.code, line, limitMb), line }))));
      return;
    }
    const data = loaded.data;
    // The same validation as `handreichung validate`: every problem of the file, in German over the line the CLI prints.
    let problems: ShownProblem[] = [];
    try {
      parseProfile(data);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      const lines = error.lines();
      problems = error.issues.map((issue, i) => ({ text: fieldProblem(issue.path, issue.message, (path) => this.fieldLabel(path)), line: `${file.name}: ${lines[i]}` }));
    }
    const record = data !== null && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
    fillForm(this.fields, record);
    this.removeLogo(false);
    byId<HTMLInputElement>("f-logo").value = "";
    const logo = record.logo as { path?: unknown; alt?: unknown } | undefined;
    if (logo && typeof logo.path === "string" && logo.path.trim() !== "") {
      const wanted = logoFileName(logo.path);
      this.logoProblem = { fileName: wanted, message: `Das Profil nennt das Logo „${logo.path}“: Bitte wählen Sie diese Datei hier aus (oder entfernen Sie das Logo).` };
      this.showLogoBox();
    }
    for (const path of this.fields.keys()) this.touched.add(path);
    this.submitted = problems.length > 0 || this.logoProblem !== null;
    const state = this.refresh();
    message.classList.remove("is-error");
    const parts: Node[] = [element("p", {}, `Profil „${file.name}“ geladen.${state.issues.length ? " Bitte prüfen Sie die markierten Angaben." : ""}`)];
    if (problems.length) parts.push(element("p", {}, "Die Datei selbst hat diese Probleme; unter jedem steht die Meldung von handreichung validate:"), problemList(problems));
    message.replaceChildren(...parts);
    this.lastInputAt = performance.now();
    this.schedulePreview(0);
  }
}
