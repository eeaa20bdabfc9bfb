import { vitestConfig } from "../vitest.shared.js";

// Two test files at a time even on two cores (vitest would run one): these tests
// mostly wait for the CLI processes they start, which then use both cores. The
// files share each worker's modules (the checks, pdf.js, the CLI's command layer
// for the in-process runs): none of them asserts what is loaded.
export default vitestConfig(["**/*.test.ts"], { maxWorkers: 2, isolate: false, longestFirst: true });
