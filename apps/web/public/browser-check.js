/*
 * Runs before the page's own code, as plain old JavaScript that every browser
 * understands: checks what the page needs, and tells the clerk in one sentence
 * when the browser lacks it, instead of leaving a form that does nothing.
 * The page's code reads the result (data-fehlt on <html>) and does not start then.
 */
(function () {
  var missing = [];
  function need(ok, name) {
    if (!ok) missing.push(name);
  }
  function moduleWorkers() {
    if (typeof Worker !== "function") return false;
    var asked = false;
    try {
      // The browser reads the options before it parses the (invalid) address: nothing is loaded.
      new Worker("http://[", {
        get type() {
          asked = true;
          return "module";
        },
      });
    } catch (e) {}
    return asked;
  }
  need(typeof Promise === "function" && typeof fetch === "function", "fetch/Promise");
  need(moduleWorkers(), "Web Worker als Modul");
  need(typeof Blob === "function" && !!window.URL && typeof URL.createObjectURL === "function", "Blob-Adressen");
  need(typeof TextDecoder === "function" && typeof TextEncoder === "function", "TextDecoder");
  need(typeof Uint8Array === "function" && typeof Uint8Array.prototype.subarray === "function", "Uint8Array");
  need(typeof FileReader === "function" || (typeof Blob === "function" && typeof Blob.prototype.arrayBuffer === "function"), "Dateien lesen");

  function show(text) {
    var box = document.getElementById("browser-hinweis");
    if (!box) return;
    box.textContent = text;
    box.hidden = false;
    var loading = document.getElementById("seite-laedt");
    if (loading) loading.hidden = true;
  }
  var advice = " Bitte öffnen Sie die Seite in einer aktuellen Version von Firefox, Chrome, Edge oder Safari.";
  if (missing.length > 0) {
    document.documentElement.setAttribute("data-fehlt", missing.join(", "));
    document.addEventListener("DOMContentLoaded", function () {
      show("Ihr Browser kann diese Seite nicht ausführen: Es fehlt " + missing.join(", ") + "." + advice);
    });
  }
  // The page's code marks <html data-bereit> when it has started; a browser too old
  // to read it never does.
  window.addEventListener("load", function () {
    if (missing.length === 0 && !document.documentElement.hasAttribute("data-bereit")) {
      show("Ihr Browser kann das Programm dieser Seite nicht ausführen." + advice);
    }
  });
})();
