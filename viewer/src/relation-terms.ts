/**
 * Names to highlight in a relation's quotes
 * =========================================
 *
 * The subject's and the object's label and aliases, each with its own class,
 * so the reader sees which words the relation was read from.
 */
import type { HighlightTerm } from "./highlight-text.js";
import type { KgGraph } from "./types.js";

export function relationTerms(graph: KgGraph, edge: string): HighlightTerm[] {
  const [source, target] = graph.extremities(edge);
  const terms: HighlightTerm[] = [];
  for (const [node, className] of [
    [source, "mention subject"],
    [target, "mention object"],
  ] as const) {
    const a = graph.getNodeAttributes(node);
    for (const text of new Set([a.label, ...a.aliases])) terms.push({ text, className });
  }
  return terms;
}
