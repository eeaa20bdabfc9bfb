// The page's Content-Security-Policy, in one place: the build writes it into
// index.html (so any web server that serves dist/ applies it) and `pnpm web`
// sends it as a header too. Everything comes from the page's own origin.
const directives = {
  // Nothing from anywhere else: scripts, styles, fonts, fetches all from this origin.
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  "style-src": ["'self'"],
  // The uploaded logo's preview is shown from a blob: URL of the file the clerk chose.
  "img-src": ["'self'", "blob:"],
  // The renderers fetch their fonts and hyphenation patterns from this origin.
  "connect-src": ["'self'"],
  // The render workers are files of this origin.
  "worker-src": ["'self'"],
  // The PDF preview is the generated document, shown from a blob: URL in the browser's own PDF viewer.
  "frame-src": ["blob:"],
  // No plugins, no <base> tricks, no form posts anywhere: nothing leaves the page.
  "object-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'none'"],
};

const text = (entries) => entries.map(([name, values]) => `${name} ${values.join(" ")}`).join("; ");

/** The policy as a <meta http-equiv> may carry it. */
export const CONTENT_SECURITY_POLICY = text(Object.entries(directives));

/** The policy as an HTTP header: also no framing of the page by other sites (not allowed in <meta>). */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
