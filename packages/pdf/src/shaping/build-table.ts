// Builds a font cut's shaping table (table.ts) from fontkit's own plan, at
// `pnpm build` time (scripts/emit-shaping.mjs) and in the tests. Each lookup
// of the plan becomes data the fast shaper replays exactly (single and
// ligature substitution, pair kerning) or a guard: the glyphs at which it
// could apply to text of the table's characters send that text to fontkit.
import { classOf, type ClassDef, type Coverage, coverageGlyphs, glyphClass, listOf, type PlanFont, type PlannedLookup, scriptPlan, type Subtable } from "../internals/fontkit-plan.js";
import { type FontHeader, fontFingerprint, type PairSubtable, SHAPING_TABLE_FORMAT, type ShapingOp, type ShapingProgram, type ShapingTable, type ValueField } from "./table.js";

const FRACTION_SLASH = 0x2044;
const MARK = 3;
const LIGATURE = 2;
const VALUE_FIELDS: ValueField[] = ["xAdvance", "yAdvance", "xPlacement", "yPlacement"];
const DEVICE_FIELDS = ["xPlaDevice", "yPlaDevice", "xAdvDevice", "yAdvDevice"];

interface Context {
  font: PlanFont;
  /** Every glyph text of the table's characters can reach: the character map's and what substitutions make of them. */
  reach: Set<number>;
}

/** The subtables of a lookup, with extension subtables (GSUB 7, GPOS 9) unwrapped. */
function subtablesOf(lookup: PlannedLookup): { type: number; table: Subtable }[] {
  return lookup.subtables.map((table) => (table.extension ? { type: table.lookupType!, table: table.extension } : { type: lookup.lookupType, table }));
}

/** True when the lookup's flags make fontkit skip glyphs that text of the table can contain. */
function skipsReachable(lookup: PlannedLookup, ctx: Context): boolean {
  const { flags } = lookup.flags;
  if (flags.ignoreBaseGlyphs) return true;
  return flags.ignoreLigatures && [...ctx.reach].some((g) => glyphClass(ctx.font, g) === LIGATURE);
}

/** The glyphs at which a subtable starts to apply: its coverage, or its first input's for a format 3 context. */
function startGlyphs(type: number, table: Subtable, gpos: boolean): number[] {
  const cov = (c: unknown) => coverageGlyphs(c as Coverage);
  if ((!gpos && type === 5) || (gpos && type === 7)) return table.version === 3 ? cov(listOf(table.coverages)[0]) : cov(table.coverage);
  if ((!gpos && type === 6) || (gpos && type === 8)) return table.version === 3 ? cov(listOf(table.inputCoverage)[0]) : cov(table.coverage);
  if (gpos && (type === 4 || type === 5)) return cov(table.markCoverage);
  if (gpos && type === 6) return cov(table.mark1Coverage);
  return cov(table.coverage);
}

/** False when a format 3 (chaining) context needs a glyph no text of the table has: it can never apply. */
function contextCanMatch(type: number, table: Subtable, gpos: boolean, ctx: Context): boolean {
  const chaining = (!gpos && type === 6) || (gpos && type === 8);
  const context = (!gpos && type === 5) || (gpos && type === 7);
  if ((!chaining && !context) || table.version !== 3) return true;
  const coverages = chaining ? [...listOf(table.backtrackCoverage), ...listOf(table.inputCoverage), ...listOf(table.lookaheadCoverage)] : listOf(table.coverages);
  return coverages.every((c) => coverageGlyphs(c as Coverage).some((g) => ctx.reach.has(g)));
}

function guardOf(lookup: PlannedLookup, ctx: Context, gpos: boolean): ShapingOp | null {
  const glyphs = new Set<number>();
  for (const { type, table } of subtablesOf(lookup)) {
    if (!contextCanMatch(type, table, gpos, ctx)) continue;
    for (const g of startGlyphs(type, table, gpos)) if (ctx.reach.has(g)) glyphs.add(g);
  }
  return glyphs.size === 0 ? null : { guard: [...glyphs].sort((a, b) => a - b) };
}

function singleOf(lookup: PlannedLookup, ctx: Context): ShapingOp | null {
  const maps: number[][] = [];
  const made: number[] = [];
  for (const { type, table } of subtablesOf(lookup)) {
    if (type !== 1) return null;
    const covered = coverageGlyphs(table.coverage);
    const substitutes = table.version === 2 ? listOf<number>(table.substitute) : null;
    const flat: number[] = [];
    covered.forEach((g, index) => {
      if (!ctx.reach.has(g)) return;
      const to = substitutes ? substitutes[index]! : (g + (table.deltaGlyphID as number)) & 0xffff;
      flat.push(g, to);
      made.push(to);
    });
    maps.push(flat);
  }
  if (made.some((g) => glyphClass(ctx.font, g) === MARK)) return null;
  for (const g of made) ctx.reach.add(g);
  return { single: maps };
}

function ligatureOf(lookup: PlannedLookup, ctx: Context): ShapingOp | null {
  const subtables: Record<number, number[][]>[] = [];
  const made: number[] = [];
  for (const { type, table } of subtablesOf(lookup)) {
    if (type !== 4) return null;
    const sets = listOf<unknown>(table.ligatureSets);
    const record: Record<number, number[][]> = {};
    coverageGlyphs(table.coverage).forEach((first, index) => {
      if (!ctx.reach.has(first)) return;
      const ligatures = listOf<{ glyph: number; components: ArrayLike<number> }>(sets[index]).map((l) => [l.glyph, ...Array.from(l.components)]);
      // A ligature whose components no text of the table has never forms; its place in the order stays.
      record[first] = ligatures;
      for (const l of ligatures) if (l.slice(1).every((g) => ctx.reach.has(g))) made.push(l[0]!);
    });
    subtables.push(record);
  }
  if (made.some((g) => glyphClass(ctx.font, g) === MARK)) return null;
  for (const g of made) ctx.reach.add(g);
  return { ligature: subtables };
}

function fieldsOf(format: Record<string, boolean> | undefined): ValueField[] | null {
  if (!format) return [];
  if (DEVICE_FIELDS.some((f) => format[f])) return null;
  return VALUE_FIELDS.filter((f) => format[f]);
}

const valuesOf = (value: Record<string, number> | undefined, fields: ValueField[]) => fields.map((f) => value?.[f] ?? 0);

function pairOf(lookup: PlannedLookup, ctx: Context): ShapingOp | null {
  const out: PairSubtable[] = [];
  for (const { type, table } of subtablesOf(lookup)) {
    if (type !== 2) return null;
    const fields1 = fieldsOf(table.valueFormat1 as Record<string, boolean>);
    const fields2 = fieldsOf(table.valueFormat2 as Record<string, boolean>);
    if (!fields1 || !fields2) return null;
    const covered = coverageGlyphs(table.coverage);
    if (table.version === 1) {
      const pairSets = listOf<unknown>(table.pairSets);
      const sets: Record<number, number[]> = {};
      covered.forEach((first, index) => {
        if (!ctx.reach.has(first)) return;
        const flat: number[] = [];
        for (const pair of listOf<{ secondGlyph: number; value1?: Record<string, number>; value2?: Record<string, number> }>(pairSets[index])) {
          // A second glyph no text of the table has never matches; the rest keep their order (fontkit takes the first).
          if (!ctx.reach.has(pair.secondGlyph)) continue;
          flat.push(pair.secondGlyph, ...valuesOf(pair.value1, fields1), ...valuesOf(pair.value2, fields2));
        }
        sets[first] = flat;
      });
      out.push({ format: 1, fields1, fields2, sets });
    } else if (table.version === 2) {
      const classDef1 = table.classDef1 as ClassDef;
      const classDef2 = table.classDef2 as ClassDef;
      const class2Count = table.class2Count as number;
      const coverage = covered.filter((g) => ctx.reach.has(g));
      const class1: number[] = [];
      const rows: Record<number, number[]> = {};
      const records = listOf<unknown>(table.classRecords);
      for (const g of coverage) {
        const c = classOf(classDef1, g);
        if (c !== 0) class1.push(g, c);
        if (rows[c] === undefined) {
          const record = listOf<{ value1?: Record<string, number>; value2?: Record<string, number> }>(records[c]);
          if (record.length !== class2Count) return null;
          rows[c] = record.flatMap((r, c2) => {
            const values = [...valuesOf(r.value1, fields1), ...valuesOf(r.value2, fields2)];
            return values.some((v) => v !== 0) ? [c2, ...values] : [];
          });
        }
      }
      out.push({ format: 2, fields1, fields2, coverage, class1, class2: class2Of(ctx, classDef2), class2Count, rows });
    } else return null;
  }
  return { pair: out };
}

function class2Of(ctx: Context, classDef: ClassDef): number[] {
  const flat: number[] = [];
  for (const g of [...ctx.reach].sort((a, b) => a - b)) {
    const c = classOf(classDef, g);
    if (c !== 0) flat.push(g, c);
  }
  return flat;
}

function programOf(lookups: PlannedLookup[][], ctx: Context, gpos: boolean): ShapingOp[] {
  const ops: ShapingOp[] = [];
  for (const stage of lookups) {
    for (const lookup of stage) {
      let op: ShapingOp | null = null;
      if (!skipsReachable(lookup, ctx)) {
        const type = subtablesOf(lookup)[0]?.type;
        if (!gpos && type === 1) op = singleOf(lookup, ctx);
        else if (!gpos && type === 4) op = ligatureOf(lookup, ctx);
        else if (gpos && type === 2) op = pairOf(lookup, ctx);
      }
      op ??= guardOf(lookup, ctx, gpos);
      if (op) ops.push(op);
    }
  }
  return ops;
}

/** The font's PostScript name and the scalar fields of its `post` table, as fontkit gives them. */
function headerOf(font: PlanFont): FontHeader {
  const post: Record<string, number | string | boolean> = {};
  for (const [key, value] of Object.entries(font.post ?? {})) if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") post[key] = value;
  return { postscriptName: font.postscriptName, post };
}

/**
 * The shaping table of a parsed font (a fontkit font of its own: building
 * lays out every character, which fills that font's glyph cache), for the
 * file `fontBytes`, made with fontkit `fontkitVersion`.
 */
export function buildShapingTable(font: PlanFont, fontBytes: Uint8Array, fontkitVersion: string): ShapingTable {
  const noScript = font.layout(" ").script;
  const scripts: string[] = [];
  const chars: { cp: number; glyph: number; script: string | null }[] = [];
  for (const cp of [...font.characterSet].sort((a, b) => a - b)) {
    if (cp === FRACTION_SLASH || (cp >= 0xd800 && cp <= 0xdfff)) continue;
    const text = String.fromCodePoint(cp);
    const glyph = font.glyphForCodePoint(cp).id;
    if (glyph === 0 || glyphClass(font, glyph) === MARK) continue;
    const run = font.layout(text);
    if (run.direction !== "ltr") continue;
    chars.push({ cp, glyph, script: run.script === noScript ? null : run.script });
  }
  const programs: Record<string, { gsub: ShapingOp[]; gpos: ShapingOp[] }> = {};
  const tags = [...new Set(chars.map((c) => c.script ?? noScript))];
  const plans = new Map(tags.map((tag) => [tag, scriptPlan(font, tag)]));
  // Every glyph reachable from any script's characters: a guard must hold for all of them.
  const ctx: Context = { font, reach: new Set(chars.filter((c) => plans.get(c.script ?? noScript)).map((c) => c.glyph)) };
  // Substitutions add glyphs to the reach: the programs are made again until every one has seen them all.
  for (let size = -1; size !== ctx.reach.size; ) {
    size = ctx.reach.size;
    for (const tag of tags) {
      const plan = plans.get(tag);
      if (!plan) continue;
      programs[tag] = { gsub: programOf(plan.gsub, ctx, false), gpos: programOf(plan.gpos, ctx, true) };
    }
  }
  const cmap: number[] = [];
  for (const c of chars) {
    if (!plans.get(c.script ?? noScript)) continue;
    let index = -1;
    if (c.script !== null) {
      index = scripts.indexOf(c.script);
      if (index < 0) index = scripts.push(c.script) - 1;
    }
    cmap.push(c.cp, c.glyph, index);
  }
  // The scripts' programs share most lookups: each distinct one is stored once.
  const ops: ShapingOp[] = [];
  const known = new Map<string, number>();
  const indexOf = (op: ShapingOp) => {
    const key = JSON.stringify(op);
    let i = known.get(key);
    if (i === undefined) known.set(key, (i = ops.push(op) - 1));
    return i;
  };
  const indexed: Record<string, ShapingProgram> = {};
  for (const [tag, p] of Object.entries(programs)) indexed[tag] = { gsub: p.gsub.map(indexOf), gpos: p.gpos.map(indexOf) };
  return { meta: { format: SHAPING_TABLE_FORMAT, fontkit: fontkitVersion, font: fontFingerprint(fontBytes) }, header: headerOf(font), scripts, noScript, cmap, ops, programs: indexed };
}
