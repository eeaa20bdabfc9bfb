import { DOCX_ASSETS } from "@handreichung/docx/assets";
import { HYPHENATION_ASSETS } from "@handreichung/hyphenation";
import { FALLBACK_ASSETS, FONT_ASSETS, SHAPING_ASSETS } from "@handreichung/pdf/assets";
import { lazyUnicodeTrieSource } from "@handreichung/pdf/bundling/lazy-unicode-trie";
import { BUNDLE_STUBS } from "@handreichung/pdf/bundling/stubs";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { defaultClientConditions, defineConfig, type Plugin } from "vite";
import { CONTENT_SECURITY_POLICY } from "./scripts/csp.mjs";

/** Where the page serves the renderers' assets: dist/vendor/<package path>. */
const VENDOR = "vendor/";
// The fallback fonts (Arabic, Hebrew, Chinese, emoji) are served too, and fetched only for a document with such text.
const ASSETS = [...FONT_ASSETS, ...SHAPING_ASSETS, ...FALLBACK_ASSETS, ...HYPHENATION_ASSETS, ...DOCX_ASSETS];
const require = createRequire(import.meta.url);
const assetFile = (path: string) => require.resolve(path);

/**
 * The fonts and hyphenation patterns the renderers ask for (through
 * @handreichung/assets), served from the page's own origin at their package
 * paths; the render worker fetches them only when it needs them.
 */
function rendererAssets(): Plugin {
  return {
    name: "handreichung-renderer-assets",
    generateBundle() {
      for (const path of ASSETS) this.emitFile({ type: "asset", fileName: VENDOR + path, source: readFileSync(assetFile(path)) });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? "").split("?")[0]!).replace(/^\//, "");
        if (!path.startsWith(VENDOR) || !ASSETS.includes(path.slice(VENDOR.length))) return next();
        res.setHeader("Content-Type", path.endsWith(".json") ? "application/json" : path.endsWith(".bin") ? "application/octet-stream" : "font/ttf");
        res.end(readFileSync(assetFile(path.slice(VENDOR.length))));
      });
    },
  };
}

const LAZY_TRIE = "\0handreichung-lazy-unicode-trie:";

/**
 * unicode-trie tables built on first lookup, not when the renderer loads
 * (see @handreichung/pdf's src/bundling/lazy-unicode-trie.ts): the render
 * worker evaluates the renderer before the first preview, and of the four
 * tables it would inflate there a German handout looks up one.
 */
function lazyUnicodeTrie(): Plugin {
  return {
    name: "handreichung-lazy-unicode-trie",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (source !== "unicode-trie") return null;
      const real = await this.resolve(source, importer, { ...options, skipSelf: true });
      return real ? LAZY_TRIE + real.id : null;
    },
    load(id) {
      return id.startsWith(LAZY_TRIE) ? lazyUnicodeTrieSource(id.slice(LAZY_TRIE.length)) : null;
    },
  };
}

const CSP_MARK = "<!-- content-security-policy: the build writes the page's policy here (scripts/csp.mjs) -->";

/** The Content-Security-Policy as a <meta> element in the built page, before any script (the dev server needs inline scripts for reloading). */
function contentSecurityPolicy(): Plugin {
  return {
    name: "handreichung-csp",
    apply: "build",
    transformIndexHtml(html) {
      if (!html.includes(CSP_MARK)) throw new Error("index.html has no place for the Content-Security-Policy");
      return html.replace(CSP_MARK, `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.replaceAll("'", "&#39;")}" />`);
    },
  };
}

const START_WORKER_TAG = '<script type="module" src="./src/start-worker.ts"></script>';

/**
 * The built page's first script after browser-check.js: plain JavaScript that
 * starts the render worker while the page is still being parsed, and tells it
 * where the assets are (as src/app/first-worker.ts does on the dev server,
 * where this script is not used). The page's code takes the worker over.
 */
function classicWorkerStart(workerFile: string): string {
  return `// Written by the build (vite.config.ts): starts the render worker before the page's code has loaded.
(function () {
  if (document.documentElement.dataset.fehlt !== undefined) return;
  performance.mark("handreichung:worker-erstellt");
  var settings = { assetBase: new URL(${JSON.stringify(VENDOR)}, document.baseURI).href, prefetch: navigator.pdfViewerEnabled !== false };
  // In the fragment, not a message: the worker reads it as it starts (render.worker.ts).
  var worker = new Worker(${JSON.stringify(`./${workerFile}`)} + "#" + encodeURIComponent(JSON.stringify(settings)), { type: "module", name: "handreichung-render" });
  window.handreichungRenderWorker = worker;
})();
`;
}

/**
 * The built page starts the render worker from a small classic script in its
 * head (classicWorkerStart), which runs while the page is parsed — a module
 * script would wait for the page's other modules to be fetched and compiled.
 * The worker then loads its code, fonts and patterns while the page gets ready.
 */
function earlyWorkerStart(): Plugin {
  return {
    name: "handreichung-early-worker",
    apply: "build",
    transformIndexHtml: {
      order: "pre",
      handler(html) {
        if (!html.includes(START_WORKER_TAG)) throw new Error("index.html does not start the render worker as expected");
        return html.replace(START_WORKER_TAG, "<!-- start-worker -->");
      },
    },
    generateBundle: {
      order: "post",
      handler(_options, bundle) {
        const worker = Object.values(bundle).find((file) => /(^|\/)render\.worker-[\w-]+\.js$/.test(file.fileName));
        const page = bundle["index.html"];
        if (!worker || page?.type !== "asset") throw new Error("the build has no render worker or no index.html");
        const html = String(page.source);
        if (!html.includes("<!-- start-worker -->")) throw new Error("index.html lost the place of the worker's start");
        this.emitFile({ type: "asset", fileName: "start-worker.js", source: classicWorkerStart(worker.fileName) });
        page.source = html.replace("<!-- start-worker -->", '<script src="./start-worker.js"></script>');
      },
    },
  };
}

export default defineConfig({
  // Relative URLs: dist/ works from any folder of any web server.
  base: "./",
  // The workspace packages from source, as the tests and the CLI's bundle take them.
  resolve: {
    conditions: ["@handreichung/source", ...defaultClientConditions],
    // Modules the renderer's dependencies import but never use (brotli, AES): see @handreichung/pdf's src/bundling/stubs.ts.
    alias: Object.entries(BUNDLE_STUBS).map(([specifier, stub]) => ({ find: specifier, replacement: require.resolve(stub) })),
  },
  worker: {
    format: "es",
    plugins: () => [lazyUnicodeTrie()],
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // What the worker needs to fetch fonts and patterns (src/worker/prefetch.ts with what it imports), out of the renderer's
            // file, and in one file: asked for beside the renderer, its own imports found before the renderer's parse takes the thread.
            { name: "render-start", test: /packages[\\/](assets|hyphenation)[\\/]|node_modules[\\/](hyphen|@noble[\\/]hashes)[\\/]|packages[\\/]pdf[\\/]src[\\/](assets|font-files|script[\\/]faces)\.ts$|src[\\/]worker[\\/]prefetch\.ts$/, priority: 2 },
            // The PDF renderer with everything it imports in one file: one request, no second round once it is parsed.
            { name: "pdf-renderer", test: /packages[\\/]pdf[\\/]src[\\/]index\.ts$/, priority: 1 },
          ],
        },
      },
    },
  },
  build: {
    target: "es2022",
    outDir: "dist",
    emptyOutDir: true,
    // No source maps: the page ships what it runs.
    sourcemap: false,
    // The renderer chunk is large by nature (pdfkit and fontkit).
    chunkSizeWarningLimit: 2000,
    rolldownOptions: { input: { index: fileURLToPath(new URL("index.html", import.meta.url)) } },
  },
  plugins: [rendererAssets(), contentSecurityPolicy(), earlyWorkerStart()],
});
