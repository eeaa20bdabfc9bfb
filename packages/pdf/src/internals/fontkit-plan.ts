// How the shaping-table builder (shaping/build-table.ts) reads fontkit's own
// shaping plan: the layout engine's GSUB and GPOS processors, the plan of the
// default shaper for a script, the lookups of its features in the order
// fontkit applies them. Build time and tests only; the renderer never runs
// this. fontkit is pinned (2.0.4); internals/fontkit-plan.test.ts fails with
// a clear message when these shapes change.

/** A coverage table as fontkit decodes it. */
export interface Coverage {
  version: number;
  glyphs?: ArrayLike<number>;
  rangeRecords?: ArrayLike<{ start: number; end: number; startCoverageIndex: number }>;
}

/** A class definition table as fontkit decodes it. */
export interface ClassDef {
  version: number;
  startGlyph?: number;
  classValueArray?: ArrayLike<number>;
  classRangeRecord?: ArrayLike<{ start: number; end: number; class: number }>;
}

/** A lookup's flags as fontkit decodes them. */
export interface LookupFlags {
  markAttachmentType: number;
  flags: { rightToLeft: boolean; ignoreBaseGlyphs: boolean; ignoreLigatures: boolean; ignoreMarks: boolean; useMarkFilteringSet: boolean };
}

/** A GSUB or GPOS subtable: fields by lookup type, as fontkit decodes them. */
export type Subtable = Record<string, unknown> & { version?: number; coverage?: Coverage; lookupType?: number; extension?: Subtable };

export interface PlannedLookup {
  feature: string;
  index: number;
  lookupType: number;
  flags: LookupFlags;
  subtables: Subtable[];
}

export interface ScriptPlan {
  /** The script entry of GSUB and GPOS fontkit selected for the tag. */
  gsubScript: string | null;
  gposScript: string | null;
  /** Lookups in the order fontkit applies them, one list per stage. */
  gsub: PlannedLookup[][];
  gpos: PlannedLookup[][];
}

interface Lookup {
  lookupType: number;
  flags: LookupFlags;
  subTables: Iterable<Subtable>;
}
interface Processor {
  scriptTag: string | null;
  lookupsForFeatures(features: string[]): { feature: string; index: number; lookup: Lookup }[];
}
interface Engine {
  setup(run: unknown): void;
  cleanup(): void;
  plan: { stages: (string[] | ((...args: unknown[]) => void))[]; globalFeatures: Record<string, boolean> } | null;
  GSUBProcessor: Processor | null;
  GPOSProcessor: Processor | null;
}
interface Glyph {
  id: number;
  codePoints: number[];
}
/** The parsed font (fontkit's TTFFont) as the builder reads it. */
export interface PlanFont {
  postscriptName: string;
  post?: Record<string, unknown>;
  characterSet: number[];
  glyphForCodePoint(codePoint: number): Glyph;
  layout(text: string): { script: string; direction: string };
  GDEF?: { glyphClassDef?: ClassDef } | null;
  _layoutEngine?: { engine?: Engine };
}

export class FontkitPlanError extends Error {
  constructor(what: string) {
    super(`fontkit internals changed: ${what} (written against fontkit 2.0.4; see packages/pdf/src/internals/fontkit-plan.ts)`);
    this.name = "FontkitPlanError";
  }
}

function engineOf(font: PlanFont): Engine {
  const engine = font._layoutEngine?.engine;
  if (!engine || typeof engine.setup !== "function" || typeof engine.cleanup !== "function") throw new FontkitPlanError("the font has no _layoutEngine.engine with setup/cleanup (OTLayoutEngine)");
  return engine;
}

const plannedOf = (found: { feature: string; index: number; lookup: Lookup }[]): PlannedLookup[] =>
  found.map(({ feature, index, lookup }) => {
    if (typeof lookup?.lookupType !== "number" || !lookup.flags?.flags) throw new FontkitPlanError("a lookup has no lookupType or flags");
    return { feature, index, lookupType: lookup.lookupType, flags: lookup.flags, subtables: [...lookup.subTables] };
  });

/**
 * The plan fontkit's default engine makes for text in `script`, left to
 * right, with no user features: the features every glyph gets (the global
 * ones), per stage, and their lookups. Null when the plan has a stage that is
 * code (the shapers for Arabic, Indic and other complex scripts).
 */
export function scriptPlan(font: PlanFont, script: string): ScriptPlan | null {
  const engine = engineOf(font);
  const glyph = font.glyphForCodePoint(0x20);
  engine.setup({ glyphs: [glyph], features: {}, script, language: null, direction: "ltr" });
  try {
    const plan = engine.plan;
    if (!plan || !Array.isArray(plan.stages) || typeof plan.globalFeatures !== "object") throw new FontkitPlanError("the engine's plan has no stages or globalFeatures");
    if (plan.stages.some((stage) => !Array.isArray(stage))) return null;
    const stages = (plan.stages as string[][]).map((stage) => stage.filter((feature) => plan.globalFeatures[feature]));
    const lookups = (p: Processor | null) => (p ? stages.map((features) => plannedOf(p.lookupsForFeatures(features))) : []);
    return {
      gsubScript: engine.GSUBProcessor?.scriptTag ?? null,
      gposScript: engine.GPOSProcessor?.scriptTag ?? null,
      gsub: lookups(engine.GSUBProcessor),
      gpos: lookups(engine.GPOSProcessor),
    };
  } finally {
    engine.cleanup();
  }
}

/** Each glyph of the coverage table, in coverage order. */
export function coverageGlyphs(coverage: Coverage | undefined): number[] {
  if (!coverage) throw new FontkitPlanError("a subtable has no coverage");
  if (coverage.version === 1 && coverage.glyphs) return Array.from(coverage.glyphs);
  if (coverage.version === 2 && coverage.rangeRecords) {
    const out: number[] = [];
    for (const r of Array.from(coverage.rangeRecords)) for (let g = r.start; g <= r.end; g++) out.push(g);
    return out;
  }
  throw new FontkitPlanError(`a coverage table of version ${coverage.version} has no glyphs or ranges`);
}

/** fontkit's OTProcessor#getClassID: the class of `glyph`, 0 when the table does not list it. */
export function classOf(classDef: ClassDef | undefined, glyph: number): number {
  if (!classDef) return 0;
  if (classDef.version === 1 && classDef.classValueArray) {
    const i = glyph - (classDef.startGlyph ?? 0);
    return i >= 0 && i < classDef.classValueArray.length ? classDef.classValueArray[i]! : 0;
  }
  if (classDef.version === 2 && classDef.classRangeRecord) {
    for (const r of Array.from(classDef.classRangeRecord)) if (r.start <= glyph && glyph <= r.end) return r.class;
    return 0;
  }
  throw new FontkitPlanError(`a class definition of version ${classDef.version} has no values or ranges`);
}

/** GDEF's class of a glyph: 1 base, 2 ligature, 3 mark, 4 component; 0 without GDEF. */
export function glyphClass(font: PlanFont, glyph: number): number {
  return classOf(font.GDEF?.glyphClassDef ?? undefined, glyph);
}

/** A list-like fontkit value (an array or a restructure LazyArray) as an array. */
export function listOf<T>(value: unknown): T[] {
  if (Array.isArray(value)) return value as T[];
  if (value && typeof (value as { toArray?: unknown }).toArray === "function") return (value as { toArray(): T[] }).toArray();
  if (value && typeof (value as Iterable<T>)[Symbol.iterator] === "function") return [...(value as Iterable<T>)];
  throw new FontkitPlanError("a table field that should be a list is not one");
}
