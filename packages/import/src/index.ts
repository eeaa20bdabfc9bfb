export { importCircular, ISSUER, UNTITLED, type ImportOptions, type ImportResult } from "./import.js";
export { ImportError, type ImportErrorCode } from "./errors.js";
export type { LayoutName } from "./layout.js";
export { circularToText } from "./text.js";
export { warningText, type ImportWarning, type WarningLanguage } from "./warnings.js";
