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
 *
 * Then the structure filters, in the order Gephi Lite chains them, each on
 * what the previous left: minimum mentions; minimum degree and isolated
 * nodes (distinct visible neighbours, counted once); the selected node's
 * component or ego network; last, for a large graph, the first-view budget
 * (overview.ts). The selected node is exempt from the mention and degree
 * thresholds, and the budget keeps it with its neighbours, so a node found
 * by search is always shown.
 */
import { dateInRange, dateStart } from "./date-range.js";
import { componentOf, egoNetwork, neighbourSets } from "./neighbour-sets.js";
import { overviewNodes } from "./overview.js";
import type { Filters, KgGraph, Origin } from "./types.js";

export interface Visibility {
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
  /** True when the first-view budget hid nodes that the other filters leave (the footer offers "show all"). */
  limited: boolean;
}

export interface VisibilityContext {
  /** The selected node, if any: the centre of `scope`, exempt from the thresholds. */
  selected?: string | null;
  /** First-view budget in nodes (settings.overviewNodes). */
  budget?: number;
  /** Rank for the first view (prominence.ts); 0 for all when absent. */
  prominence?: (node: string) => number;
}

export function computeVisibility(graph: KgGraph, filters: Filters, context: VisibilityContext = {}): Visibility {
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

  const limited = structureFilters(graph, filters, context, hiddenNodes, hiddenEdges);
  return { hiddenNodes, hiddenEdges, limited };
}

function structureFilters(graph: KgGraph, filters: Filters, context: VisibilityContext, hiddenNodes: Set<string>, hiddenEdges: Set<string>): boolean {
  const selected = context.selected && graph.hasNode(context.selected) && !hiddenNodes.has(context.selected) ? context.selected : null;
  const budget = context.budget ?? Number.POSITIVE_INFINITY;
  const minDegree = Math.max(filters.minDegree, filters.hideIsolated ? 1 : 0);
  const needed = filters.minMentions > 0 || minDegree > 0 || (selected !== null && filters.scope !== "all") || (filters.overview && graph.order - hiddenNodes.size > budget);
  if (!needed) return false;
  const hide = (node: string) => {
    if (hiddenNodes.has(node)) return;
    hiddenNodes.add(node);
  };

  if (filters.minMentions > 0) {
    graph.forEachNode((node, a) => {
      if (node !== selected && (a.mentions ?? 0) < filters.minMentions) hide(node);
    });
  }
  const sets = neighbourSets(graph, hiddenNodes, hiddenEdges);
  if (minDegree > 0) {
    for (const [node, neighbours] of sets) if (node !== selected && neighbours.size < minDegree) hide(node);
  }
  if (selected !== null && filters.scope !== "all") {
    const keep = filters.scope === "component" ? componentOf(sets, selected, hiddenNodes) : egoNetwork(sets, selected, filters.scope === "ego1" ? 1 : 2, hiddenNodes);
    for (const node of sets.keys()) if (!keep.has(node)) hide(node);
  }
  let limited = false;
  const left = graph.order - hiddenNodes.size;
  if (filters.overview && left > budget) {
    const pinned = selected === null ? [] : [selected, ...(sets.get(selected) ?? [])];
    const keep = overviewNodes(sets, hiddenNodes, context.prominence ?? (() => 0), budget, pinned);
    for (const node of sets.keys()) if (!keep.has(node)) hide(node);
    limited = graph.order - hiddenNodes.size < left;
  }
  graph.forEachEdge((edge, _a, source, target) => {
    if (hiddenNodes.has(source) || hiddenNodes.has(target)) hiddenEdges.add(edge);
  });
  return limited;
}
