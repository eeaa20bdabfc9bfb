import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readAsset as readInBrowser } from "./read-browser.js";
import { AssetError, loadAsset, setAssetBase } from "./index.js";

describe("loadAsset in Node", () => {
  it("reads a file of an installed package, resolved from the asking module", async () => {
    const bytes = await loadAsset("@handreichung/assets/package.json", import.meta.url);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(bytes).equals(readFileSync(new URL("../package.json", import.meta.url)))).toBe(true);
  });

  it("gives a plain Uint8Array of a file's bytes without copying them, and a copy of a Buffer from Node's shared pool", async () => {
    const { plainBytes } = await import("./read-node.js");
    const own = Buffer.alloc(64 * 1024, 7);
    const view = plainBytes(own);
    expect(view).not.toBeInstanceOf(Buffer);
    expect(view.buffer).toBe(own.buffer);
    expect(view.byteLength).toBe(own.byteLength);
    const pooled = Buffer.from("klein");
    expect(pooled.byteLength).toBeLessThan(pooled.buffer.byteLength);
    const copy = plainBytes(pooled);
    expect(copy.buffer).not.toBe(pooled.buffer);
    expect(Buffer.from(copy).toString()).toBe("klein");
  });

  it("loads each asset once", () => {
    expect(loadAsset("@handreichung/assets/package.json", import.meta.url)).toBe(loadAsset("@handreichung/assets/package.json", import.meta.url));
  });

  it("rejects with AssetError for a package path that does not exist, and tries again next time", async () => {
    const first = loadAsset("@handreichung/no-such-package/font.ttf", import.meta.url);
    await expect(first).rejects.toThrow(AssetError);
    await expect(first).rejects.toThrow("cannot load @handreichung/no-such-package/font.ttf: not installed");
    expect(loadAsset("@handreichung/no-such-package/font.ttf", import.meta.url)).not.toBe(first);
    await loadAsset("@handreichung/no-such-package/font.ttf", import.meta.url).catch(() => undefined);
  });
});

describe("the browser reader", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("fetches the package path under the page's asset base", async () => {
    const fetch = vi.fn(async (url: URL) => new Response(new Uint8Array([1, 2, 3]), { status: url.pathname.endsWith(".ttf") ? 200 : 404 }));
    vi.stubGlobal("fetch", fetch);
    setAssetBase("http://127.0.0.1:4173/vendor");
    expect([...(await readInBrowser("@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf"))]).toEqual([1, 2, 3]);
    expect(String(fetch.mock.calls[0]![0])).toBe("http://127.0.0.1:4173/vendor/@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf");
    await expect(readInBrowser("@handreichung/hyphenation/de-1996.json")).rejects.toThrow("cannot load @handreichung/hyphenation/de-1996.json: HTTP 404");
  });

  it("says what is wrong when the network fails", async () => {
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch");
    });
    setAssetBase("http://127.0.0.1:4173/vendor/");
    await expect(readInBrowser("a/b.ttf")).rejects.toThrow("cannot load a/b.ttf: Failed to fetch");
  });
});
