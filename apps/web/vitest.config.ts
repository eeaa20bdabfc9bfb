import { vitestConfig } from "../../vitest.shared.js";

// Browser tests: the files one after another in one worker — each page uses
// both cores while it renders — sharing its modules (playwright, axe, the
// checks with pdf.js) and its one Chromium (see test/support/browser.ts).
export default vitestConfig(["test/**/*.test.ts", "src/**/*.test.ts"], { maxWorkers: 1, isolate: false });
