import { circular441 } from "@handreichung/content/data";
import fc from "fast-check";
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliPath } from "./support/paths.js";
import { tempDir } from "./support/run.js";

// A fuzz pass over everything the CLI reads — profiles, profile lists (CSV,
// JSON, YAML), circular files, logos, published text for `import` — with a
// fixed seed, so CI runs the same inputs every time (change SEED to explore).
// Whatever the input, the CLI must answer with 0, 1 or 2, never a bug (70),
// never a stack trace, and never hang: every run is killed after 60 s (a run
// takes 0.1–3 s; the limit is wide because a machine the whole suite shares can
// be slow for a while, and a hang is forever).

const SEED = 14_2026;
const RUN_LIMIT_MS = 60_000;
const dir = tempDir("handreichung-fuzz-");

const sample = <T>(arb: fc.Arbitrary<T>, numRuns: number, offset: number): T[] => fc.sample(arb, { seed: SEED + offset, numRuns });

/** Characters and fragments that break parsers, terminals and renderers. */
const NASTY = ["\u0000", "\u001b[2J", "\u001b]0;x\u0007", "\r", "\t", "\n", "\u202e", "\u2066", "\ufeff", "\ud800", "ä", "ß", "😀", "\"", "'", ":", "- ", "{", "}", "[", "]", "&a", "*a", "!!js", "---", "#", ",", ";", "\\", "%", "__proto__", "constructor", "..", "/", "x".repeat(400)];

const scalar: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...NASTY), { maxLength: 4 }).map((parts) => parts.join("")) },
  { weight: 2, arbitrary: fc.constantFrom("Stadt Musterstadt", "Stadt", "Gemeinde", "Kreis", "a@b.example", "kein-mail", "2026-01-15", "2024-02-30", "www.x.example", "") },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null)) },
);

const value: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof({ depthSize: "small", withCrossShrink: true }, scalar, fc.array(tie("v"), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 8 }), tie("v"), { maxKeys: 3 })),
})).v;

const LOGOS = ["logo.png", "logo.jpg", "missing.png", ".", "liste.csv", ...Array.from({ length: 24 }, (_, i) => `mutant-${i}.${i % 2 ? "jpg" : "png"}`)];

/** A profile that is often valid (so the logo checks and rendering are reached), with hostile text in it. */
const plausible = fc.record(
  {
    name: fc.oneof(fc.constantFrom("Stadt Musterstadt", "Kreis Paderborn", "Gemeinde Über-All"), fc.array(fc.constantFrom(...NASTY, "Stadt", "Amt"), { minLength: 1, maxLength: 3 }).map((p) => `Stadt ${p.join("")}`)),
    kind: fc.constantFrom("Stadt", "Gemeinde", "Kreis"),
    department: fc.constantFrom("Amt für Integration", "Amt \u202efür\u2069 Integration", "Büro\u001b[2J"),
    logo: fc.record({ path: fc.oneof(fc.constantFrom("logo.png", "logo.jpg"), fc.constantFrom(...LOGOS)), alt: fc.constantFrom("Wappen", "Logo \u0007") }),
    contact: fc.record({ person: fc.constantFrom("Erika Muster"), email: fc.constantFrom("a@b.example", "a@b.example", "kein-mail") }, { requiredKeys: [] }),
    website: fc.constantFrom("www.x.example"),
    date: fc.constantFrom("2026-01-15", "2026-01-15", "2024-02-30"),
  },
  { requiredKeys: ["name"] },
);

/** A profile with anything anywhere. */
const wild = fc.record(
  {
    name: scalar,
    kind: fc.oneof(fc.constantFrom("Stadt", "Gemeinde", "Kreis"), scalar),
    department: scalar,
    logo: fc.oneof(fc.record({ path: fc.constantFrom(...LOGOS), alt: scalar }, { requiredKeys: ["path"] }), value),
    contact: fc.oneof(fc.record({ person: scalar, phone: scalar, email: scalar, address: scalar }, { requiredKeys: [] }), value),
    website: scalar,
    date: scalar,
    extra: value,
  },
  { requiredKeys: [] },
);

const profile: fc.Arbitrary<Record<string, unknown>> = fc.oneof({ weight: 3, arbitrary: plausible }, { weight: 2, arbitrary: wild });

/** Random edits of a text: cut, insert nasty fragments, repeat a line. */
const mutated = (text: string) =>
  fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.constantFrom(...NASTY, "", "\n  ", ": ")), { maxLength: 4 }).map((edits) => {
    let out = text;
    for (const [at, cut, insert] of edits) {
      const i = at % (out.length + 1);
      out = out.slice(0, i) + insert + out.slice(i + cut);
    }
    return out;
  });

/** Flat profiles as block YAML (JSON strings are valid YAML double-quoted scalars). */
const blockYaml = (data: Record<string, unknown>) =>
  Object.entries(data)
    .map(([k, v]) => (v !== null && typeof v === "object" && !Array.isArray(v) ? `${k}:\n${Object.entries(v).map(([k2, v2]) => `  ${k2}: ${JSON.stringify(v2)}`).join("\n")}` : `${k}: ${JSON.stringify(v)}`))
    .join("\n");

const profileFile = fc.oneof(
  profile.map((p) => ({ ext: "json", text: JSON.stringify(p, null, 2) })),
  profile.map((p) => ({ ext: "yaml", text: blockYaml(p) })),
  profile.chain((p) => mutated(blockYaml(p)).map((text) => ({ ext: "yaml", text }))),
  profile.chain((p) => mutated(JSON.stringify(p)).map((text) => ({ ext: "json", text }))),
);

/** The built-in circular with fields deleted or replaced anywhere in its tree. */
const circularData = fc.array(fc.tuple(fc.nat(), fc.boolean(), value), { minLength: 1, maxLength: 4 }).map((edits) => {
  const data = structuredClone(circular441) as unknown as Record<string, unknown>;
  for (const [pick, remove, replacement] of edits) {
    // Collect every (object, key) pair and pick one.
    const slots: [Record<string, unknown>, string][] = [];
    const walk = (node: unknown) => {
      if (node === null || typeof node !== "object") return;
      for (const key of Object.keys(node)) {
        slots.push([node as Record<string, unknown>, key]);
        walk((node as Record<string, unknown>)[key]);
      }
    };
    walk(data);
    const [parent, key] = slots[pick % slots.length]!;
    if (remove) delete parent[key];
    else parent[key] = replacement;
  }
  return data;
});

const circularFile = fc.oneof(
  circularData.map((c) => ({ ext: "json", text: JSON.stringify(c) })),
  circularData.map((c) => ({ ext: "yaml", text: JSON.stringify(c, null, 1) })),
  circularData.chain((c) => mutated(JSON.stringify(c, null, 1)).map((text) => ({ ext: "json", text }))),
);

const cell = fc.oneof(fc.constantFrom("", "Stadt A", "Stadt A", "a@b.example", "logo.png", "mutant-3.jpg", '"', '""', "a,b", "a;b", "x\ny"), scalar.map(String));
const COLUMNS = ["name", "kind", "department", "logo", "logo.path", "logo.alt", "contact", "contact.person", "contact.email", "contact.phone", "website", "date", "__proto__.x", "name"];
const csvList = fc
  .tuple(fc.uniqueArray(fc.constantFrom(...COLUMNS), { minLength: 1, maxLength: 5 }), fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 5 }), fc.constantFrom(",", ";"), fc.boolean())
  .map(([header, rows, sep, quoteAll]) => {
    const field = (s: string) => (quoteAll || /[",;\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    return { ext: "csv", text: [header, ...rows.map((r) => header.map((_, i) => r[i % r.length]!))].map((r) => r.map(field).join(sep)).join("\n") };
  });
const list = fc.oneof(
  csvList,
  csvList.chain(({ text }) => mutated(text).map((t) => ({ ext: "csv", text: t }))),
  fc.array(profile, { maxLength: 5 }).map((ps) => ({ ext: "json", text: JSON.stringify(ps) })),
  fc.array(profile, { maxLength: 5 }).map((ps) => ({ ext: "yaml", text: ps.map((p) => `- ${JSON.stringify(p)}`).join("\n") })),
  fc.array(profile, { maxLength: 4 }).chain((ps) => mutated(JSON.stringify(ps)).map((text) => ({ ext: "json", text }))),
);

const LINES = [
  "Mitteilungen - Recht, Personal, Organisation",
  "StGB NRW-Mitteilung 441/2004 vom 26.05.2004",
  "StGB NRW-Mitteilung 12/2019 vom 31.02.2019",
  "441/2004",
  "Handbuch Integrationsarbeit",
  "Az.: I/1 800",
  "Az.:",
  "Link kopieren",
  "- ein Punkt",
  "1. Überschrift",
  "1.1 Unterpunkt",
  "„Ein Zitat.“",
  "<DIR>",
  "<o:p></o:p>",
  "Der Städte- und Gemeindebund NRW hat ein Handbuch herausgegeben.",
  "",
];
const published = fc
  .tuple(fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...LINES) }, { weight: 2, arbitrary: fc.string({ maxLength: 60 }) }, { weight: 1, arbitrary: fc.constantFrom(...NASTY) }), { maxLength: 40 }), fc.constantFrom("\n", "\n\n", "\r\n"))
  .map(([lines, end]) => lines.join(end));

/** A logo's bytes with random damage: bits flipped, cut short, bytes overwritten (sizes too). */
function mutateLogo(base: Uint8Array, edits: [number, number, number][]): Uint8Array {
  let bytes = Uint8Array.from(base);
  for (const [at, kind, byte] of edits) {
    const i = at % bytes.length;
    if (kind === 0) bytes[i] = bytes[i]! ^ (1 << (byte % 8));
    else if (kind === 1) bytes = bytes.subarray(0, Math.max(1, i));
    else bytes[i] = byte;
  }
  return bytes;
}

interface Outcome {
  args: string[];
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  stdout: string;
}

function run(args: string[]): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], { cwd: dir, env: { ...process.env, SOURCE_DATE_EPOCH: "" }, timeout: RUN_LIMIT_MS, killSignal: "SIGKILL" });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (s: string) => (stdout += s));
    child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ args, code, signal, stderr, stdout }));
  });
}

/** Runs all, two at a time (two cores). */
async function runAll(jobs: string[][]): Promise<Outcome[]> {
  const results: Outcome[] = [];
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < jobs.length; i = next++) results[i] = await run(jobs[i]!);
  };
  await Promise.all([lane(), lane()]);
  return results;
}

/** What must never happen, as readable lines (empty when all is well). */
function problems(outcomes: Outcome[]): string[] {
  return outcomes.flatMap((o) => {
    const what = `handreichung ${o.args.join(" ")}`;
    if (o.signal) return [`${what}: killed after ${RUN_LIMIT_MS / 1000} s (a hang?)`];
    const bad: string[] = [];
    if (o.code === null || ![0, 1, 2].includes(o.code)) bad.push(`${what}: exit ${o.code}\n${o.stderr}`);
    if (/\n\s+at |internal error|Unhandled/.test(o.stderr + o.stdout)) bad.push(`${what}: stack trace\n${o.stderr}`);
    return bad;
  });
}

const chunks = <T>(items: T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

describe("fuzz: no input makes the CLI fail with a bug, a stack trace or a hang", () => {
  it(`profiles, logos, lists, circulars and published text (seed ${SEED})`, async () => {
    const png = readFileSync(new URL("./fixtures/logo.png", import.meta.url));
    const jpg = readFileSync(new URL("./fixtures/logo.jpg", import.meta.url));
    writeFileSync(join(dir, "logo.png"), png);
    writeFileSync(join(dir, "logo.jpg"), jpg);
    const logoEdits = sample(fc.array(fc.tuple(fc.nat(), fc.nat({ max: 2 }), fc.nat({ max: 255 })), { minLength: 1, maxLength: 3 }), 24, 1);
    logoEdits.forEach((edits, i) => writeFileSync(join(dir, `mutant-${i}.${i % 2 ? "jpg" : "png"}`), mutateLogo(i % 2 ? jpg : png, edits)));

    const write = (name: string, { ext, text }: { ext: string; text: string }) => {
      const file = `${name}.${ext}`;
      writeFileSync(join(dir, file), text);
      return file;
    };
    const profiles = sample(profileFile, 120, 2).map((f, i) => write(`profile-${i}`, f));
    const circulars = sample(circularFile, 40, 3).map((f, i) => write(`circular-${i}`, f));
    const lists = sample(list, 12, 4).map((f, i) => write(`liste-${i}`, f));
    const texts = sample(published, 40, 5).map((text, i) => write(`mitteilung-${i}`, { ext: "txt", text }));
    mkdirSync(join(dir, "json"));

    const jobs: string[][] = [
      ...chunks(profiles, 40).map((files) => ["validate", ...files]),
      ...chunks(profiles.slice(0, 40), 40).map((files) => ["validate", "--kind", "profile", ...files]),
      ...chunks(circulars, 20).map((files) => ["validate", "--kind", "circular", ...files]),
      ...chunks(texts, 20).map((files) => ["import", ...files, "-o", "json"]),
      ...lists.map((file, i) => ["batch", file, "-o", `batch-${i}`, "--format", "docx", "--jobs", "1", "--quiet", "--date", "2026-01-15"]),
      ["pdf", "--content", circulars[0]!, "--profile", profiles[0]!, "--date", "2026-01-15", "-o", "fuzz.pdf"],
    ];
    const outcomes = await runAll(jobs);
    expect(problems(outcomes)).toEqual([]);
    // The pass must have reached the code behind the parsers, not only refused everything.
    const stdout = outcomes.map((o) => o.stdout).join("");
    expect(stdout.match(/: ok \(profile /g)?.length ?? 0).toBeGreaterThan(5);
    expect(stdout).toMatch(/: ok \(circular /);
    expect(outcomes.filter((o) => o.args[0] === "batch" && o.code === 0).length).toBeGreaterThan(0);
  }, 300_000);
});
