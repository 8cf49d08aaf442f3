/**
 * Curvatures for parallel relations
 * =================================
 *
 * Two entities often share several relations (Putin `visited` and
 * `participant_in` the same visit; A `supports` B and B `supports` A). Drawn
 * straight they would lie on top of each other. Every edge between the same
 * two nodes, whatever its direction, gets its own arc: the curvatures are
 * spread around zero and a lone edge stays straight.
 *
 * The result is a lookup table for the edge reducer: the graph itself is not
 * touched (unlike `indexParallelEdgesIndex` of `@sigma/edge-curve`, which
 * writes attributes into it).
 */
import type { KgGraph } from "./types.js";

export function edgeCurvatures(graph: KgGraph, step: number): Map<string, number> {
  const groups = new Map<string, string[]>();
  graph.forEachEdge((edge, _a, source, target) => {
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const group = groups.get(pair);
    if (group) group.push(edge);
    else groups.set(pair, [edge]);
  });
  const curvatures = new Map<string, number>();
  for (const edges of groups.values()) {
    if (edges.length < 2) continue;
    // An even count leaves no edge in the middle: shift by half a step so
    // that two opposite edges bow apart instead of one staying straight.
    const n = edges.length;
    edges.forEach((edge, i) => {
      const offset = i - (n - 1) / 2;
      // Offsets are measured in the pair's canonical direction; an edge the
      // other way round bends to the other side for the same sign.
      const [source, target] = graph.extremities(edge);
      const sign = source < target ? 1 : -1;
      const curvature = sign * offset * step;
      if (curvature !== 0) curvatures.set(edge, curvature);
    });
  }
  return curvatures;
}
