import type { Circular, LogoImage, Profile } from "@handreichung/content";
import type { ImportResult } from "@handreichung/import";

/** The document formats the page offers. */
export type Format = "pdf" | "docx" | "dotx";

/** What a document needs besides the circular: the same options the CLI passes. */
export interface RenderInput {
  profile?: Profile;
  logo?: LogoImage;
  models?: string[];
  /** The documents' date (YYYY-MM-DD): today in Germany, as the CLI takes it. */
  date: string;
}

export type WorkerRequest =
  /**
   * `preview`: a PDF only for the screen, never saved: its streams stay uncompressed, which halves
   * the render (the pages look the same, pixel for pixel); a download is always rendered without it.
   */
  | { kind: "render"; format: Format; circular: Circular; input: RenderInput; preview?: boolean }
  | { kind: "batch-row"; formats: Format[]; circular: Circular; input: RenderInput }
  | { kind: "logo"; bytes: Uint8Array; alt: string }
  | { kind: "import"; text: string; fileName: string };

/** A rendered document, and what the renderer warned about (characters a font lacks). */
export interface Rendered {
  bytes: Uint8Array;
  warnings: string[];
}

/** One municipality of a batch: its documents with their SHA-256, as manifest.json lists them. */
export interface BatchRow {
  documents: { format: Format; bytes: Uint8Array; sha256: string }[];
  warnings: string[];
}

export type LogoCheck = { ok: true; image: LogoImage } | { ok: false; code: string; reason: string };

/** An import's result, with its warnings worded in German for the page (the result's own are the CLI's English). */
export type ImportOutcome = { ok: true; result: ImportResult; germanWarnings: string[] } | { ok: false; code: string; message: string };

/** An error that crossed from the worker: its class name, code and message. */
export interface WorkerError {
  name: string;
  code?: string;
  message: string;
}

export type WorkerReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WorkerError };
