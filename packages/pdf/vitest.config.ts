import { vitestConfig } from "../../vitest.shared.js";

// The files share one worker's modules, but fallback-loading asserts which fonts are loaded.
export default vitestConfig(undefined, { isolate: ["src/script/fallback-loading.test.ts"] });
