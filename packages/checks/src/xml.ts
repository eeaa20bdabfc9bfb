import { SaxesParser } from "saxes";

/** An element as the document writes it: qualified name (`w:p`), attributes by qualified name. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/**
 * Parses XML with a conforming, namespace-aware parser (saxes), so anything
 * Word or LibreOffice would refuse as not well-formed — an unescaped "&", an
 * unbound prefix, a character XML 1.0 forbids — throws, with its position.
 */
export function parseXml(text: string, name = "xml"): XmlElement {
  const parser = new SaxesParser({ xmlns: true, fileName: name });
  const root: XmlElement = { name: "#document", attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  const top = () => stack[stack.length - 1]!;
  parser.on("opentag", (tag) => {
    const attributes: Record<string, string> = {};
    for (const [key, attr] of Object.entries(tag.attributes)) attributes[key] = attr.value;
    const element: XmlElement = { name: tag.name, attributes, children: [] };
    top().children.push(element);
    stack.push(element);
  });
  parser.on("closetag", () => void stack.pop());
  parser.on("text", (t) => top().children.push(t));
  parser.on("cdata", (t) => top().children.push(t));
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(text).close();
  const element = root.children.find((c): c is XmlElement => typeof c !== "string");
  if (!element) throw new Error(`${name}: no root element`);
  return element;
}

/** The child elements of `element`, optionally only those named `name`. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== "string" && (name === undefined || c.name === name));
}

/** Every element below `element` (depth-first, document order) named `name`. */
export function descendants(element: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (typeof c === "string") continue;
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(element);
  return out;
}

/** The first descendant named `name`, if any. */
export function firstDescendant(element: XmlElement, name: string): XmlElement | undefined {
  for (const c of element.children) {
    if (typeof c === "string") continue;
    if (c.name === name) return c;
    const found = firstDescendant(c, name);
    if (found) return found;
  }
  return undefined;
}

/** All text below `element`, concatenated. */
export function textContent(element: XmlElement): string {
  return element.children.map((c) => (typeof c === "string" ? c : textContent(c))).join("");
}
