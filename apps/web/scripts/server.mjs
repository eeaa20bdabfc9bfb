// A small static server for dist/: the right MIME types, the page's
// Content-Security-Policy as a header, nothing outside dist/, only GET and
// HEAD. `pnpm web` runs it; the browser tests start it on a free port.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { CONTENT_SECURITY_POLICY_HEADER } from "./csp.mjs";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
};

/** Serves `root` on 127.0.0.1:`port` (0: any free port). Resolves to the server and its address. */
export function serveStatic(root, port = 0) {
  const server = createServer(async (req, res) => {
    const common = { "Content-Security-Policy": CONTENT_SECURITY_POLICY_HEADER, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "Cache-Control": "no-cache" };
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { ...common, Allow: "GET, HEAD" }).end();
      return;
    }
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    } catch {
      res.writeHead(400, common).end();
      return;
    }
    if (path.endsWith("/")) path += "index.html";
    const file = normalize(join(root, path));
    const info = file.startsWith(root + sep) ? await stat(file).catch(() => null) : null;
    if (!info?.isFile()) {
      res.writeHead(404, { ...common, "Content-Type": "text/plain; charset=utf-8" }).end("Nicht gefunden\n");
      return;
    }
    res.writeHead(200, { ...common, "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", "Content-Length": info.size });
    if (req.method === "HEAD") res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve({ server, url: `http://127.0.0.1:${server.address().port}/` }));
  });
}
