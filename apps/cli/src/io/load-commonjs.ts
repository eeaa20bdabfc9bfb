/**
 * The exports of a CommonJS package loaded with import(). Node gives them as
 * named exports, but inside the bundle's split chunks esbuild gives only
 * `default` (module.exports): take whichever holds them.
 */
export async function loadCommonJs<T extends object>(load: () => Promise<T>): Promise<T> {
  const mod = (await load()) as T & { default?: T };
  return mod.default !== undefined && typeof mod.default === "object" ? mod.default : mod;
}
