import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import nodeModule, { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Script } from "node:vm";
import { tempTag } from "./temp-tag.js";

/** Runs the CommonJS form of the bundle's chunks (dist/cjs/, see build/commonjs-chunks.ts). */
export interface ChunkLoader {
  /** The exports of the chunk NAME.js, from dist/cjs/NAME.cjs, run once per thread. */
  load(name: string): unknown;
  /** Writes the compiled code of the chunks loaded so far whose cache was missing or stale (done at exit too). */
  save(): void;
}

interface Loaded {
  exports: unknown;
}

/**
 * Where the compiled code is kept: beside Node's own compile cache (in
 * NODE_COMPILE_CACHE, else the system's temp folder), one folder per build,
 * Node version and architecture.
 */
export function chunkCacheDir(buildId: string, env: NodeJS.ProcessEnv = process.env): string {
  return join(env.NODE_COMPILE_CACHE || join(tmpdir(), "node-compile-cache"), `handreichung-${buildId}-${process.version}-${process.arch}`);
}

/** Another build's cache folder that nothing has written to for this long is removed. */
export const STALE_CACHE_MS = 30 * 24 * 60 * 60 * 1000;
const CACHE_FOLDER = /^handreichung-[0-9a-f]{16}-v[\d.]+-\w+$/;

/**
 * Removes the cache folders of other builds (ours, by name and owner) that
 * were last written to more than STALE_CACHE_MS ago: each build makes a new
 * one, and a folder still in use is only made again by its next run.
 */
function removeStaleFolders(dir: string, now = Date.now()): void {
  const parent = dirname(dir);
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  for (const name of names) {
    if (name === basename(dir) || !CACHE_FOLDER.test(name)) continue;
    try {
      const s = statSync(join(parent, name));
      if (s.isDirectory() && (process.getuid === undefined || s.uid === process.getuid()) && now - s.mtimeMs > STALE_CACHE_MS) rmSync(join(parent, name), { recursive: true, force: true });
    } catch {
      // Gone already, or not ours to remove.
    }
  }
}

/**
 * A folder whose compiled code may be run: ours, and writable by no one else
 * (compiled code from another user's folder would run as ours). A missing folder is made so.
 */
function trustedFolder(dir: string): boolean {
  try {
    const s = statSync(dir);
    return s.isDirectory() && (process.getuid === undefined || s.uid === process.getuid()) && (s.mode & 0o022) === 0;
  } catch {
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      return trustedFolder(dir);
    } catch {
      return false;
    }
  }
}

/**
 * Node 20's ES module loader compiles every chunk from source on every run.
 * This runs the same chunks as CommonJS, compiled from V8's code cache: read
 * when present, written at exit when missing (with the functions the run
 * compiled), ignored when V8 rejects it (another V8, other flags). The cache
 * costs only speed: a folder that cannot be used, or a cache that cannot be
 * written, leaves the chunks compiled from source. Null, and the CLI loads its
 * ES modules, where Node caches them itself (module.enableCompileCache, Node
 * 22.1 and later: see compile-cache.ts), without dist/cjs, or with
 * NODE_DISABLE_COMPILE_CACHE set.
 */
export function cachedChunkLoader(entryUrl: string, env: NodeJS.ProcessEnv = process.env, nodeCaches = typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === "function"): ChunkLoader | null {
  if (nodeCaches || env.NODE_DISABLE_COMPILE_CACHE) return null;
  const dist = fileURLToPath(new URL(".", entryUrl));
  const cjs = join(dist, "cjs");
  let buildId: string;
  try {
    buildId = readFileSync(join(cjs, "build-id"), "utf8").trim();
  } catch {
    return null;
  }
  const cacheDir = chunkCacheDir(buildId, env);
  const useCache = trustedFolder(cacheDir);
  const nodeRequire = createRequire(entryUrl);
  const loaded = new Map<string, Loaded>();
  const unsaved: { script: Script; file: string }[] = [];

  const load = (name: string): unknown => {
    const known = loaded.get(name);
    if (known) return known.exports;
    const file = join(cjs, `${name}.cjs`);
    const cacheFile = join(cacheDir, `${name}.bin`);
    let cachedData: Buffer | undefined;
    if (useCache) {
      try {
        cachedData = readFileSync(cacheFile);
      } catch {
        cachedData = undefined;
      }
    }
    const source = readFileSync(file, "utf8");
    const script = new Script(`(function (exports, require, module, __filename, __dirname, __importMetaUrl) {${source}\n})`, { filename: file, ...(cachedData ? { cachedData } : {}) });
    if (useCache && (!cachedData || script.cachedDataRejected)) unsaved.push({ script, file: cacheFile });
    const module: Loaded = { exports: {} };
    loaded.set(name, module);
    // "./chunk-X.js" is another chunk; anything else (Node's modules, piscina) Node resolves from dist/.
    const require = (specifier: string) => (specifier.startsWith("./") && specifier.endsWith(".js") ? load(specifier.slice(2, -3)) : nodeRequire(specifier));
    // import.meta.url is the ES chunk's: assets and worker files resolve from dist/ as they do for the ES modules.
    (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, require, module, file, cjs, pathToFileURL(join(dist, `${name}.js`)).href);
    return module.exports;
  };

  const save = () => {
    // A build's first run writes its cache, and tidies away what builds long gone left.
    if (unsaved.length > 0) removeStaleFolders(cacheDir);
    for (const { script, file } of unsaved.splice(0)) {
      // A batch's or build's threads may save the same chunk's cache at once: each writes a temp file of its own.
      const temp = `${file}.${process.pid}.${tempTag()}.tmp`;
      try {
        writeFileSync(temp, script.createCachedData(), { mode: 0o600 });
        renameSync(temp, file);
      } catch {
        // Only the speed-up is lost.
        rmSync(temp, { force: true });
      }
    }
  };
  process.once("exit", save);
  return { load, save };
}
