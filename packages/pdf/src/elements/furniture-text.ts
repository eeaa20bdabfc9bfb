import { bidiLevels } from "@handreichung/content/data";
import type { Flow } from "../layout/flow.js";
import { analyseScript, drawRun, runWidth, scriptMeasure } from "../layout/script-text.js";
import { fontAscender } from "../internals/pdfkit.js";
import { lineRuns } from "../script/line-runs.js";
import { sanitize } from "../text/sanitize.js";
import type { TextStyle } from "../theme.js";
import { splitGraphemes } from "unicode-segmenter/grapheme";

/**
 * One line of header or footer (an artifact, inside its marked content): the
 * text cut with an ellipsis to fit `width`, drawn from `x` or, with
 * `alignRight`, ending at `x + width`. Text in other scripts takes the
 * fallback fonts and the bidi order as the body does; characters no font has
 * become boxes, never .notdef.
 */
export function drawFurnitureText(flow: Flow, text: string, style: TextStyle, x: number, y: number, width: number, alignRight = false): void {
  const checked = sanitize(text, flow.removed).replace(/\n/g, " ");
  flow.coverage.check(checked);
  const clean = flow.coverage.substitute(checked).text;
  const doc = flow.doc;
  flow.measureIn(style);
  const script = analyseScript(clean, style.font, [], undefined, width);
  const measure = script ? scriptMeasure(flow, style) : (s: string) => doc.widthOfString(s);
  const shown = fit(clean, width, measure);
  flow.use(style);
  if (!script) {
    doc.text(shown, alignRight ? x + width - measure(shown) : x, y, { lineBreak: false });
    return;
  }
  const again = analyseScript(shown, style.font, [], undefined, width)!;
  const runs = lineRuns(bidiLevels(shown, "ltr"), again.fonts, 0, shown.length);
  const widths = runs.map((r) => runWidth(flow, r.font, r.shaped, style, r.level % 2 === 1));
  let pen = alignRight ? x + width - widths.reduce((a, b) => a + b, 0) : x;
  flow.use(style);
  const baseline = y + (fontAscender(doc) / 1000) * style.size;
  runs.forEach((run, i) => {
    drawRun(flow, run, pen, baseline, style, undefined, false);
    pen += widths[i]!;
  });
  flow.use(style);
}

/** `text` cut at a grapheme boundary and ended with an ellipsis so that it measures at most `width`. */
function fit(text: string, width: number, measure: (s: string) => number): string {
  if (measure(text) <= width) return text;
  const clusters = [...splitGraphemes(text)];
  let lo = 0;
  let hi = clusters.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(clusters.slice(0, mid).join("") + "…") <= width) lo = mid;
    else hi = mid - 1;
  }
  return clusters.slice(0, lo).join("").trimEnd() + "…";
}
