import { vitestConfig } from "../../vitest.shared.js";

// The files share one worker's modules (see vitest.shared.ts), but linear-time
// measures the process's CPU time, which another file's heap would add to.
export default vitestConfig(undefined, { isolate: ["src/linear-time.test.ts"] });
