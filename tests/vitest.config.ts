import { vitestConfig } from "../vitest.shared.js";

// Two test files at a time even on two cores (vitest would run one): these tests
// mostly wait for the CLI processes they start, which then use both cores. Each
// file gets modules of its own: sharing them, the in-process renders of
// import.test.ts came after property.test.ts's hostile text in one worker and
// their PDFs' text layer read "Leitfạden" for "Leitfaden" (state the PDF
// renderer keeps between documents), so every document here starts fresh.
export default vitestConfig(["**/*.test.ts"], { maxWorkers: 2, isolate: false });
