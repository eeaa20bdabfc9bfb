import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pdfElements, readPdf } from "@handreichung/checks";
import { repoRoot } from "./support/paths.js";
import { runCli, tempDir } from "./support/run.js";

const dir = tempDir("handreichung-batch-");
copyFileSync(new URL("./fixtures/logo.png", import.meta.url), join(dir, "logo.png"));
writeFileSync(join(dir, "not-a-logo.png"), "<svg xmlns='http://www.w3.org/2000/svg'/>");

const csv = [
  "name,department,contact.person,contact.email,logo",
  "Stadt Köln,Integrationsbüro,Erika Muster,erika@koeln.example,logo.png", // line 2
  "../../x,,,,", // line 3: escapes the folder -> slug x
  "a/b,,,,", // line 4
  "CON,,,,", // line 5: reserved on Windows
  "Stadt Köln,,,,", // line 6: duplicate -> stadt-koeln-2
  ",Ohne Namen,,,", // line 7: invalid, name missing
  "Gemeinde X,,,keine-mail,", // line 8: invalid e-mail
  "Gemeinde Y,,,,missing.png", // line 9: logo missing
  "Gemeinde Z,,,,not-a-logo.png", // line 10: SVG under a .png name
  "!!!,,,,", // line 11: nothing left for a folder name
].join("\n");

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

describe("handreichung batch", () => {
  it("generates the valid rows, skips the bad ones by line and field, exit 1", () => {
    const list = join(dir, "kommunen.csv");
    writeFileSync(list, csv);
    const out = join(dir, "out-csv");
    const { code, stderr } = runCli(["batch", list, "-o", out, "--date", "2026-01-15", "--jobs", "2"]);
    expect(code).toBe(1);
    const errors = stderr.split("\n").filter((l) => l.startsWith(list));
    expect(errors).toEqual([
      `${list}: line 7: name: Required`,
      `${list}: line 8: contact.email: must be an e-mail address`,
      `${list}: line 9: logo.path: missing.png: cannot read: no such file or directory`,
      `${list}: line 10: logo.path: not-a-logo.png: not a readable PNG or JPEG image`,
      `${list}: line 11: name: "!!!" leaves no letters or digits for a folder name`,
    ]);
    expect(stderr).not.toMatch(/\n\s+at /);
    const slugs = ["stadt-koeln", "x", "a-b", "con-kommune", "stadt-koeln-2"];
    expect(readdirSync(out).sort()).toEqual([...slugs, "manifest.json"].sort());
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    expect(manifest.municipalities.map((m: { slug: string }) => m.slug)).toEqual(slugs);
    expect(manifest.failed.map((f: { source: string }) => f.source)).toEqual(["line 7", "line 8", "line 9", "line 10", "line 11"]);
    for (const m of manifest.municipalities) {
      expect(m.files.map((f: { path: string }) => f.path)).toEqual([`${m.slug}/handreichung.pdf`, `${m.slug}/vorlage.docx`]);
      for (const f of m.files) expect(sha(join(out, f.path))).toBe(f.sha256);
    }
    expect(readdirSync(join(out, "stadt-koeln")).sort()).toEqual(["handreichung.pdf", "vorlage.docx"]);
  });

  it("gives the same result from a JSON and a YAML list, and again on a rerun", () => {
    const profiles = [
      { name: "Gemeinde Überall", contact: { email: "info@ueberall.example" } },
      { name: "Kreis Straße", kind: "Kreis", logo: { path: "logo.png", alt: "Logo des Kreises" } },
    ];
    const json = join(dir, "list.json");
    writeFileSync(json, JSON.stringify(profiles));
    const yaml = join(dir, "list.yaml");
    writeFileSync(yaml, profiles.map((p) => `- ${JSON.stringify(p)}`).join("\n"));
    const manifests = [];
    for (const [list, out] of [[json, "out-json"], [yaml, "out-yaml"], [json, "out-json"]] as const) {
      const { code, stderr } = runCli(["batch", list, "-o", join(dir, out), "--date", "2026-01-15", "--quiet"]);
      expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
      manifests.push(JSON.parse(readFileSync(join(dir, out, "manifest.json"), "utf8")));
    }
    const files = (m: { municipalities: { files: { sha256: string; path: string }[] }[] }) => m.municipalities.flatMap((x) => x.files);
    expect(files(manifests[0]).map((f) => f.path)).toEqual(["gemeinde-ueberall/handreichung.pdf", "gemeinde-ueberall/vorlage.docx", "kreis-strasse/handreichung.pdf", "kreis-strasse/vorlage.docx"]);
    expect(files(manifests[1])).toEqual(files(manifests[0]));
    expect(manifests[2]).toEqual(manifests[0]);
    expect(readdirSync(join(dir, "out-json")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("writes only the formats asked for", () => {
    const list = join(dir, "one.json");
    writeFileSync(list, JSON.stringify([{ name: "Gemeinde Eins" }]));
    const out = join(dir, "out-pdf");
    expect(runCli(["batch", list, "-o", out, "--format", "pdf", "--quiet", "--date", "2026-01-15"]).code).toBe(0);
    expect(existsSync(join(out, "gemeinde-eins/handreichung.pdf"))).toBe(true);
    expect(existsSync(join(out, "gemeinde-eins/vorlage.docx"))).toBe(false);
    expect(runCli(["batch", list, "-o", out, "--format", "odt"]).code).toBe(2);
  });

  it("applies --content and --models to every row, as pdf does", () => {
    const circular = JSON.parse(runCli(["export"]).stdout);
    circular.title = "Eine andere Mitteilung";
    const content = join(dir, "andere.json");
    writeFileSync(content, JSON.stringify(circular));
    const list = join(dir, "one-models.json");
    writeFileSync(list, JSON.stringify([{ name: "Gemeinde Eins" }]));
    const profile = join(dir, "eins.json");
    writeFileSync(profile, JSON.stringify({ name: "Gemeinde Eins" }));
    const out = join(dir, "out-models");
    const options = ["--content", content, "--models", "essen", "--date", "2026-01-15"];
    expect(runCli(["batch", list, "-o", out, "--format", "pdf", "--quiet", ...options])).toMatchObject({ code: 0, stderr: "" });
    const single = join(dir, "eins-models.pdf");
    expect(runCli(["pdf", "--profile", profile, "-o", single, ...options]).code).toBe(0);
    expect(sha(join(out, "gemeinde-eins/handreichung.pdf"))).toBe(sha(single));
    const plain = join(dir, "eins-plain.pdf");
    expect(runCli(["pdf", "--profile", profile, "-o", plain, "--date", "2026-01-15"]).code).toBe(0);
    expect(sha(plain)).not.toBe(sha(single));
  });

  it("writes a row's documents all or none: a folder where vorlage.docx goes fails that row alone", () => {
    const list = join(dir, "two.json");
    writeFileSync(list, JSON.stringify([{ name: "Gemeinde Eins" }, { name: "Gemeinde Zwei" }]));
    const out = join(dir, "out-blocked");
    mkdirSync(join(out, "gemeinde-eins", "vorlage.docx"), { recursive: true });
    const run = runCli(["batch", list, "-o", out, "--quiet", "--date", "2026-01-15"]);
    expect(run.code).toBe(1);
    const blocked = `${join(out, "gemeinde-eins", "vorlage.docx")}: cannot write: is a directory`;
    expect(run.stderr).toContain(blocked);
    // Its PDF was rendered too, and is not there: the row's two files are renamed into place together or not at all.
    expect(readdirSync(join(out, "gemeinde-eins"))).toEqual(["vorlage.docx"]);
    expect(readdirSync(join(out, "gemeinde-zwei")).sort()).toEqual(["handreichung.pdf", "vorlage.docx"]);
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    expect(manifest.municipalities.map((m: { name: string }) => m.name)).toEqual(["Gemeinde Zwei"]);
    expect(manifest.failed).toEqual([{ source: "[0]", errors: [blocked] }]);
  });

  it("refuses a CMYK JPEG logo only where a PDF/A handout is made: Word template and PDF/UA-only take it", () => {
    const profile = join(repoRoot, "tests/fixtures/bad/logo-cmyk-pdfa/profile.yaml");
    expect(runCli(["docx", "--profile", profile, "-o", join(dir, "cmyk.docx"), "--date", "2026-01-15"]).code).toBe(0);
    expect(runCli(["pdf", "--pdf-standard", "ua-1", "--profile", profile, "-o", join(dir, "cmyk-ua.pdf"), "--date", "2026-01-15"]).code).toBe(0);
    // In a batch, the row with that logo fails (at render time), the others are written.
    const list = join(dir, "cmyk.csv");
    writeFileSync(list, `name,logo.path,logo.alt\nGemeinde Cmyk,${join(repoRoot, "tests/fixtures/bad/logo-cmyk-pdfa/wappen.jpg")},Wappen\nGemeinde Rgb,,\n`);
    const out = join(dir, "out-cmyk");
    const run = runCli(["batch", list, "-o", out, "--format", "pdf", "--quiet", "--date", "2026-01-15"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/line 2: .*a CMYK JPEG cannot go into a PDF\/A file/);
    expect(existsSync(join(out, "gemeinde-cmyk"))).toBe(false);
    expect(existsSync(join(out, "gemeinde-rgb", "handreichung.pdf"))).toBe(true);
  });

  it("reads a semicolon CSV whose bare logo column is the path; the alt text defaults to \"Logo: NAME\"", async () => {
    const list = join(dir, "semikolon.csv");
    writeFileSync(list, "name;department;logo\nGemeinde Anders;Amt für Vielfalt;logo.png\n");
    const out = join(dir, "out-semicolon");
    expect(runCli(["batch", list, "-o", out, "--format", "pdf", "--quiet", "--date", "2026-01-15"])).toMatchObject({ code: 0, stderr: "" });
    const pdf = await readPdf(readFileSync(join(out, "gemeinde-anders/handreichung.pdf")), { fonts: false });
    expect(pdfElements(pdf).filter((n) => n.role === "Figure").map((n) => n.alt)).toEqual(["Logo: Gemeinde Anders"]);
    expect(pdf.taggedText).toContain("Amt für Vielfalt");
  });

  it("off a terminal, reports progress about every 10 % and a summary line", () => {
    const list = join(dir, "zwanzig.csv");
    writeFileSync(list, ["name", ...Array.from({ length: 20 }, (_, i) => `Gemeinde ${i + 1}`)].join("\n"));
    const out = join(dir, "out-progress");
    const { code, stderr } = runCli(["batch", list, "-o", out, "--format", "docx", "--date", "2026-01-15"]);
    expect(code).toBe(0);
    const lines = stderr.trimEnd().split("\n");
    expect(lines.slice(0, -1).map((l) => /^batch: (\d+)\/20 \((\d+) %\), [\d.]+\/s, ETA \d+s$/.exec(l)?.[2])).toEqual(["10", "20", "30", "40", "50", "60", "70", "80", "90", "100"]);
    expect(lines.at(-1)).toMatch(new RegExp(`^batch: 20 of 20 municipalities, 20 files in ${out.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\([\\d.]+ s\\)$`));
  });
});
