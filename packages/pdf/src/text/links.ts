/** A web address or e-mail address found in a text: where it stands, where it leads, and how to announce it. */
export interface LinkSpan {
  /** Offsets into the text, end exclusive. */
  start: number;
  end: number;
  /** The target: https://…, http://… or mailto:…, ASCII only (IDN hosts in punycode). */
  uri: string;
  /** What a screen reader announces for the link annotation (/Contents), in German. */
  description: string;
}

// Punctuation that ends a sentence or encloses an address rather than belonging to it:
// "(www.mgsff.nrw.de)", "„info@stadt.de“", "…unter www.stadt.de."
const LEADING = new Set([..."([{<„‚“‘«»\"'"]);
const TRAILING = new Set([...")]}>.,;:!?“”‘’«»\"'"]);
const SPACE = new Set([" ", "\n", "\u00a0"]);

/**
 * Every web address (http://, https://, www.) and e-mail address in `text`,
 * in order. One pass over the text, no regular expressions: it sees content
 * of any length.
 */
export function findLinks(text: string): LinkSpan[] {
  const out: LinkSpan[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && SPACE.has(text[i]!)) i++;
    let start = i;
    while (i < text.length && !SPACE.has(text[i]!)) i++;
    let end = i;
    while (start < end && LEADING.has(text[start]!)) start++;
    // A closing parenthesis belongs to the address when the address opened one (Wikipedia-style paths).
    let open = 0;
    for (let k = start; k < end; k++) open += text[k] === "(" ? 1 : text[k] === ")" ? -1 : 0;
    while (end > start && TRAILING.has(text[end - 1]!)) {
      if (text[end - 1] === ")") {
        if (open >= 0) break;
        open++;
      }
      end--;
    }
    if (end <= start) continue;
    const link = classify(text.slice(start, end));
    if (link) out.push({ start, end, ...link });
  }
  return out;
}

// Longer than any address anyone prints: a run of characters, not a link.
const MAX_ADDRESS = 2048;

function classify(token: string): { uri: string; description: string } | null {
  if (token.length > MAX_ADDRESS) return null;
  const lower = token.toLowerCase();
  if (lower.startsWith("http://") || lower.startsWith("https://")) {
    const host = token.slice(token.indexOf("//") + 2).split(/[/?#]/, 1)[0]!;
    return isHost(host) ? web(token, token) : null;
  }
  if (lower.startsWith("www.")) {
    const host = token.split(/[/?#]/, 1)[0]!;
    return isHost(host) ? web(`https://${token}`, token) : null;
  }
  const at = token.indexOf("@");
  if (at > 0 && at === token.lastIndexOf("@") && isLocalPart(token.slice(0, at)) && isHost(token.slice(at + 1))) {
    return asciiUri(`mailto:${token}`, `E-Mail an ${token} schreiben`);
  }
  return null;
}

function web(uri: string, shown: string) {
  return asciiUri(uri, `Internetseite ${shown} öffnen`);
}

/** The URI as URL parsing gives it (punycode host, percent-encoded path), or null when it is none. */
function asciiUri(uri: string, description: string): { uri: string; description: string } | null {
  try {
    const href = new URL(uri).href;
    for (let i = 0; i < href.length; i++) if (href.charCodeAt(i) > 0x7e || href.charCodeAt(i) < 0x21) return null;
    return { uri: href, description };
  } catch {
    return null;
  }
}

/** "www.mgsff.nrw.de", "münster.de": labels of letters, digits and hyphens, a top-level domain of letters. */
function isHost(host: string): boolean {
  if (host.length > 253) return false;
  const labels = host.split(".");
  if (labels.length < 2) return false;
  const tld = labels[labels.length - 1]!;
  if (tld.length < 2 || ![...tld].every((c) => isLetter(c))) return false;
  return labels.every((l) => l.length > 0 && l.length <= 63 && l[0] !== "-" && l[l.length - 1] !== "-" && [...l].every((c) => isLetter(c) || isDigit(c) || c === "-"));
}

function isLocalPart(local: string): boolean {
  return local.length <= 64 && local[0] !== "." && local[local.length - 1] !== "." && [...local].every((c) => isLetter(c) || isDigit(c) || "._%+-".includes(c));
}

const isDigit = (c: string) => c >= "0" && c <= "9";
// Letters of any script: a German address may hold umlauts ("müller@köln.de").
const isLetter = (c: string) => c.toLowerCase() !== c.toUpperCase() || c === "ß";
