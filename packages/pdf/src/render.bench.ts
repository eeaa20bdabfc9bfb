import { circular441 } from "@handreichung/content/data";
import { bench } from "vitest";
import { renderPdf } from "./index.js";

// In-process render time of the built-in handout (fonts and patterns already loaded after the first run).
bench("renderPdf(circular441)", async () => {
  await renderPdf(circular441, { date: "2024-03-01" });
}, { warmupIterations: 3, iterations: 30 });
