import { Command, InvalidArgumentError, Option } from "commander";
import { createHash } from "node:crypto";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import pkg from "../../package.json" with { type: "json" };
import type { Manifest, ManifestEntry, ManifestFile } from "../batch/manifest.js";
import { createProgress, type ProgressMode } from "../batch/progress.js";
import { readProfileList } from "../batch/read-profile-list.js";
import { runTasks } from "../batch/run-tasks.js";
import { checkEntries } from "../batch/validate-entries.js";
import { CliError, InputError } from "../errors.js";
import type { Console } from "../io/console.js";
import { ensureDirectory, writeFileAtomic } from "../io/write-atomic.js";
import { loadCircular } from "../load/circular.js";
import { resolveDate, resolveModels } from "../options.js";
import { FILE_NAMES, type DocumentFormat } from "../render/renderers.js";

interface BatchFlags {
  output: string;
  jobs?: number;
  format: DocumentFormat[];
  content?: string;
  models?: string;
  date?: string;
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

const sha256 = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");

export function batchCommand(console: Console): Command {
  return new Command("batch")
    .description("write the documents for many municipalities: DIR/<slug>/handreichung.pdf, vorlage.docx and DIR/manifest.json")
    .argument("<profiles>", "list of profiles: CSV with a header row (dotted columns: contact.email, logo.alt), or a JSON/YAML array")
    .requiredOption("-o, --output <dir>", "output folder")
    .option("-j, --jobs <n>", `parallel workers (default: ${availableParallelism()}, the number of cores)`, parseJobs)
    .addOption(new Option("--format <formats>", "pdf, docx or both, comma-separated").argParser(parseFormats).default(["pdf", "docx"], "pdf,docx"))
    .option("--content <file>", "render this circular file instead of the built-in one")
    .option("--models <ids>", "comma-separated model ids to include, in this order")
    .option("--date <YYYY-MM-DD>", "document date (default: SOURCE_DATE_EPOCH, else today)")
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

      const mode: ProgressMode = flags.quiet ? "quiet" : console.isTTY ? "bar" : "lines";
      const progress = await createProgress(mode, valid.length, console);
      const results: (ManifestEntry | undefined)[] = new Array(valid.length);
      const renderFailures: { source: string; errors: string[] }[] = [];

      try {
        await runTasks(
          valid.map((entry) => entry.task),
          {
            jobs: flags.jobs ?? availableParallelism(),
            shared: { circular, formats: flags.format, date, ...(models ? { models } : {}) },
            async onResult(index, { documents, warnings }) {
              const entry = valid[index]!;
              for (const w of warnings) console.err(`warning: ${profilesFile}: ${entry.source} (${entry.task.profile.name}): ${w}`);
              const dir = join(flags.output, entry.slug);
              await ensureDirectory(dir);
              const files: ManifestFile[] = [];
              for (const { format, bytes } of documents) {
                await writeFileAtomic(join(dir, FILE_NAMES[format]), bytes);
                files.push({ format, path: `${entry.slug}/${FILE_NAMES[format]}`, sha256: sha256(bytes), bytes: bytes.length });
              }
              results[index] = { source: entry.source, name: entry.task.profile.name, slug: entry.slug, files };
              progress.tick(entry.slug);
            },
            onError(index, error) {
              const entry = valid[index]!;
              if (error instanceof CliError) renderFailures.push({ source: entry.source, errors: [...error.lines] });
              else renderFailures.push({ source: entry.source, errors: [`${profilesFile}: ${entry.source}: rendering failed: ${error instanceof Error ? error.message : String(error)}`] });
              progress.tick(entry.slug);
            },
          },
        );
      } finally {
        progress.stop();
      }

      for (const f of renderFailures) for (const line of f.errors) console.err(line);
      const municipalities = results.filter((r): r is ManifestEntry => r !== undefined);
      const manifest: Manifest = {
        generator: `handreichung ${pkg.version}`,
        circular: circular.id,
        date,
        formats: flags.format,
        municipalities,
        failed: [...failed, ...renderFailures],
      };
      await writeFileAtomic(join(flags.output, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const fileCount = municipalities.reduce((n, m) => n + m.files.length, 0);
      const skipped = failed.length + renderFailures.length;
      if (!flags.quiet || skipped) {
        console.err(`batch: ${municipalities.length} of ${entries.length} municipalities, ${fileCount} files in ${flags.output} (${seconds} s)${skipped ? `; ${skipped} skipped, see above` : ""}`);
      }
      if (skipped) throw new InputError("E_BATCH_ROWS", []);
    });
}
