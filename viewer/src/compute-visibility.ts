/**
 * Which nodes and edges the filters leave visible
 * ===============================================
 *
 * Computed once per filter change (linear in the graph), so the reducers only
 * look values up in sets. The timeline answers "what was known when": with an
 * end date, an event must fall in the range, and any other node or edge must
 * have been reported by an article published on or before that date. Curated
 * facts carry no article, so they stay (they are the analyst's own knowledge)
 * as long as their ends are visible.
 */
import { dateInRange, dateStart } from "./date-range.js";
import type { Filters, KgGraph, Origin } from "./types.js";

export interface Visibility {
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
}

export function computeVisibility(graph: KgGraph, filters: Filters): Visibility {
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  const hiddenKinds = new Set(filters.hiddenKinds);
  const hiddenPredicates = new Set(filters.hiddenPredicates);
  const published = new Map<string, string>();
  for (const article of graph.getAttribute("articles") ?? []) {
    const day = dateStart(article.published);
    if (day) published.set(article.id, day);
  }
  const to = filters.dateTo;
  const from = filters.dateFrom;
  const timeline = from !== null || to !== null;
  // An article with no publication date cannot be placed in time: it counts as known.
  const knownBy = (doc: string): boolean => {
    if (to === null) return true;
    const day = published.get(doc);
    return day === undefined || day <= to;
  };
  const originShown = (origin: Origin): boolean =>
    origin === "both" ? filters.showCurated || filters.showExtracted : origin === "curated" ? filters.showCurated : filters.showExtracted;

  graph.forEachNode((node, a) => {
    let visible = !hiddenKinds.has(a.kind) && originShown(a.origin);
    if (visible && filters.source !== null) visible = a.sources.includes(filters.source);
    if (visible && timeline) {
      if (a.kind === "event" && a.date) visible = dateInRange(a.date, from, to);
      else if (a.sources.length > 0) visible = a.sources.some(knownBy);
    }
    if (!visible) hiddenNodes.add(node);
  });

  graph.forEachEdge((edge, a, source, target) => {
    let visible = !hiddenNodes.has(source) && !hiddenNodes.has(target);
    visible &&= !hiddenPredicates.has(a.predicate) && originShown(a.origin) && a.confidence >= filters.minConfidence;
    if (visible && filters.source !== null) visible = a.evidence.some((e) => e.doc === filters.source);
    if (visible && to !== null && a.evidence.length > 0) visible = a.evidence.some((e) => knownBy(e.doc));
    if (!visible) hiddenEdges.add(edge);
  });

  return { hiddenNodes, hiddenEdges };
}
