import { vitestConfig } from "../../vitest.shared.js";

// Browser tests: one Chromium per file, and the files one after another — each
// browser uses both cores while it renders.
export default vitestConfig(["test/**/*.test.ts", "src/**/*.test.ts"], { maxWorkers: 1 });
