import { vitestConfig } from "../../vitest.shared.js";

// The files share one worker's modules (see vitest.shared.ts).
export default vitestConfig(undefined, { isolate: false });
