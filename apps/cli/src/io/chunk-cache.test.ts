import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { cachedChunkLoader, chunkCacheDir, STALE_CACHE_MS } from "./chunk-cache.js";

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A dist/ folder with an entry and two CommonJS chunks, as build/commonjs-chunks.ts writes them. */
function fakeDist(): { entry: string; cache: string } {
  const root = mkdtempSync(join(tmpdir(), "handreichung-chunk-cache-"));
  roots.push(root);
  const dist = join(root, "dist");
  mkdirSync(join(dist, "cjs"), { recursive: true });
  writeFileSync(join(dist, "cjs", "build-id"), "0123456789abcdef\n");
  writeFileSync(join(dist, "cjs", "main-X.cjs"), 'const { twice } = require("./shared-Y.js"); exports.answer = twice(21); exports.url = __importMetaUrl; exports.path = require("node:path").sep;');
  writeFileSync(join(dist, "cjs", "shared-Y.cjs"), "exports.twice = (n) => n * 2;");
  return { entry: pathToFileURL(join(dist, "cli.js")).href, cache: join(root, "cache") };
}

const cacheFiles = (cache: string) => readdirSync(join(cache, readdirSync(cache)[0]!)).sort();

describe("the code cache of the CommonJS chunks (Node 20)", () => {
  // Whether V8 accepts a cache, and a stale one is written anew, needs a process of its own:
  // tests/fast-path.test.ts runs the CLI for that. Here V8's in-memory cache would answer.
  it("runs the chunks, each once, with the ES chunk's import.meta.url, and keeps their compiled code", () => {
    const { entry, cache } = fakeDist();
    const env = { NODE_COMPILE_CACHE: cache };
    const first = cachedChunkLoader(entry, env, false)!;
    const main = first.load("main-X") as { answer: number; url: string; path: string };
    expect(main).toMatchObject({ answer: 42, url: new URL("./main-X.js", entry).href, path: "/" });
    expect(first.load("shared-Y")).toBe(first.load("shared-Y"));
    first.save();
    expect(cacheFiles(cache)).toEqual(["main-X.bin", "shared-Y.bin"]);
    expect(chunkCacheDir("0123456789abcdef", env)).toBe(join(cache, readdirSync(cache)[0]!));
    // Only our user may write where compiled code is read from.
    expect(statSync(join(cache, readdirSync(cache)[0]!)).mode & 0o077).toBe(0);
  });

  it("removes other builds' cache folders nothing wrote to for a month when it writes its own, and nothing else", () => {
    const { entry, cache } = fakeDist();
    const env = { NODE_COMPILE_CACHE: cache };
    const folder = (name: string, ageMs: number) => {
      const dir = join(cache, name);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, "main-X.bin"), "old");
      const when = (Date.now() - ageMs) / 1000;
      utimesSync(dir, when, when);
      return dir;
    };
    const gone = folder(`handreichung-ffffffffffffffff-${process.version}-${process.arch}`, STALE_CACHE_MS + 86_400_000);
    const recent = folder(`handreichung-eeeeeeeeeeeeeeee-${process.version}-${process.arch}`, STALE_CACHE_MS - 86_400_000);
    const foreign = folder("node-22-own-cache", STALE_CACHE_MS * 2);
    const loader = cachedChunkLoader(entry, env, false)!;
    loader.load("main-X");
    loader.save();
    expect([existsSync(gone), existsSync(recent), existsSync(foreign)]).toEqual([false, true, true]);
    expect(existsSync(join(chunkCacheDir("0123456789abcdef", env), "main-X.bin"))).toBe(true);
  });

  it("does not read or write a cache folder that others may write", () => {
    const { entry, cache } = fakeDist();
    const env = { NODE_COMPILE_CACHE: cache };
    const dir = chunkCacheDir("0123456789abcdef", env);
    mkdirSync(dir, { recursive: true });
    chmodSync(dir, 0o777);
    const loader = cachedChunkLoader(entry, env, false)!;
    expect((loader.load("main-X") as { answer: number }).answer).toBe(42);
    loader.save();
    expect(readdirSync(dir)).toEqual([]);
  });

  it("is not used where Node caches ES modules itself, when the user turned caching off, or without the CommonJS chunks", () => {
    const { entry, cache } = fakeDist();
    expect(cachedChunkLoader(entry, { NODE_COMPILE_CACHE: cache }, true)).toBeNull();
    expect(cachedChunkLoader(entry, { NODE_COMPILE_CACHE: cache, NODE_DISABLE_COMPILE_CACHE: "1" }, false)).toBeNull();
    expect(cachedChunkLoader(pathToFileURL(join(tmpdir(), "no-such-dist", "cli.js")).href, {}, false)).toBeNull();
  });
});
