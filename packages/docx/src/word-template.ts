import type { PackageParts } from "./zip.js";

const DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
const TEMPLATE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";
const MAIN_OVERRIDE = /<Override(?=[^>]*\bPartName="\/word\/document\.xml")[^>]*>/;

/**
 * The package as a Word template (.dotx): the same parts, the main part with
 * the template content type, so Word opens a new document from it on double-click.
 */
export function asWordTemplate(parts: PackageParts): PackageParts {
  const types = parts.get("[Content_Types].xml");
  const xml = typeof types === "string" ? types : new TextDecoder().decode(types);
  const override = MAIN_OVERRIDE.exec(xml)?.[0];
  if (!override?.includes(`ContentType="${DOCUMENT}"`)) {
    throw new Error("docx: [Content_Types].xml does not name word/document.xml as the main document; was the docx version changed?");
  }
  const out = new Map(parts);
  out.set("[Content_Types].xml", xml.replace(override, override.replace(DOCUMENT, TEMPLATE)));
  return out;
}
