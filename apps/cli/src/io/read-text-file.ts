import { readFile, stat } from "node:fs/promises";
import { InputError } from "../errors.js";

/** Input files larger than this are refused before they are read. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** A one-line reason for an fs error, without errno noise. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ENOTDIR":
      return "a parent of it is not a directory";
    case "EROFS":
      return "read-only file system";
    case "ENOSPC":
      return "no space left on device";
    case "ENAMETOOLONG":
      return "file name too long";
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Reads a file's bytes, refusing directories and files above `maxBytes`. */
export async function readBytes(file: string, maxBytes = MAX_INPUT_BYTES): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new InputError("E_INPUT_UNREADABLE", `${file}: cannot read: is a directory`);
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError("E_INPUT_UNREADABLE", `${file}: cannot read: ${describeFsError(error)}`);
  }
  if (size > maxBytes) throw new InputError("E_INPUT_TOO_LARGE", `${file}: too large (${mb(size)}; the limit is ${mb(maxBytes)})`);
  try {
    return await readFile(file);
  } catch (error) {
    throw new InputError("E_INPUT_UNREADABLE", `${file}: cannot read: ${describeFsError(error)}`);
  }
}

/**
 * Reads a UTF-8 text file: refuses empty, binary and non-UTF-8 files, drops a
 * byte-order mark and turns CRLF and CR line ends into LF.
 */
export async function readTextFile(file: string, maxBytes = MAX_INPUT_BYTES): Promise<string> {
  return decodeText(file, await readBytes(file, maxBytes));
}

export function decodeText(file: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError("E_INPUT_EMPTY", `${file}: the file is empty`);
  // Excel and Notepad save "Unicode text" as UTF-16: name it, rather than calling it binary.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError("E_INPUT_ENCODING", `${file}: encoded as UTF-16, not UTF-8; save it as UTF-8`);
  }
  if (bytes.includes(0)) throw new InputError("E_INPUT_BINARY", `${file}: not a text file (it contains NUL bytes)`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new InputError("E_INPUT_ENCODING", `${file}: not valid UTF-8 (byte ${at}); save it as UTF-8`);
  }
  text = text.replace(/\r\n?/g, "\n");
  if (text.trim() === "") throw new InputError("E_INPUT_EMPTY", `${file}: the file is empty`);
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
