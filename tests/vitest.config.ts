import { vitestConfig } from "../vitest.shared.js";

// Two test files at a time even on two cores (vitest would run one): these tests
// mostly wait for the CLI processes they start, which then use both cores. The
// files share each worker's modules (the checks, pdf.js, the renderers for the
// in-process runs): a document's text no longer changes the next one's, which
// packages/pdf's glyph-code-points test checks.
export default vitestConfig(["**/*.test.ts"], { maxWorkers: 2, isolate: false });
