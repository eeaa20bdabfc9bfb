import { Command, InvalidArgumentError, Option } from "commander";
import { rm, rmdir } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import pkg from "../../package.json" with { type: "json" };
import { manifestText, type Manifest, type ManifestEntry, type ManifestFile } from "@handreichung/inputs";
import { defaultJobs, ROWS_PER_WORKER } from "../batch/default-jobs.js";
import { lockFolder } from "../batch/lock.js";
import { createProgress, type Progress, type ProgressMode } from "../batch/progress.js";
import { readProfileList } from "../batch/read-profile-list.js";
import { runTasks } from "../batch/run-tasks.js";
import type { BatchWorkerData } from "../batch/task.js";
import { checkEntries, type ValidEntry } from "../batch/validate-entries.js";
import { CliError, InputError } from "../errors.js";
import type { Console } from "../io/console.js";
import { atInterrupt } from "../io/cleanup.js";
import { quote } from "@handreichung/inputs";
import { ensureDirectory, writeFileAtomic, writeFilesAtomic } from "../io/write-atomic.js";
import { loadCircular } from "../load/circular.js";
import { resolveDate, resolveModels } from "../options.js";
import { FILE_NAMES, type DocumentFormat } from "../render/renderers.js";
import type { PdfStandard } from "@handreichung/pdf/standards";
import { pdfStandardOption } from "./render-options.js";

interface BatchFlags {
  output: string;
  jobs?: number;
  format: DocumentFormat[];
  content?: string;
  models?: string;
  date?: string;
  pdfStandard?: PdfStandard;
  quiet?: boolean;
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError("must be a whole number from 1 to 256");
  return n;
}

function parseFormats(value: string): DocumentFormat[] {
  const formats = value.split(",").map((s) => s.trim()).filter(Boolean);
  for (const f of formats) if (f !== "pdf" && f !== "docx") throw new InvalidArgumentError(`unknown format "${f}"; valid: pdf, docx`);
  if (formats.length === 0) throw new InvalidArgumentError("name at least one format: pdf, docx");
  return [...new Set(formats)] as DocumentFormat[];
}

interface RenderAll {
  profilesFile: string;
  output: string;
  valid: readonly ValidEntry[];
  jobs: number;
  shared: BatchWorkerData;
  progress: Progress;
  console: Console;
}

/** Renders and writes every valid entry; returns what was written and what failed, in list order. */
async function renderAll({ profilesFile, output, valid, jobs, shared, progress, console }: RenderAll): Promise<{ written: ManifestEntry[]; failures: { source: string; errors: string[] }[] }> {
  // Loaded here, not with the CLI: only a batch hashes what it writes.
  const { createHash } = await import("node:crypto");
  const sha256 = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");
  const results: (ManifestEntry | undefined)[] = new Array(valid.length);
  const failures: { source: string; errors: string[] }[] = [];
  try {
    await runTasks(
      valid.map((entry) => entry.task),
      {
        jobs,
        shared,
        async onResult(index, { documents, warnings, failure }) {
          const entry = valid[index]!;
          for (const w of warnings) console.err(`warning: ${profilesFile}: ${entry.source} (${quote(entry.task.profile.name)}): ${w}`);
          if (failure) {
            failures.push({ source: entry.source, errors: failure });
            progress.tick(entry.slug);
            return;
          }
          const dir = join(output, entry.slug);
          const made = await ensureDirectory(dir);
          // A row that wrote nothing (failed, or interrupted) leaves no empty folder behind.
          const removeMade = async () => {
            for (const folder of [...made].reverse()) await rmdir(folder).catch(() => undefined);
          };
          const forget = atInterrupt(removeMade);
          try {
            // Both documents of a municipality or neither.
            await writeFilesAtomic(documents.map(({ format, bytes }) => ({ file: join(dir, FILE_NAMES[format]), data: bytes })));
          } catch (error) {
            await removeMade();
            throw error;
          } finally {
            forget();
          }
          const files: ManifestFile[] = documents.map(({ format, bytes }) => ({ format, path: `${entry.slug}/${FILE_NAMES[format]}`, sha256: sha256(bytes), bytes: bytes.length }));
          results[index] = { source: entry.source, name: entry.task.profile.name, slug: entry.slug, files };
          progress.tick(entry.slug);
        },
        onError(index, error) {
          const entry = valid[index]!;
          if (error instanceof CliError) failures.push({ source: entry.source, errors: [...error.lines] });
          else failures.push({ source: entry.source, errors: [`${profilesFile}: ${entry.source}: rendering failed: ${error instanceof Error ? error.message : String(error)}`] });
          progress.tick(entry.slug);
        },
      },
    );
  } finally {
    progress.stop();
  }
  return { written: results.filter((r): r is ManifestEntry => r !== undefined), failures };
}

export function batchCommand(console: Console): Command {
  return new Command("batch")
    .description("write the documents for many municipalities: DIR/<slug>/handreichung.pdf, vorlage.docx and DIR/manifest.json")
    .argument("<profiles>", "list of profiles: CSV with a header row (dotted columns: contact.email, logo.alt), or a JSON/YAML array")
    .requiredOption("-o, --output <dir>", "output folder")
    .option("-j, --jobs <n>", `rendering threads (default: one per core, ${availableParallelism()} here, with a worker thread only for every ${ROWS_PER_WORKER} rows)`, parseJobs)
    .addOption(new Option("--format <formats>", "pdf, docx or both, comma-separated").argParser(parseFormats).default(["pdf", "docx"], "pdf,docx"))
    .option("--content <file>", "render this circular file instead of the built-in one")
    .option("--models <ids>", "comma-separated model ids to include, in this order")
    .option("--date <YYYY-MM-DD>", "document date (default: SOURCE_DATE_EPOCH, else today)")
    .addOption(pdfStandardOption())
    .option("-q, --quiet", "no progress output")
    .addHelpText("after", "\nExamples:\n  $ handreichung batch kommunen.csv -o out/kommunen\n  $ handreichung batch kommunen.yaml -o out/kommunen --format pdf --jobs 4")
    .action(async (profilesFile: string, flags: BatchFlags) => {
      const started = performance.now();
      const date = resolveDate(flags.date);
      const circular = await loadCircular(flags.content);
      const models = resolveModels(flags.models, circular);
      const entries = await readProfileList(profilesFile);
      const { valid, failed } = await checkEntries(profilesFile, entries);
      for (const f of failed) for (const line of f.errors) console.err(line);
      await ensureDirectory(flags.output);
      const unlock = await lockFolder(flags.output);
      let outcome: Awaited<ReturnType<typeof renderAll>>;
      try {
        // A manifest lists what a finished batch wrote: the old one goes before
        // anything changes, and the new one comes last, so a stopped batch leaves none.
        await rm(join(flags.output, "manifest.json"), { force: true });
        const mode: ProgressMode = flags.quiet ? "quiet" : console.isTTY ? "bar" : "lines";
        const progress = await createProgress(mode, valid.length, console);
        const shared: BatchWorkerData = { circular, formats: flags.format, date, ...(models ? { models } : {}), ...(flags.pdfStandard ? { pdfStandard: flags.pdfStandard } : {}) };
        outcome = await renderAll({ profilesFile, output: flags.output, valid, jobs: flags.jobs ?? defaultJobs(valid.length), shared, progress, console });
        for (const f of outcome.failures) for (const line of f.errors) console.err(line);
        const manifest: Manifest = {
          generator: `handreichung ${pkg.version}`,
          circular: circular.id,
          date,
          formats: flags.format,
          municipalities: outcome.written,
          failed: [...failed, ...outcome.failures],
        };
        await writeFileAtomic(join(flags.output, "manifest.json"), manifestText(manifest));
      } finally {
        await unlock();
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const municipalities = outcome.written;
      const fileCount = municipalities.reduce((n, m) => n + m.files.length, 0);
      const skipped = failed.length + outcome.failures.length;
      if (!flags.quiet || skipped) {
        console.err(`batch: ${municipalities.length} of ${entries.length} municipalities, ${fileCount} files in ${flags.output} (${seconds} s)${skipped ? `; ${skipped} skipped, see above` : ""}`);
      }
      if (skipped) throw new InputError("E_BATCH_ROWS", []);
    });
}
