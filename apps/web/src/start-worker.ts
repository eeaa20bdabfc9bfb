// A module of its own in index.html, before main.ts: starts the render worker
// as soon as this small file has loaded, not after the whole page's code.
import "./app/first-worker.js";
