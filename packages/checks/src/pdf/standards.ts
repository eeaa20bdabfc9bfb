// The machine-checkable requirements of PDF/A-2a (ISO 19005-2, level A) and
// PDF/UA-1 (ISO 14289-1) that a generated handout can break, one assertion
// each, named by its clause (and, for PDF/UA, the Matterhorn Protocol
// checkpoint). They read the file's objects (pdf-lib) and its content streams
// (./content-stream.ts); pdf.js-based checks of structure and text are in
// ./check.ts. What is not checked here is listed in the README.
import type { Finding } from "../findings.js";
import { descendants, parseXml, type XmlElement } from "../xml.js";
import { bytesOf, dictOf, nameOf, parseToUnicode, type Operand } from "./content-stream.js";
import { readTrueType } from "./font-program.js";
import { Obj, PdfFile, type StructElement } from "./objects.js";

export type PdfStandardPart = "PDF/A-2a" | "PDF/UA-1";

export interface PdfRequirement {
  /** Short stable name. */
  id: string;
  /** The clauses it comes from: "ISO 19005-2 6.2.3", "ISO 14289-1 7.18.5". */
  clauses: string[];
  /** Matterhorn Protocol 1.1 checkpoint (PDF/UA), e.g. "28". */
  matterhorn?: string;
  applies: PdfStandardPart[];
  /** What must hold, in words. */
  title: string;
  check(file: PdfFile, facts: Facts): string[];
}

/** The requirement's name in test output and findings: its clauses, then what it asks. */
export function requirementLabel(r: PdfRequirement): string {
  return `${r.clauses.join(" / ")}${r.matterhorn ? ` (Matterhorn ${r.matterhorn})` : ""}: ${r.title}`;
}

const STANDARD_TYPES = new Set(
  "Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form".split(
    " ",
  ),
);

// ISO 19005-2 6.5.1: actions a PDF/A file must not hold.
const FORBIDDEN_ACTIONS = new Set(["Launch", "Sound", "Movie", "ResetForm", "ImportData", "JavaScript", "Hide", "SetOCGState", "Rendition", "Trans", "GoTo3DView"]);
// ISO 19005-2 6.3.1: annotation types a PDF/A file may hold.
const PERMITTED_ANNOTATIONS = new Set([
  "Text", "Link", "FreeText", "Line", "Square", "Circle", "Polygon", "PolyLine", "Highlight", "Underline", "Squiggly", "StrikeOut", "Stamp", "Caret", "Ink", "Popup", "FileAttachment", "Widget", "PrinterMark", "TrapNet", "Watermark", "Redact",
]);
// XMP schemas PDF/A predefines (XMP 2005 and ISO 19005): properties of any other need an extension schema.
const PREDEFINED_XMP = new Set([
  "http://purl.org/dc/elements/1.1/",
  "http://ns.adobe.com/xap/1.0/",
  "http://ns.adobe.com/xap/1.0/rights/",
  "http://ns.adobe.com/xap/1.0/mm/",
  "http://ns.adobe.com/xap/1.0/bj/",
  "http://ns.adobe.com/xap/1.0/t/pg/",
  "http://ns.adobe.com/xmp/1.0/DynamicMedia/",
  "http://ns.adobe.com/pdf/1.3/",
  "http://ns.adobe.com/photoshop/1.0/",
  "http://ns.adobe.com/exif/1.0/",
  "http://ns.adobe.com/exif/1.0/aux/",
  "http://ns.adobe.com/tiff/1.0/",
  "http://ns.adobe.com/camera-raw-settings/1.0/",
  "http://www.aiim.org/pdfa/ns/id/",
  "http://www.aiim.org/pdfa/ns/extension/",
]);
const RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const TEXT_OPERATORS = new Set(["Tj", "TJ", "'", '"']);
const PAINT_OPERATORS = new Set(["Tj", "TJ", "'", '"', "f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "Do", "sh", "EI"]);

/** One font as used on the pages: its dictionary and the codes shown with it. */
interface FontUse {
  font: Obj;
  codes: Set<number>;
}

/** What several requirements read from the pages, gathered once. */
export interface Facts {
  fonts: Map<string | object, FontUse>;
  /** Painting outside any marked content, artifacts inside tagged content and the reverse (by page). */
  marking: { untagged: number[]; artifactInTagged: number[]; taggedInArtifact: number[] };
  /** Colour spaces painted in: DeviceRGB, DeviceGray, DeviceCMYK, ICCBased, … (page numbers by space). */
  colourSpaces: Map<string, Set<number>>;
  xmp: { root: XmlElement | null; error: string | null };
}

function gatherFacts(file: PdfFile): Facts {
  const fonts = new Map<string | object, FontUse>();
  const marking = { untagged: [] as number[], artifactInTagged: [] as number[], taggedInArtifact: [] as number[] };
  const colourSpaces = new Map<string, Set<number>>();
  const used = (space: string, page: number) => {
    let set = colourSpaces.get(space);
    if (!set) colourSpaces.set(space, (set = new Set()));
    set.add(page);
  };
  for (const page of file.pages) {
    const fontRes = page.resources.get("Font");
    const csRes = page.resources.get("ColorSpace");
    const spaceOf = (name: string | undefined) => {
      if (!name) return "?";
      if (name.startsWith("Device") || name === "Pattern") return name;
      const cs = csRes.get(name);
      const family = cs.isArray ? cs.items()[0]?.name : cs.name;
      return family ?? name;
    };
    let current: FontUse | undefined;
    const marks: { artifact: boolean; tagged: boolean }[] = [];
    const note = (list: number[]) => {
      if (list[list.length - 1] !== page.number) list.push(page.number);
    };
    for (const op of page.operations) {
      const o = op.operator;
      if (o === "BDC" || o === "BMC") {
        const artifact = nameOf(op.operands[0]) === "Artifact";
        const props = dictOf(op.operands[1]);
        const tagged = props?.has("MCID") ?? false;
        if (artifact && marks.some((m) => m.tagged)) note(marking.artifactInTagged);
        if (tagged && marks.some((m) => m.artifact)) note(marking.taggedInArtifact);
        marks.push({ artifact, tagged });
        continue;
      }
      if (o === "EMC") {
        marks.pop();
        continue;
      }
      if (PAINT_OPERATORS.has(o) && !marks.some((m) => m.artifact || m.tagged)) note(marking.untagged);
      if (o === "Tf") {
        const font = fontRes.get(nameOf(op.operands[0]) ?? "");
        const key = font.key ?? "?";
        current = fonts.get(key);
        if (!current) fonts.set(key, (current = { font, codes: new Set() }));
      } else if (TEXT_OPERATORS.has(o) && current) {
        const twoByte = current.font.get("Subtype").name === "Type0";
        const strings = o === "TJ" ? ((op.operands[0] as Operand[] | undefined) ?? []).map(bytesOf) : [bytesOf(op.operands[op.operands.length - 1])];
        for (const s of strings) {
          if (!s) continue;
          if (twoByte) for (let i = 0; i + 1 < s.length; i += 2) current.codes.add(s[i]! * 256 + s[i + 1]!);
          else for (const b of s) current.codes.add(b);
        }
      } else if (o === "rg" || o === "RG") used("DeviceRGB", page.number);
      else if (o === "g" || o === "G") used("DeviceGray", page.number);
      else if (o === "k" || o === "K") used("DeviceCMYK", page.number);
      else if (o === "cs" || o === "CS") used(spaceOf(nameOf(op.operands[0])), page.number);
      else if (o === "Do") {
        const xobject = page.resources.get("XObject").get(nameOf(op.operands[0]) ?? "");
        if (xobject.get("Subtype").name === "Image" && !xobject.get("ImageMask").bool) {
          const cs = xobject.get("ColorSpace");
          used((cs.isArray ? cs.items()[0]?.name : cs.name) ?? "?", page.number);
        }
      }
    }
  }
  let xmp: Facts["xmp"] = { root: null, error: "no XMP metadata stream in the catalog" };
  const text = file.xmp;
  if (text !== null) {
    try {
      xmp = { root: parseXml(text, "XMP"), error: null };
    } catch (error) {
      xmp = { root: null, error: `XMP is not well-formed XML: ${(error as Error).message}` };
    }
  }
  return { fonts, marking, colourSpaces, xmp };
}

/** Properties of the XMP packet: namespace URI, local name, value text, with the rdf:li values of arrays. */
interface XmpProperty {
  ns: string;
  name: string;
  text: string;
  items: { text: string; lang?: string }[];
}

function xmpProperties(root: XmlElement): XmpProperty[] {
  const out: XmpProperty[] = [];
  const walk = (el: XmlElement, scope: Map<string, string>) => {
    const here = new Map(scope);
    for (const [k, v] of Object.entries(el.attributes)) {
      if (k === "xmlns") here.set("", v);
      else if (k.startsWith("xmlns:")) here.set(k.slice(6), v);
    }
    const resolve = (qname: string) => {
      const colon = qname.indexOf(":");
      return colon < 0 ? { ns: here.get("") ?? "", name: qname } : { ns: here.get(qname.slice(0, colon)) ?? "?", name: qname.slice(colon + 1) };
    };
    const { ns, name } = resolve(el.name);
    if (ns === RDF && name === "Description") {
      for (const [k, v] of Object.entries(el.attributes)) {
        if (k.startsWith("xmlns") || k === "rdf:about") continue;
        const a = resolve(k);
        if (a.ns !== RDF) out.push({ ...a, text: v, items: [] });
      }
      for (const child of el.children) {
        if (typeof child === "string") continue;
        const p = resolve(child.name);
        const items: XmpProperty["items"] = [];
        const collect = (e: XmlElement) => {
          for (const c of e.children) {
            if (typeof c === "string") continue;
            if (c.name === "rdf:li") {
              const lang = c.attributes["xml:lang"];
              items.push({ text: textOf(c), ...(lang !== undefined ? { lang } : {}) });
            } else collect(c);
          }
        };
        collect(child);
        out.push({ ...p, text: textOf(child), items });
      }
    }
    for (const child of el.children) if (typeof child !== "string") walk(child, here);
  };
  walk(root, new Map());
  return out;
}

const textOf = (e: XmlElement): string => e.children.map((c) => (typeof c === "string" ? c : textOf(c))).join("").trim();

function xmpValue(props: XmpProperty[], ns: string, name: string): XmpProperty | undefined {
  return props.find((p) => p.ns === ns && p.name === name);
}

/** The fonts of the file and their descendant font and descriptor. */
function fontParts(font: Obj): { font: Obj; cid: Obj | null; descriptor: Obj } {
  if (font.get("Subtype").name === "Type0") {
    const cid = font.get("DescendantFonts").items()[0] ?? new Obj(font.file, undefined);
    return { font, cid, descriptor: cid.get("FontDescriptor") };
  }
  return { font, cid: null, descriptor: font.get("FontDescriptor") };
}

function fontName(font: Obj): string {
  return font.get("BaseFont").name ?? "(unnamed font)";
}

/** W array of a CIDFont: CID → width. */
function cidWidths(cid: Obj): Map<number, number> {
  const out = new Map<number, number>();
  const w = cid.get("W").items();
  for (let i = 0; i < w.length; ) {
    const first = w[i]!.number;
    const next = w[i + 1];
    if (first === undefined || !next) break;
    if (next.isArray) {
      next.items().forEach((width, k) => out.set(first + k, width.number ?? NaN));
      i += 2;
    } else {
      const last = next.number ?? first;
      const width = w[i + 2]?.number ?? NaN;
      for (let c = first; c <= last && c - first < 0x10000; c++) out.set(c, width);
      i += 3;
    }
  }
  return out;
}

/** For each font: problem messages from `check`, prefixed with the font's name. */
function eachUsedFont(facts: Facts, check: (use: FontUse, parts: ReturnType<typeof fontParts>) => string[]): string[] {
  return [...facts.fonts.values()].flatMap((use) => check(use, fontParts(use.font)).map((m) => `${fontName(use.font)}: ${m}`));
}

function fontProgram(descriptor: Obj) {
  const file2 = descriptor.get("FontFile2");
  if (!file2.isStream) return "no FontFile2 (TrueType) program to read";
  return readTrueType(file2.data());
}

/** The element an annotation's StructParent leads to, through the parent tree. */
function annotationParent(file: PdfFile, tree: Map<number, Obj>, annot: Obj): Obj | null {
  const key = annot.get("StructParent").number;
  if (key === undefined) return null;
  return tree.get(key) ?? null;
}

function elementOfRef(file: PdfFile, ref: string | null): StructElement | undefined {
  return ref ? file.elements.find((e) => e.obj.ref === ref) : undefined;
}

const allAnnotations = (file: PdfFile) => file.pages.flatMap((p) => p.annotations.map((a) => ({ page: p.number, annot: a })));

// Shared by both standards: the font requirements of PDF/A-2 6.2.11 are those of PDF/UA-1 7.21.
const fontsEmbedded = (file: PdfFile, facts: Facts) =>
  eachUsedFont(facts, (_use, { descriptor }) => (["FontFile", "FontFile2", "FontFile3"].some((k) => descriptor.get(k).isStream) ? [] : ["the font program is not embedded"]));

export const PDF_REQUIREMENTS: PdfRequirement[] = [
  {
    id: "header",
    clauses: ["ISO 19005-2 6.1.2"],
    applies: ["PDF/A-2a"],
    title: "the file header is %PDF-1.n followed by a comment of at least four bytes above 127",
    check(file) {
      const b = file.bytes;
      const head = String.fromCharCode(...b.subarray(0, 8));
      if (!/^%PDF-1\.[0-7]$/.test(head)) return [`header is ${JSON.stringify(head)}`];
      let at = 8;
      while (b[at] === 0x0d || b[at] === 0x0a) at++;
      const high = b[at] === 0x25 ? [...b.subarray(at + 1, at + 5)].filter((x) => x > 127).length : 0;
      return high === 4 ? [] : ["the second line is no comment of four bytes above 127"];
    },
  },
  {
    id: "trailer",
    clauses: ["ISO 19005-2 6.1.3"],
    applies: ["PDF/A-2a"],
    title: "the trailer has a file identifier (/ID) and no /Encrypt",
    check(file) {
      const out: string[] = [];
      const id = file.trailer.id.items();
      if (id.length !== 2 || id.some((s) => s.stringBytes === undefined || s.stringBytes.length === 0)) out.push("no /ID of two strings in the trailer");
      if (file.trailer.encrypt.exists) out.push("the trailer has /Encrypt");
      return out;
    },
  },
  {
    id: "streams",
    clauses: ["ISO 19005-2 6.1.7"],
    applies: ["PDF/A-2a"],
    title: "no stream refers to an external file (/F, /FFilter, /FDecodeParms) or uses LZW or Crypt filters",
    check(file) {
      const out: string[] = [];
      for (const obj of file.indirectObjects()) {
        if (!obj.isStream) continue;
        for (const key of ["F", "FFilter", "FDecodeParms"]) if (obj.has(key)) out.push(`stream ${obj.ref} has /${key}`);
        for (const f of obj.get("Filter").items()) if (f.name === "LZWDecode" || f.name === "Crypt") out.push(`stream ${obj.ref} uses /${f.name}`);
      }
      return out;
    },
  },
  {
    id: "output-intent",
    clauses: ["ISO 19005-2 6.2.3"],
    applies: ["PDF/A-2a"],
    title: "a GTS_PDFA1 output intent with an embedded RGB ICC profile (N 3)",
    check(file) {
      const intents = file.catalog.get("OutputIntents").items().filter((i) => i.get("S").name === "GTS_PDFA1");
      if (intents.length === 0) return ["no /OutputIntents entry with /S /GTS_PDFA1 in the catalog"];
      const profiles = new Set(intents.map((i) => i.get("DestOutputProfile").key));
      if (profiles.size > 1) return ["output intents with different profiles"];
      const profile = intents[0]!.get("DestOutputProfile");
      if (!profile.isStream) return ["the output intent has no /DestOutputProfile stream"];
      const icc = profile.data();
      const tag = (at: number) => String.fromCharCode(...icc.subarray(at, at + 4));
      const out: string[] = [];
      if (icc.length < 128 || tag(36) !== "acsp") out.push("/DestOutputProfile is no ICC profile");
      else {
        if (tag(16) !== "RGB ") out.push(`the ICC profile's colour space is ${JSON.stringify(tag(16))}, not RGB`);
        if (!["mntr", "prtr", "scnr", "spac"].includes(tag(12))) out.push(`the ICC profile's class is ${JSON.stringify(tag(12))}`);
        const size = ((icc[0]! << 24) | (icc[1]! << 16) | (icc[2]! << 8) | icc[3]!) >>> 0;
        if (size !== icc.length) out.push(`the ICC profile says ${size} bytes but has ${icc.length}`);
      }
      if (profile.get("N").number !== 3) out.push(`the profile stream's /N is ${profile.get("N").number}, not 3`);
      if (!intents[0]!.get("OutputConditionIdentifier").text) out.push("the output intent has no /OutputConditionIdentifier");
      return out;
    },
  },
  {
    id: "device-colour",
    clauses: ["ISO 19005-2 6.2.4.3"],
    applies: ["PDF/A-2a"],
    title: "device colours only as the RGB output intent allows: DeviceRGB and DeviceGray, never DeviceCMYK",
    check(file, facts) {
      const out: string[] = [];
      const rgbIntent = file.catalog.get("OutputIntents").items().some((i) => {
        const icc = i.get("DestOutputProfile").data();
        return String.fromCharCode(...icc.subarray(16, 20)) === "RGB ";
      });
      for (const [space, pages] of facts.colourSpaces) {
        const where = `page(s) ${[...pages].join(", ")}`;
        if (space === "DeviceCMYK") out.push(`DeviceCMYK used on ${where} with no CMYK output intent`);
        if ((space === "DeviceRGB" || space === "DeviceGray") && !rgbIntent) out.push(`${space} used on ${where} with no RGB output intent`);
      }
      return out;
    },
  },
  {
    id: "images",
    clauses: ["ISO 19005-2 6.2.8"],
    applies: ["PDF/A-2a"],
    title: "images without /Alternates, /OPI or /Interpolate true, 1–16 bits per component; soft masks are greyscale images",
    check(file) {
      const out: string[] = [];
      for (const obj of file.indirectObjects()) {
        if (!obj.isStream || obj.get("Subtype").name !== "Image") continue;
        if (obj.has("Alternates")) out.push(`image ${obj.ref} has /Alternates`);
        if (obj.has("OPI")) out.push(`image ${obj.ref} has /OPI`);
        if (obj.get("Interpolate").bool === true) out.push(`image ${obj.ref} has /Interpolate true`);
        const bpc = obj.get("BitsPerComponent").number;
        if (bpc !== undefined && ![1, 2, 4, 8, 16].includes(bpc)) out.push(`image ${obj.ref} has ${bpc} bits per component`);
        const mask = obj.get("SMask");
        if (mask.exists && (!mask.isStream || mask.get("Subtype").name !== "Image" || mask.get("ColorSpace").name !== "DeviceGray")) out.push(`image ${obj.ref} has a soft mask that is no DeviceGray image`);
      }
      return out;
    },
  },
  {
    id: "xobjects",
    clauses: ["ISO 19005-2 6.2.9", "ISO 14289-1 7.20"],
    matterhorn: "30",
    applies: ["PDF/A-2a", "PDF/UA-1"],
    title: "no external content: no reference XObjects (/Ref), no PostScript XObjects, no OPI",
    check(file) {
      const out: string[] = [];
      for (const obj of file.indirectObjects()) {
        if (!obj.isStream || obj.get("Type").name !== "XObject") continue;
        const sub = obj.get("Subtype").name;
        if (sub === "PS" || obj.get("Subtype2").name === "PS") out.push(`XObject ${obj.ref} is PostScript`);
        if (sub === "Form" && obj.has("Ref")) out.push(`form XObject ${obj.ref} is a reference XObject`);
        if (sub === "Form" && obj.has("OPI")) out.push(`form XObject ${obj.ref} has /OPI`);
      }
      return out;
    },
  },
  {
    id: "extgstate",
    clauses: ["ISO 19005-2 6.2.5"],
    applies: ["PDF/A-2a"],
    title: "graphics states without transfer functions (/TR, /TR2 other than /Default) or halftones with /HTP",
    check(file) {
      const out: string[] = [];
      for (const page of file.pages) {
        const states = page.resources.get("ExtGState");
        for (const key of states.keys()) {
          const gs = states.get(key);
          if (gs.has("TR")) out.push(`page ${page.number}: /${key} has /TR`);
          if (gs.has("TR2") && gs.get("TR2").name !== "Default") out.push(`page ${page.number}: /${key} has /TR2`);
          if (gs.has("HTP")) out.push(`page ${page.number}: /${key} has /HTP`);
        }
      }
      return out;
    },
  },
  {
    id: "fonts-embedded",
    clauses: ["ISO 19005-2 6.2.11.4.1", "ISO 14289-1 7.21.4.1"],
    matterhorn: "31",
    applies: ["PDF/A-2a", "PDF/UA-1"],
    title: "every font used is embedded",
    check: fontsEmbedded,
  },
  {
    id: "cid-to-gid",
    clauses: ["ISO 19005-2 6.2.11.3.2", "ISO 14289-1 7.21.3.2"],
    matterhorn: "31",
    applies: ["PDF/A-2a", "PDF/UA-1"],
    title: "every embedded TrueType CIDFont has a /CIDToGIDMap (Identity or a stream)",
    check: (_file, facts) =>
      eachUsedFont(facts, (_use, { cid }) => {
        if (!cid || cid.get("Subtype").name !== "CIDFontType2") return [];
        const map = cid.get("CIDToGIDMap");
        return map.name === "Identity" || map.isStream ? [] : ["no /CIDToGIDMap"];
      }),
  },
  {
    id: "cidset",
    clauses: ["ISO 19005-2 6.2.11.4.2", "ISO 14289-1 7.21.4.2"],
    matterhorn: "31",
    applies: ["PDF/A-2a", "PDF/UA-1"],
    title: "a /CIDSet, where there is one, lists every glyph of the embedded subset",
    check: (_file, facts) =>
      eachUsedFont(facts, (_use, { descriptor }) => {
        const set = descriptor.get("CIDSet");
        if (!set.exists) return [];
        const program = fontProgram(descriptor);
        if (typeof program === "string") return [program];
        const bits = set.data();
        const missing: number[] = [];
        for (let gid = 0; gid < program.numGlyphs; gid++) if (!((bits[gid >> 3] ?? 0) & (0x80 >> (gid & 7)))) missing.push(gid);
        return missing.length ? [`/CIDSet lacks ${missing.length} glyph(s) of the font program, first CID ${missing[0]}`] : [];
      }),
  },
  {
    id: "widths",
    clauses: ["ISO 19005-2 6.2.11.5", "ISO 14289-1 7.21.5"],
    matterhorn: "31",
    applies: ["PDF/A-2a", "PDF/UA-1"],
    title: "the widths in the font dictionary (/W) agree with the embedded font program for every glyph used",
    check: (_file, facts) =>
      eachUsedFont(facts, (use, { cid, descriptor }) => {
        if (!cid) return ["not a composite font (only CIDFonts are checked here)"];
        const program = fontProgram(descriptor);
        if (typeof program === "string") return [program];
        const widths = cidWidths(cid);
        const fallback = cid.get("DW").number ?? 1000;
        const wrong: string[] = [];
        for (const code of use.codes) {
          const declared = widths.get(code) ?? fallback;
          const actual = (program.advance(code) * 1000) / program.unitsPerEm;
          if (Math.abs(declared - actual) > 1) wrong.push(`CID ${code}: /W ${declared}, font program ${actual}`);
        }
        return wrong.length ? [`${wrong.length} width(s) disagree, first ${wrong[0]}`] : [];
      }),
  },
  {
    id: "unicode",
    clauses: ["ISO 19005-2 6.2.11.7", "ISO 14289-1 7.21.7"],
    matterhorn: "31",
    applies: ["PDF/A-2a", "PDF/UA-1"],
    title: "every font has a ToUnicode map, and every glyph used maps to Unicode (not to 0, U+FEFF or U+FFFE)",
    check: (_file, facts) =>
      eachUsedFont(facts, (use, { font }) => {
        const cmap = font.get("ToUnicode");
        if (!cmap.isStream) return ["no /ToUnicode map"];
        const map = parseToUnicode(cmap.data());
        const bad = [...use.codes].filter((c) => {
          const u = map.get(c);
          return u === undefined || u === "" || u === "\u0000" || u === "\ufeff" || u === "\ufffe";
        });
        return bad.length ? [`${bad.length} code(s) used without a Unicode value, first ${bad[0]}`] : [];
      }),
  },
  {
    id: "notdef",
    clauses: ["ISO 19005-2 6.2.11.8", "ISO 14289-1 7.21.8"],
    matterhorn: "31",
    applies: ["PDF/A-2a", "PDF/UA-1"],
    title: "no text shows the .notdef glyph",
    check: (_file, facts) =>
      eachUsedFont(facts, (use, { cid }) => {
        // With /CIDToGIDMap /Identity, CID 0 is glyph 0, the .notdef glyph.
        if (cid && cid.get("CIDToGIDMap").name === "Identity" && use.codes.has(0)) return [".notdef (CID 0) is shown"];
        return [];
      }),
  },
  {
    id: "annotation-types",
    clauses: ["ISO 19005-2 6.3.1"],
    applies: ["PDF/A-2a"],
    title: "only annotation types PDF/A permits (no 3D, Sound, Movie, Screen)",
    check: (file) =>
      allAnnotations(file)
        .filter(({ annot }) => !PERMITTED_ANNOTATIONS.has(annot.get("Subtype").name ?? ""))
        .map(({ page, annot }) => `page ${page}: a /${annot.get("Subtype").name} annotation`),
  },
  {
    id: "annotation-flags",
    clauses: ["ISO 19005-2 6.3.2"],
    applies: ["PDF/A-2a"],
    title: "every annotation prints (/F with Print set) and is not hidden (Hidden, Invisible, NoView, ToggleNoView clear)",
    check: (file) =>
      allAnnotations(file).flatMap(({ page, annot }) => {
        if (annot.get("Subtype").name === "Popup") return [];
        const f = annot.get("F").number;
        if (f === undefined) return [`page ${page}: an annotation without /F`];
        if (!(f & 4)) return [`page ${page}: an annotation that does not print (/F ${f})`];
        if (f & (1 | 2 | 32 | 256)) return [`page ${page}: a hidden annotation (/F ${f})`];
        return [];
      }),
  },
  {
    id: "annotation-appearance",
    clauses: ["ISO 19005-2 6.3.3"],
    applies: ["PDF/A-2a"],
    title: "every annotation has an appearance stream (/AP with only /N)",
    check: (file) =>
      allAnnotations(file).flatMap(({ page, annot }) => {
        if (annot.get("Subtype").name === "Popup") return [];
        const ap = annot.get("AP");
        if (!ap.exists) return [`page ${page}: an annotation without /AP`];
        const keys = ap.keys();
        if (keys.length !== 1 || keys[0] !== "N") return [`page ${page}: /AP holds ${keys.join(", ")}, not only /N`];
        return ap.get("N").isStream || ap.get("N").dict ? [] : [`page ${page}: /AP /N is no appearance stream`];
      }),
  },
  {
    id: "actions",
    clauses: ["ISO 19005-2 6.5"],
    applies: ["PDF/A-2a"],
    title: "no JavaScript and no forbidden actions (Launch, Sound, Movie, ResetForm, ImportData, Hide, …), no additional actions (/AA)",
    check(file) {
      const out: string[] = [];
      const action = (a: Obj, where: string) => {
        for (let x = a, n = 0; x.exists && n < 100; x = x.get("Next"), n++) {
          const type = x.get("S").name ?? "?";
          if (FORBIDDEN_ACTIONS.has(type)) out.push(`${where}: a ${type} action`);
        }
      };
      if (file.catalog.has("AA")) out.push("the catalog has /AA");
      if (file.catalog.has("OpenAction") && file.catalog.get("OpenAction").dict && file.catalog.get("OpenAction").has("S")) action(file.catalog.get("OpenAction"), "/OpenAction");
      if (file.catalog.get("Names").has("JavaScript")) out.push("the catalog's name tree has /JavaScript");
      for (const page of file.pages) if (page.page.has("AA")) out.push(`page ${page.number} has /AA`);
      for (const { page, annot } of allAnnotations(file)) {
        if (annot.has("AA")) out.push(`page ${page}: an annotation with /AA`);
        if (annot.has("A")) action(annot.get("A"), `page ${page}: an annotation`);
      }
      const outline = (item: Obj, n: number) => {
        for (let x = item; x.exists && n < 10_000; x = x.get("Next"), n++) {
          if (x.has("A")) action(x.get("A"), `bookmark ${JSON.stringify(x.get("Title").text)}`);
          outline(x.get("First"), n + 1);
        }
      };
      outline(file.catalog.get("Outlines").get("First"), 0);
      return out;
    },
  },
  {
    id: "embedded-files",
    clauses: ["ISO 19005-2 6.8", "ISO 14289-1 7.11"],
    matterhorn: "21",
    applies: ["PDF/A-2a", "PDF/UA-1"],
    title: "no embedded files (the handout has no attachments)",
    check: (file) => (file.catalog.get("Names").has("EmbeddedFiles") ? ["the catalog's name tree has /EmbeddedFiles"] : []),
  },
  {
    id: "metadata-stream",
    clauses: ["ISO 19005-2 6.6.2.1", "ISO 14289-1 7.1"],
    matterhorn: "06",
    applies: ["PDF/A-2a", "PDF/UA-1"],
    title: "the catalog has an unfiltered XMP metadata stream that is well-formed, its xpacket header without bytes or encoding",
    check(file, facts) {
      const meta = file.catalog.get("Metadata");
      if (!meta.isStream) return ["no /Metadata stream in the catalog"];
      const out: string[] = [];
      if (meta.get("Type").name !== "Metadata" || meta.get("Subtype").name !== "XML") out.push("/Metadata is not /Type /Metadata /Subtype /XML");
      if (meta.has("Filter")) out.push("the metadata stream is filtered");
      const text = file.xmp ?? "";
      const header = text.slice(0, text.indexOf("?>") + 2);
      if (!header.startsWith("<?xpacket begin=")) out.push("no xpacket header at the start");
      if (/\b(bytes|encoding)=/.test(header)) out.push("the xpacket header has bytes or encoding");
      if (facts.xmp.error) out.push(facts.xmp.error);
      return out;
    },
  },
  {
    id: "xmp-schemas",
    clauses: ["ISO 19005-2 6.6.2.3"],
    applies: ["PDF/A-2a"],
    title: "every XMP property is of a predefined schema or one described by a PDF/A extension schema",
    check(_file, facts) {
      if (!facts.xmp.root) return [facts.xmp.error ?? "no XMP"];
      const props = xmpProperties(facts.xmp.root);
      const declared = new Map<string, Set<string>>();
      for (const schema of descendants(facts.xmp.root, "pdfaSchema:namespaceURI")) {
        const li = parentOf(facts.xmp.root, schema);
        if (!li) continue;
        const names = new Set(descendants(li, "pdfaProperty:name").map(textOf));
        const types = descendants(li, "pdfaProperty:valueType").map(textOf);
        if (types.length !== names.size || types.some((t) => t === "")) continue;
        declared.set(textOf(schema), names);
      }
      return props
        .filter((p) => p.ns !== "http://www.aiim.org/pdfa/ns/extension/" && !PREDEFINED_XMP.has(p.ns) && !declared.get(p.ns)?.has(p.name))
        .map((p) => `property ${p.name} of ${p.ns} is neither predefined nor described by an extension schema`);
    },
  },
  {
    id: "pdfaid",
    clauses: ["ISO 19005-2 6.6.4"],
    applies: ["PDF/A-2a"],
    title: "XMP identifies the file as PDF/A-2 level A (pdfaid:part 2, pdfaid:conformance A)",
    check(_file, facts) {
      if (!facts.xmp.root) return [facts.xmp.error ?? "no XMP"];
      const props = xmpProperties(facts.xmp.root);
      const ns = "http://www.aiim.org/pdfa/ns/id/";
      const part = xmpValue(props, ns, "part")?.text;
      const conformance = xmpValue(props, ns, "conformance")?.text;
      return part === "2" && conformance === "A" ? [] : [`pdfaid:part ${JSON.stringify(part)}, pdfaid:conformance ${JSON.stringify(conformance)}`];
    },
  },
  {
    id: "info-xmp",
    clauses: ["ISO 32000-1 14.3.3", "ISO 19005-1 6.7.3"],
    applies: ["PDF/A-2a"],
    title: "Info and XMP agree: Title, Author, Subject, Creator, Producer, Keywords, creation and modification dates",
    check(file, facts) {
      if (!facts.xmp.root) return [facts.xmp.error ?? "no XMP"];
      const props = xmpProperties(facts.xmp.root);
      const info = file.trailer.info;
      const out: string[] = [];
      const dc = "http://purl.org/dc/elements/1.1/";
      const xmp = "http://ns.adobe.com/xap/1.0/";
      const pdf = "http://ns.adobe.com/pdf/1.3/";
      const pairs: [string, string | undefined][] = [
        ["Title", xmpValue(props, dc, "title")?.items.find((i) => i.lang === "x-default")?.text],
        ["Author", (() => {
          const items = xmpValue(props, dc, "creator")?.items;
          return items && items.length === 1 ? items[0]!.text : undefined;
        })()],
        ["Subject", xmpValue(props, dc, "description")?.items.find((i) => i.lang === "x-default")?.text],
        ["Creator", xmpValue(props, xmp, "CreatorTool")?.text],
        ["Producer", xmpValue(props, pdf, "Producer")?.text],
        ["Keywords", xmpValue(props, pdf, "Keywords")?.text],
      ];
      for (const [key, inXmp] of pairs) {
        const inInfo = info.get(key).text;
        if (inInfo === undefined && inXmp === undefined) continue;
        if (inInfo !== inXmp) out.push(`Info /${key} ${JSON.stringify(inInfo)} but XMP ${JSON.stringify(inXmp)}`);
      }
      for (const [key, name] of [["CreationDate", "CreateDate"], ["ModDate", "ModifyDate"]] as const) {
        const inInfo = info.get(key).text;
        const inXmp = xmpValue(props, xmp, name)?.text;
        if (inInfo === undefined && inXmp === undefined) continue;
        const a = inInfo === undefined ? NaN : pdfDate(inInfo);
        const b = inXmp === undefined ? NaN : Date.parse(inXmp);
        if (!(a === b)) out.push(`Info /${key} ${JSON.stringify(inInfo)} but XMP xmp:${name} ${JSON.stringify(inXmp)}`);
      }
      return out;
    },
  },
  {
    id: "mark-info",
    clauses: ["ISO 19005-2 6.7.2.2", "ISO 14289-1 7.1"],
    matterhorn: "01",
    applies: ["PDF/A-2a", "PDF/UA-1"],
    title: "tagged: /MarkInfo /Marked true, /Suspects not true, and a /StructTreeRoot",
    check(file) {
      const out: string[] = [];
      const mark = file.catalog.get("MarkInfo");
      if (mark.get("Marked").bool !== true) out.push("/MarkInfo /Marked is not true");
      if (mark.get("Suspects").bool === true) out.push("/MarkInfo /Suspects is true");
      if (!file.catalog.get("StructTreeRoot").dict) out.push("no /StructTreeRoot");
      return out;
    },
  },
  {
    id: "role-map",
    clauses: ["ISO 19005-2 6.7.3.4", "ISO 14289-1 7.1"],
    matterhorn: "02",
    applies: ["PDF/A-2a", "PDF/UA-1"],
    title: "every structure type is standard or mapped by the role map to a standard one, without circles; no standard type remapped",
    check(file) {
      const out = new Set<string>();
      for (const [from] of file.roleMap) if (STANDARD_TYPES.has(from)) out.add(`the standard type ${from} is remapped`);
      for (const el of file.elements) {
        let type = el.type;
        const seen = new Set<string>();
        while (!STANDARD_TYPES.has(type)) {
          if (seen.has(type)) {
            out.add(`a circular mapping through ${type}`);
            break;
          }
          seen.add(type);
          const next = file.roleMap.get(type);
          if (!next) {
            out.add(`the type ${el.type} is neither standard nor mapped to a standard type`);
            break;
          }
          type = next;
        }
      }
      return [...out];
    },
  },
  {
    id: "language",
    clauses: ["ISO 19005-2 6.7.4", "ISO 14289-1 7.2"],
    matterhorn: "11",
    applies: ["PDF/A-2a", "PDF/UA-1"],
    title: "the catalog declares the natural language (/Lang, a language tag)",
    check(file) {
      const lang = file.catalog.get("Lang").text;
      return lang && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(lang) ? [] : [`catalog /Lang is ${JSON.stringify(lang)}`];
    },
  },
  {
    id: "content-tagged",
    clauses: ["ISO 14289-1 7.1"],
    matterhorn: "01",
    applies: ["PDF/UA-1"],
    title: "everything painted is tagged content or an artifact, never an artifact inside tagged content or the reverse",
    check(_file, facts) {
      const { untagged, artifactInTagged, taggedInArtifact } = facts.marking;
      const out: string[] = [];
      if (untagged.length) out.push(`content neither tagged nor an artifact on page(s) ${untagged.join(", ")}`);
      if (artifactInTagged.length) out.push(`an artifact inside tagged content on page(s) ${artifactInTagged.join(", ")}`);
      if (taggedInArtifact.length) out.push(`tagged content inside an artifact on page(s) ${taggedInArtifact.join(", ")}`);
      return out;
    },
  },
  {
    id: "pdfuaid",
    clauses: ["ISO 14289-1 5"],
    matterhorn: "06",
    applies: ["PDF/UA-1"],
    title: "XMP identifies the file as PDF/UA-1 (pdfuaid:part 1)",
    check(_file, facts) {
      if (!facts.xmp.root) return [facts.xmp.error ?? "no XMP"];
      const part = xmpValue(xmpProperties(facts.xmp.root), "http://www.aiim.org/pdfua/ns/id/", "part")?.text;
      return part === "1" ? [] : [`pdfuaid:part is ${JSON.stringify(part)}`];
    },
  },
  {
    id: "title",
    clauses: ["ISO 14289-1 7.1"],
    matterhorn: "06, 07",
    applies: ["PDF/UA-1"],
    title: "a title in XMP (dc:title) that the viewer shows (/ViewerPreferences /DisplayDocTitle true)",
    check(file, facts) {
      const out: string[] = [];
      const title = facts.xmp.root ? xmpValue(xmpProperties(facts.xmp.root), "http://purl.org/dc/elements/1.1/", "title")?.items[0]?.text : undefined;
      if (!title) out.push("no dc:title in XMP");
      if (file.catalog.get("ViewerPreferences").get("DisplayDocTitle").bool !== true) out.push("/ViewerPreferences /DisplayDocTitle is not true");
      return out;
    },
  },
  {
    id: "no-encryption",
    clauses: ["ISO 14289-1 7.16"],
    matterhorn: "26",
    applies: ["PDF/UA-1"],
    title: "no encryption that keeps assistive technology out",
    check(file) {
      const enc = file.trailer.encrypt;
      if (!enc.exists) return [];
      const p = enc.get("P").number ?? 0;
      return p & (1 << 9) ? [] : ["/Encrypt without the accessibility permission (bit 10 of /P)"];
    },
  },
  {
    id: "annotations-tagged",
    clauses: ["ISO 14289-1 7.18.1"],
    matterhorn: "28",
    applies: ["PDF/UA-1"],
    title: "every annotation is in the structure tree (its /StructParent leads to an element that holds an OBJR for it) and has /Contents or /Alt",
    check(file) {
      const tree = file.parentTree();
      return allAnnotations(file).flatMap(({ page, annot }) => {
        const type = annot.get("Subtype").name;
        if (type === "Popup" || (annot.get("F").number ?? 0) & 2) return [];
        const parent = annotationParent(file, tree, annot);
        const el = elementOfRef(file, parent?.ref ?? null);
        const out: string[] = [];
        if (!el || !el.objrs.includes(annot.ref ?? "")) out.push(`page ${page}: a ${type} annotation outside the structure tree`);
        if (type !== "Widget" && !annot.get("Contents").text && !el?.obj.get("Alt").text) out.push(`page ${page}: a ${type} annotation without /Contents or /Alt`);
        return out;
      });
    },
  },
  {
    id: "tab-order",
    clauses: ["ISO 14289-1 7.18.3"],
    matterhorn: "28",
    applies: ["PDF/UA-1"],
    title: "every page with annotations has tab order /Tabs /S",
    check: (file) => file.pages.filter((p) => p.annotations.length > 0 && p.page.get("Tabs").name !== "S").map((p) => `page ${p.number}: /Tabs is ${p.page.get("Tabs").name ?? "missing"}`),
  },
  {
    id: "links",
    clauses: ["ISO 14289-1 7.18.5"],
    matterhorn: "28",
    applies: ["PDF/UA-1"],
    title: "every link annotation is referenced (OBJR) from a Link structure element and describes itself in /Contents",
    check(file) {
      const tree = file.parentTree();
      return allAnnotations(file)
        .filter(({ annot }) => annot.get("Subtype").name === "Link")
        .flatMap(({ page, annot }) => {
          const el = elementOfRef(file, annotationParent(file, tree, annot)?.ref ?? null);
          const out: string[] = [];
          const role = el ? (file.roleMap.get(el.type) ?? el.type) : undefined;
          if (!el || role !== "Link" || !el.objrs.includes(annot.ref ?? "")) out.push(`page ${page}: a link annotation not inside a Link element`);
          if (!annot.get("Contents").text?.trim()) out.push(`page ${page}: a link annotation without /Contents`);
          return out;
        });
    },
  },
  {
    id: "no-xfa",
    clauses: ["ISO 14289-1 7.15", "ISO 19005-2 6.4.2"],
    matterhorn: "25",
    applies: ["PDF/UA-1", "PDF/A-2a"],
    title: "no XFA forms",
    check: (file) => (file.catalog.get("AcroForm").has("XFA") ? ["the AcroForm has /XFA"] : []),
  },
];

/** The rdf:li that holds `target` (one extension schema). */
function parentOf(root: XmlElement, target: XmlElement): XmlElement | undefined {
  let found: XmlElement | undefined;
  const walk = (e: XmlElement, li: XmlElement | undefined) => {
    for (const c of e.children) {
      if (typeof c === "string") continue;
      if (c === target) found = li;
      walk(c, c.name === "rdf:li" && c.children.some((x) => typeof x !== "string" && x.name.startsWith("pdfaSchema:")) ? c : li);
    }
  };
  walk(root, undefined);
  return found;
}

/** D:20240301000000Z, D:20240301000000+01'00' → milliseconds. */
function pdfDate(text: string): number {
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(text);
  if (!m) return NaN;
  const [y, mo = "01", d = "01", h = "00", mi = "00", s = "00"] = m.slice(1, 7) as string[];
  let ms = Date.UTC(+y!, +mo - 1, +d, +h, +mi, +s);
  const tz = m[7];
  if (tz && tz !== "Z") {
    const sign = tz[0] === "-" ? -1 : 1;
    const digits = tz.slice(1).replace(/'/g, "");
    ms -= sign * (+digits.slice(0, 2) * 60 + +digits.slice(2, 4)) * 60_000;
  }
  return ms;
}

export interface StandardCheckOptions {
  /** The standards the file must meet; default both. */
  standards?: readonly PdfStandardPart[];
}

/** Reads the file once and runs every requirement of the given standards. */
export async function pdfStandardFindings(bytes: Uint8Array, options: StandardCheckOptions = {}): Promise<Finding[]> {
  const results = await checkRequirements(bytes, options);
  return results.flatMap(({ requirement, messages }) => messages.map((message) => ({ check: requirement.clauses.join(" / "), message })));
}

/** Each requirement of the given standards with what it found (nothing when it holds). */
export async function checkRequirements(bytes: Uint8Array, options: StandardCheckOptions = {}): Promise<{ requirement: PdfRequirement; messages: string[] }[]> {
  const standards = options.standards ?? ["PDF/A-2a", "PDF/UA-1"];
  let file: PdfFile;
  try {
    file = await PdfFile.read(bytes);
  } catch (error) {
    return [{ requirement: OPEN, messages: [`pdf-lib cannot read it: ${(error as Error).message}`] }];
  }
  const facts = gatherFacts(file);
  return PDF_REQUIREMENTS.filter((r) => r.applies.some((s) => standards.includes(s))).map((requirement) => ({ requirement, messages: requirement.check(file, facts) }));
}

const OPEN: PdfRequirement = { id: "open", clauses: ["ISO 32000-1"], applies: [], title: "the file can be read", check: () => [] };

/** What the XMP packet claims: the PDF/A part and level and the PDF/UA part, read as the checks read them. */
export async function claimedStandards(bytes: Uint8Array): Promise<{ pdfa: string | null; pdfua: string | null }> {
  const file = await PdfFile.read(bytes);
  const text = file.xmp;
  if (!text) return { pdfa: null, pdfua: null };
  const props = xmpProperties(parseXml(text, "XMP"));
  const part = xmpValue(props, "http://www.aiim.org/pdfa/ns/id/", "part")?.text;
  const conformance = xmpValue(props, "http://www.aiim.org/pdfa/ns/id/", "conformance")?.text;
  const ua = xmpValue(props, "http://www.aiim.org/pdfua/ns/id/", "part")?.text;
  return { pdfa: part ? `${part}${(conformance ?? "").toLowerCase()}` : null, pdfua: ua ?? null };
}
