// Outside tools as extra, independent checks: poppler reads a PDF with other
// code than pdf.js, qpdf checks its syntax, LibreOffice opens the .docx as an
// office suite would. Where one is missing a test says so on one line; under
// CI (which installs them, see .ci/run) a missing tool fails the test.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { missingSentences, sourceSentences } from "@handreichung/content/data";
import type { Finding } from "./findings.js";
import type { PdfDocument, PdfNode } from "./pdf/read.js";

/** The outside tools the tests use, and the Debian package each comes from. */
export const TOOLS = {
  pdfinfo: "poppler-utils",
  pdftotext: "poppler-utils",
  pdffonts: "poppler-utils",
  qpdf: "qpdf",
  soffice: "libreoffice-writer-nogui",
  transicc: "liblcms2-utils",
  chromium: "chromium",
  // A pseudo-terminal for the batch's progress bar (python's pty module; Node has none without a native addon).
  python3: "python3",
} as const;
export type Tool = keyof typeof TOOLS;

const found = new Map<string, boolean>();

/** True when `tool` is on the PATH. */
export function hasTool(tool: Tool): boolean {
  const key = `${process.env.PATH}\0${tool}`;
  let ok = found.get(key);
  if (ok === undefined) {
    const result = spawnSync("/bin/sh", ["-c", `command -v ${tool}`], { encoding: "utf8" });
    ok = result.status === 0 && result.stdout.trim() !== "";
    found.set(key, ok);
  }
  return ok;
}

/** True when running under CI (CI=1, CI=true), where every tool must be there. */
export function underCi(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CI !== undefined && env.CI !== "" && env.CI !== "0" && env.CI.toLowerCase() !== "false";
}

/** The line a test prints when it cannot run a check because `tools` are missing. */
export function missingToolsLine(tools: readonly Tool[]): string {
  const packages = [...new Set(tools.map((t) => TOOLS[t]))];
  return `not checked: ${tools.join(", ")} not installed (apt-get install ${packages.join(" ")}; .ci/run installs it)`;
}

/**
 * For a test that needs outside tools: returns when they are all there. When
 * one is missing it throws under CI, and otherwise prints one line saying what
 * is not checked and ends the test as skipped, with that line as its note.
 */
export function needTools(context: { skip(note?: string): never | void }, ...tools: Tool[]): void {
  const missing = tools.filter((t) => !hasTool(t));
  if (missing.length === 0) return;
  const line = missingToolsLine(missing);
  if (underCi()) throw new Error(`${line}: CI must have it`);
  console.warn(line);
  context.skip(line);
}

function run(cmd: string, args: string[], timeout = 120_000): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024, timeout });
  return { code: result.status ?? -1, stdout: result.stdout ?? "", stderr: result.stderr ?? String(result.error ?? "") };
}

function withTempFile<T>(bytes: Uint8Array, name: string, use: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "handreichung-check-"));
  try {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    return use(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `pdfinfo -struct-text` of a PDF, run once per content: poppler extracts each
 * structure element's text by reading its page again (about 2 CPU-seconds
 * for the 3-page handout), and a test asks for the findings and the tree of
 * the same bytes. Remembered by a hash of the bytes, a few at a time.
 */
const structTexts = new Map<string, ReturnType<typeof run>>();
function structText(pdf: Uint8Array, file?: string): ReturnType<typeof run> {
  const key = createHash("sha256").update(pdf).digest("hex");
  let result = structTexts.get(key);
  if (!result) {
    result = file ? run("pdfinfo", ["-struct-text", file]) : withTempFile(pdf, "file.pdf", (f) => run("pdfinfo", ["-struct-text", f]));
    if (structTexts.size >= 8) structTexts.delete(structTexts.keys().next().value!);
    structTexts.set(key, result);
  }
  return result;
}

/** qpdf --check: the PDF's syntax and streams. */
export function qpdfFindings(pdf: Uint8Array): Finding[] {
  return withTempFile(pdf, "file.pdf", (file) => {
    const r = run("qpdf", ["--check", file]);
    // 3: warnings only.
    return r.code === 0 || r.code === 3 ? [] : [{ check: "qpdf", message: (r.stdout + r.stderr).trim().split("\n").slice(-3).join(" / ") }];
  });
}

/**
 * The PDF as poppler reads it: tagged, A4, fonts embedded with a Unicode map,
 * the structure tree (`pdfinfo -struct-text`) with a Document, H1 and P, and
 * with `source` every sentence in the tagged text and in the extracted text.
 */
export function popplerFindings(pdf: Uint8Array, options: { source?: string } = {}): Finding[] {
  return withTempFile(pdf, "file.pdf", (file) => {
    const findings: Finding[] = [];
    const fail = (message: string) => findings.push({ check: "poppler", message });
    const info = run("pdfinfo", [file]);
    if (info.code !== 0) return [{ check: "poppler", message: `pdfinfo cannot read it: ${info.stderr.trim()}` }];
    if (!/^Tagged:\s+yes$/m.test(info.stdout)) fail("pdfinfo: not tagged");
    if (!/^Page size:\s+595\.2\d? x 841\.8\d?/m.test(info.stdout)) fail(`pdfinfo: page size is not A4: ${/^Page size:.*$/m.exec(info.stdout)?.[0]}`);
    if (/StructTreeRoot element of tagged PDF is wrong type/.test(info.stderr)) fail("pdfinfo: the structure root is not /Document");
    const fonts = run("pdffonts", [file]).stdout.split("\n").slice(2).filter((l) => l.trim() !== "");
    for (const row of fonts) {
      const cols = row.trim().split(/\s+/);
      if (cols.length >= 5 && (cols[cols.length - 5] !== "yes" || cols[cols.length - 3] !== "yes")) fail(`pdffonts: not embedded with a Unicode map: ${cols[0]}`);
    }
    const struct = structText(pdf, file).stdout;
    // The root prints without "(block)": the first line names it.
    if (struct.split("\n")[0]?.trim() !== "Document") fail(`pdfinfo -struct-text: the root is ${JSON.stringify(struct.split("\n")[0])}, not Document`);
    const roles = new Set([...struct.matchAll(/^\s*([A-Za-z0-9]+) \((?:block|inline)\)/gm)].map((m) => m[1]));
    for (const need of ["H1", "P"]) if (!roles.has(need)) fail(`pdfinfo -struct-text: no ${need}`);
    if (options.source !== undefined) {
      const tagged = [...struct.matchAll(/^\s*"(.*)"\s*$/gm)].map((m) => m[1]).join("\n");
      const total = sourceSentences(options.source).length;
      const missingTagged = missingSentences(options.source, tagged);
      if (missingTagged.length > 0) fail(`${missingTagged.length}/${total} source sentences missing from poppler's tagged text, first: ${JSON.stringify(missingTagged[0])}`);
      const plain = run("pdftotext", ["-enc", "UTF-8", file, "-"]).stdout;
      const missingPlain = missingSentences(options.source, plain);
      if (missingPlain.length > 0) fail(`${missingPlain.length}/${total} source sentences missing from pdftotext's text, first: ${JSON.stringify(missingPlain[0])}`);
    }
    return findings;
  });
}

/** pdftotext's text of a PDF (all pages, or one 1-based page). */
export function pdftotext(pdf: Uint8Array, page?: number): string {
  return withTempFile(pdf, "file.pdf", (file) => run("pdftotext", ["-enc", "UTF-8", ...(page ? ["-f", String(page), "-l", String(page)] : []), file, "-"]).stdout);
}

/**
 * Converts .docx files to PDF with LibreOffice, as an office suite opens them:
 * for each, the PDF's bytes or a finding when LibreOffice cannot. One run for
 * all (LibreOffice's start is most of the time), with a profile of its own so
 * two runs at once do not share (and lock) one.
 */
export function convertWithLibreOffice(docs: readonly Uint8Array[]): ({ pdf: Uint8Array } | { finding: Finding })[] {
  const dir = mkdtempSync(join(tmpdir(), "handreichung-office-"));
  try {
    const files = docs.map((bytes, i) => {
      const file = join(dir, `document-${i + 1}.docx`);
      writeFileSync(file, bytes);
      return file;
    });
    const profile = pathToFileURL(join(dir, "profile")).href;
    const r = run("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", join(dir, "pdf"), ...files], 300_000);
    const made = new Set(readdirSafe(join(dir, "pdf")));
    return files.map((_, i) => {
      const name = `document-${i + 1}.pdf`;
      if (!made.has(name)) return { finding: { check: "libreoffice", message: `LibreOffice could not convert document ${i + 1}: ${(r.stderr || r.stdout).trim().slice(0, 300)}` } };
      return { pdf: new Uint8Array(readFileSync(join(dir, "pdf", name))) };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** An element of the structure tree as poppler reads it (`pdfinfo -struct-text`). */
export interface PopplerNode {
  role: string;
  /** Its own text, one entry per marked-content sequence, in order. */
  text: string[];
  children: PopplerNode[];
  /** Objects it references (OBJR): "121 0". */
  objects: string[];
}

/**
 * The structure tree as poppler reads it: a second, independent reader of the
 * same tree pdf.js reads (`readPdf`). The root is the tree's top element.
 */
export function popplerStructure(pdf: Uint8Array): PopplerNode | Finding {
  const r = structText(pdf);
  if (r.code !== 0) return { check: "poppler", message: `pdfinfo -struct-text cannot read it: ${r.stderr.trim()}` };
  return parsePopplerStructure(r.stdout);
}

/** Parses `pdfinfo -struct-text` output: two spaces of indent per level, quoted text, "Object N G" for OBJR, attributes after "Role:". */
export function parsePopplerStructure(out: string): PopplerNode {
  const root: PopplerNode = { role: "Root", text: [], children: [], objects: [] };
  const stack: { indent: number; node: PopplerNode }[] = [{ indent: -1, node: root }];
  for (const line of out.split("\n")) {
    if (line.trim() === "") continue;
    const indent = line.length - line.trimStart().length;
    const body = line.trim();
    while (stack.length > 1 && stack[stack.length - 1]!.indent >= indent) stack.pop();
    const parent = stack[stack.length - 1]!.node;
    if (body.startsWith('"') && body.endsWith('"') && body.length >= 2) {
      parent.text.push(body.slice(1, -1));
      continue;
    }
    if (body.startsWith("/")) continue; // an attribute of the element above
    const object = /^Object (\d+ \d+)$/.exec(body);
    if (object) {
      parent.objects.push(object[1]!);
      continue;
    }
    const role = body.replace(/ \((?:block|inline)\)$/, "").replace(/:$/, "");
    const node: PopplerNode = { role, text: [], children: [], objects: [] };
    parent.children.push(node);
    stack.push({ indent, node });
  }
  return root;
}

/** One entry of a tree read in order: the roles from the root down, and the element's own text. */
interface TreeEntry {
  path: string;
  text: string;
  objects: number;
}

const squeeze = (s: string) => s.replace(/\s+/g, "");

/** A tree node reduced to what both readers give: role, own text without white space, number of object references. */
interface Plain {
  role: string;
  own: string;
  objects: number;
  children: Plain[];
}

/**
 * Flattens trees to the elements that hold content, in reading order, each
 * with its path of roles and its own text. Neighbours with the same path are
 * joined: pdf.js reads an element that runs over a page break once per page.
 */
function flatten(roots: Plain[]): TreeEntry[] {
  const out: TreeEntry[] = [];
  const walk = (node: Plain, path: string) => {
    const here = path ? `${path}/${node.role}` : node.role;
    if (node.own !== "" || node.objects > 0) {
      const last = out[out.length - 1];
      if (last && last.path === here) {
        last.text += node.own;
        last.objects += node.objects;
      } else out.push({ path: here, text: node.own, objects: node.objects });
    }
    for (const child of node.children) walk(child, here);
  };
  for (const root of roots) walk(root, "");
  return out;
}

/**
 * Compares the structure tree as pdf.js reads it (`readPdf`) with poppler's:
 * the same roles, in the same order, with the same text (white space aside)
 * and the same number of object references. Findings name the first place
 * they part.
 */
export function structureAgreement(pdfjs: PdfDocument, poppler: PopplerNode): Finding[] {
  const fromPdfjs = (n: PdfNode): Plain => ({ role: n.role, own: squeeze(n.ownText), objects: n.objects.length, children: n.children.map(fromPdfjs) });
  const fromPoppler = (n: PopplerNode): Plain => ({ role: n.role, own: squeeze(n.text.join("")), objects: n.objects.length, children: n.children.map(fromPoppler) });
  const a = flatten(pdfjs.pages.flatMap((p) => (p.tree ? p.tree.children.map(fromPdfjs) : [])));
  const b = flatten(poppler.children.map(fromPoppler));
  const findings: Finding[] = [];
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (x && y && x.path === y.path && x.text === y.text && x.objects === y.objects) continue;
    const show = (e: TreeEntry | undefined) => (e ? `${e.path} ${JSON.stringify(e.text.slice(0, 60))}${e.objects ? ` +${e.objects} object(s)` : ""}` : "nothing");
    findings.push({ check: "structure-agreement", message: `element ${i + 1} of ${n}: pdf.js reads ${show(x)}, poppler ${show(y)}` });
    break;
  }
  if (a.length !== b.length && findings.length === 0) findings.push({ check: "structure-agreement", message: `pdf.js reads ${a.length} elements with content, poppler ${b.length}` });
  return findings;
}

/** One font as pdffonts lists it. */
export interface PopplerFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/** The fonts of a PDF as poppler lists them (`pdffonts`). */
export function popplerFonts(pdf: Uint8Array): PopplerFont[] {
  return withTempFile(pdf, "file.pdf", (file) =>
    run("pdffonts", [file])
      .stdout.split("\n")
      .slice(2)
      .filter((l) => l.trim() !== "")
      .map((row) => {
        const cols = row.trim().split(/\s+/);
        const yes = (i: number) => cols[cols.length - i] === "yes";
        return { name: cols[0]!, type: row.slice(37, 54).trim(), embedded: yes(5), subset: yes(4), unicode: yes(3) };
      }),
  );
}
