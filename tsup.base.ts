import type { Options } from "tsup";

/** The one build setup every package shares: ESM, types, Node 20, no minification. */
export function baseConfig(overrides: Options = {}): Options {
  return {
    format: ["esm"],
    target: "node20",
    platform: "node",
    dts: true,
    sourcemap: false,
    clean: true,
    splitting: false,
    treeshake: true,
    ...overrides,
  };
}
