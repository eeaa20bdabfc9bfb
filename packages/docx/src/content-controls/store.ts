import { escapeXml, stableGuid } from "./xml.js";

/**
 * The document's field store: a custom XML part holding each field's value
 * once (customXml/item1.xml), which every bound content control shows.
 */
export const FIELD_STORE = {
  namespace: "urn:handreichung:felder:1",
  root: "felder",
  itemId: stableGuid("handreichung field store 1"),
  prefixMappings: "xmlns:hr='urn:handreichung:felder:1'",
} as const;

/** The XPath of a field's element, as w:dataBinding names it. */
export function fieldXpath(key: string): string {
  return `/hr:${FIELD_STORE.root}[1]/hr:${key}[1]`;
}

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** The store's XML: one element per field in `keys`, empty when it has no value yet. */
export function fieldStoreXml(keys: readonly string[], values: Readonly<Record<string, string | undefined>>): string {
  const fields = keys.map((k) => (values[k] === undefined ? `<${k}/>` : `<${k}>${escapeXml(values[k]!)}</${k}>`)).join("");
  return `${DECLARATION}<${FIELD_STORE.root} xmlns="${FIELD_STORE.namespace}">${fields}</${FIELD_STORE.root}>`;
}

/** The store's properties part: its id, which w:dataBinding names, and its schema. */
export function fieldStorePropsXml(): string {
  return (
    `${DECLARATION}<ds:datastoreItem ds:itemID="${FIELD_STORE.itemId}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
    `<ds:schemaRefs><ds:schemaRef ds:uri="${FIELD_STORE.namespace}"/></ds:schemaRefs></ds:datastoreItem>`
  );
}
