// On the dev server, a module of its own in index.html, before main.ts: starts
// the render worker as soon as this small file has loaded, not after the whole
// page's code. The built page starts it from a classic script instead
// (classicWorkerStart in vite.config.ts), which runs sooner still.
import "./app/first-worker.js";
