export { InputProblem } from "./errors.js";
export { decodeText, extensionOf, MAX_INPUT_BYTES, MAX_LIST_BYTES } from "./text.js";
export { detectFormat, parseData, type DataFormat } from "./data.js";
export { jsonErrorOffset, lineColumn } from "./json-error.js";
export { readProfileList, type ListEntry } from "./profile-list.js";
export { checkEntries, contentProblem, logoProblemLine, rowPath, type CheckedEntry, type CheckedFailure, type CheckedList, type FailedRow, type LogoCheck, type LogoRef, type RowProblem } from "./entries.js";
export { municipalitySlug, SlugRegistry } from "./slug.js";
export { FILE_NAMES, manifestText, type DocumentFormat, type Manifest, type ManifestEntry, type ManifestFile } from "./manifest.js";
export { quote, visible } from "./visible.js";
