import type { Circular } from "@handreichung/content";

const INTEGRATION = /integration|zuwander|migra|flücht|ausländer|aussiedler/i;

/**
 * Whether the circular deals with integration work, by its title, category,
 * handbook title and opening paragraph. The fill-in sections name integration
 * work, language support and migrant organisations only then, so a template
 * for a circular on, say, local transport plans does not ask about them.
 */
export function isAboutIntegration(circular: Circular): boolean {
  const opening = circular.body.find((b) => b.type === "paragraph");
  const texts = [circular.title, circular.category ?? "", circular.publication?.title ?? "", opening?.type === "paragraph" ? opening.text : ""];
  return texts.some((t) => INTEGRATION.test(t));
}
