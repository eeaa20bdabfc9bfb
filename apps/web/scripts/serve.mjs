#!/usr/bin/env node
// pnpm web: serves the built page (apps/web/dist) on this machine and prints its address.
// PORT=8080 pnpm web picks the port; the default is 4173, or the next free one.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serveStatic } from "./server.mjs";

const root = fileURLToPath(new URL("../dist", import.meta.url));
if (!existsSync(`${root}/index.html`)) {
  process.stderr.write("web: apps/web/dist is missing; run pnpm build (or pnpm web from the repository root)\n");
  process.exit(1);
}
const wanted = Number(process.env.PORT ?? 4173);
let started;
for (let port = wanted; !started && port < wanted + 20; port++) {
  started = await serveStatic(root, port).catch((error) => {
    if (error.code === "EADDRINUSE" && !process.env.PORT) return undefined;
    process.stderr.write(`web: cannot listen on port ${port}: ${error.message}\n`);
    process.exit(1);
  });
}
if (!started) {
  process.stderr.write(`web: no free port from ${wanted} to ${wanted + 19}; set PORT\n`);
  process.exit(1);
}
process.stdout.write(`Handreichung im Browser: ${started.url}  (Strg+C beendet)\n`);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => {
  started.server.closeAllConnections();
  started.server.close(() => process.exit(0));
});
