import { inputProblem } from "./errors.js";

/** Profile and circular files larger than this are refused. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** Lists of profiles may be large: 4000 municipalities with contacts fit easily. */
export const MAX_LIST_BYTES = 50 * 1024 * 1024;

/**
 * The text of a file's bytes: refuses empty, binary and non-UTF-8 files,
 * drops a byte-order mark and turns CRLF and CR line ends into LF.
 */
export function decodeText(file: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw inputProblem("E_INPUT_EMPTY", `${file}: the file is empty`);
  // Excel and Notepad save "Unicode text" as UTF-16: name it, rather than calling it binary.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw inputProblem("E_INPUT_ENCODING", `${file}: encoded as UTF-16, not UTF-8; save it as UTF-8`);
  }
  if (bytes.includes(0)) throw inputProblem("E_INPUT_BINARY", `${file}: not a text file (it contains NUL bytes)`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw inputProblem("E_INPUT_ENCODING", `${file}: not valid UTF-8 (byte ${at}); save it as UTF-8`);
  }
  text = text.replace(/\r\n?/g, "\n");
  if (text.trim() === "") throw inputProblem("E_INPUT_EMPTY", `${file}: the file is empty`);
  return text;
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search on prefixes: a prefix that decodes (streaming) has no bad byte yet.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid + 1), { stream: true });
      decoder.decode();
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

/** A file name's extension, lower case, with its dot: "kommunen.CSV" -> ".csv"; "" without one. */
export function extensionOf(file: string): string {
  const name = file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1);
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot).toLowerCase() : "";
}
