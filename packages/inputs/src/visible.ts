// C0 and C1 controls (ESC, BEL, CR, …), DEL, and the bidi controls that can
// reorder what a terminal shows. Line feeds are kept: messages end in them.
const INVISIBLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escape(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch === "\t") return "\\t";
  if (ch === "\r") return "\\r";
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/**
 * Makes control characters in text visible as escapes (ESC becomes `\x1b`),
 * so a value from an input file cannot move the cursor, retitle or clear the
 * terminal, or reorder a line. Every message the CLI prints goes through it.
 */
export function visible(text: string): string {
  return text.replace(INVISIBLE, escape);
}

/** A value quoted in a message: in double quotes, with line breaks and control characters escaped. */
export function quote(value: string): string {
  return `"${visible(value).replace(/\n/g, "\\n")}"`;
}
