/**
 * How prominent a node is
 * =======================
 *
 * `(1 + mentions) × (1 + degree)`: how often the corpus names it times how
 * connected it is. The first view, the label order and the community names
 * all rank by it. PageRank (`importance`) alone is a poor guide on a sparse
 * corpus graph: a leaf hanging on a hub can outrank a country named a
 * thousand times.
 */
import type { KgGraph } from "./types.js";

export function nodeProminence(graph: KgGraph): Map<string, number> {
  const prominence = new Map<string, number>();
  graph.forEachNode((node, a) => prominence.set(node, (1 + Math.max(0, a.mentions ?? 0)) * (1 + graph.degree(node))));
  return prominence;
}

/** Node keys, most prominent first (ties: PageRank, then key, so the order is stable). */
export function byProminence(graph: KgGraph, prominence: ReadonlyMap<string, number>): string[] {
  return graph
    .nodes()
    .sort(
      (a, b) =>
        (prominence.get(b) ?? 0) - (prominence.get(a) ?? 0) ||
        graph.getNodeAttribute(b, "importance") - graph.getNodeAttribute(a, "importance") ||
        (a < b ? -1 : a > b ? 1 : 0),
    );
}
