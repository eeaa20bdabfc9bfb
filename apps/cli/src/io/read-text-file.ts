import { constants } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { decodeText, MAX_INPUT_BYTES } from "@handreichung/inputs";
import { InputError } from "../errors.js";
import { readInput } from "./input-problem.js";

export { MAX_INPUT_BYTES };

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
    case "EDQUOT":
      return "disk quota exceeded";
    case "ENAMETOOLONG":
      return "file name too long";
    case "ELOOP":
      return "a loop of symbolic links (or too many of them)";
    case "EIO":
      return "input/output error";
    case "EFBIG":
      return "file too large for the file system";
    case "EMFILE":
    case "ENFILE":
      return "too many open files";
    case "EBUSY":
    case "ETXTBSY":
      return "the file is busy";
    case "ENXIO":
      return "no device or reader behind it";
    case "EPIPE":
      return "the reader went away";
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}

/** A file that cannot be read: `path: reason`, with both kept apart so a caller can name the file its own way. */
export class FileReadError extends InputError {
  constructor(
    code: string,
    readonly path: string,
    readonly reason: string,
  ) {
    super(code, `${path}: ${reason}`);
    this.name = "FileReadError";
  }
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** What a file that is not a regular file is, for messages. */
export function fileKind(info: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (info.isDirectory()) return "is a directory";
  if (info.isFIFO()) return "not a regular file (a FIFO)";
  if (info.isCharacterDevice()) return "not a regular file (a character device)";
  if (info.isBlockDevice()) return "not a regular file (a block device)";
  if (info.isSocket()) return "not a regular file (a socket)";
  return "not a regular file";
}

/**
 * Reads a regular file's bytes, at most `maxBytes` of them whatever `stat`
 * says (a /proc file claims 0 bytes, a device never ends). Opened without
 * blocking, so a FIFO is refused at once instead of waiting for a writer — a
 * blocked open would also keep the process from exiting on Ctrl-C.
 */
export async function readBytes(file: string, maxBytes = MAX_INPUT_BYTES): Promise<Uint8Array> {
  let handle: FileHandle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new FileReadError("E_INPUT_UNREADABLE", file, `cannot read: ${describeFsError(error)}`);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new FileReadError("E_INPUT_UNREADABLE", file, `cannot read: ${fileKind(info)}`);
    if (info.size > maxBytes) throw new FileReadError("E_INPUT_TOO_LARGE", file, `too large (${mb(info.size)}; the limit is ${mb(maxBytes)})`);
    // Read one byte past the limit: a file that grew, or lied about its size, is caught too.
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, Math.max(info.size + 1, 64 * 1024)));
    let length = 0;
    let data = buffer;
    for (;;) {
      if (length === data.length) {
        if (data.length > maxBytes) break;
        const bigger = Buffer.alloc(Math.min(maxBytes + 1, data.length * 2));
        data.copy(bigger, 0, 0, length);
        data = bigger;
      }
      const { bytesRead } = await handle.read(data, length, data.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) throw new FileReadError("E_INPUT_TOO_LARGE", file, `too large (more than ${mb(maxBytes)})`);
    return data.subarray(0, length);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new FileReadError("E_INPUT_UNREADABLE", file, `cannot read: ${describeFsError(error)}`);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * Reads a UTF-8 text file by the inputs package's rules: refuses empty, binary
 * and non-UTF-8 files, drops a byte-order mark and turns CRLF and CR line ends into LF.
 */
export async function readTextFile(file: string, maxBytes = MAX_INPUT_BYTES): Promise<string> {
  const bytes = await readBytes(file, maxBytes);
  return readInput(() => decodeText(file, bytes));
}
