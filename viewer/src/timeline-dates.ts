/**
 * The dates the timeline can stop at
 * ==================================
 *
 * Every event date and every article's publication date, as sorted unique
 * days. The timeline's handles move over this list, so each step changes what
 * is shown.
 */
import { dateEnd, dateStart } from "./date-range.js";
import type { KgGraph } from "./types.js";

export function timelineDates(graph: KgGraph): string[] {
  const days = new Set<string>();
  graph.forEachNode((_node, attributes) => {
    if (attributes.kind !== "event" || !attributes.date) return;
    const start = dateStart(attributes.date);
    const end = dateEnd(attributes.date);
    if (start) days.add(start);
    if (end) days.add(end);
  });
  for (const article of graph.getAttribute("articles") ?? []) {
    const day = dateStart(article.published);
    if (day) days.add(day);
  }
  return [...days].sort();
}
