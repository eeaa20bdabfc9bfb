import { element } from "./dom.js";

/** One problem as the page shows it: a German sentence, and the line the CLI prints for it. */
export interface ShownProblem {
  text: string;
  line: string;
}

/** The problems as a list: each German sentence over its CLI line (`.problem-text`, `.problem-line`). */
export function problemList(problems: readonly ShownProblem[], attributes: Record<string, string> = {}): HTMLUListElement {
  const list = element("ul", { class: "problem-lines", ...attributes });
  for (const { text, line } of problems) {
    const item = element("li");
    item.append(element("span", { class: "problem-text" }, text), element("code", { class: "problem-line" }, line));
    list.append(item);
  }
  return list;
}
