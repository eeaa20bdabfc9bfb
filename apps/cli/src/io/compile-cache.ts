import nodeModule from "node:module";

interface ModuleApi {
  enableCompileCache?: (directory?: string) => unknown;
}

/**
 * Where Node has it (22.1 and later), keeps V8's compiled code of the CLI's
 * bundle between runs: Node keys it by its version and flags, writes it to
 * its own cache folder when missing and ignores it when stale. Node 20's ES
 * module loader has no such cache; there it does nothing. True when enabled.
 */
export function enableCompileCache(api: ModuleApi = nodeModule as ModuleApi, env: NodeJS.ProcessEnv = process.env): boolean {
  if (typeof api.enableCompileCache !== "function" || env.NODE_DISABLE_COMPILE_CACHE) return false;
  try {
    api.enableCompileCache();
    return true;
  } catch {
    // An unwritable cache folder costs only the speed-up.
    return false;
  }
}
