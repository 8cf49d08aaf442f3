/**
 * Colours of the kinds, read from the graph
 * =========================================
 *
 * The build writes each node's colour (by kind, the same palette as the GEXF
 * export), so the legend takes the most common colour of each kind from the
 * data rather than keeping a second palette that could drift.
 */
import type { KgGraph } from "./types.js";

export function kindColors(graph: KgGraph): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  graph.forEachNode((_node, a) => {
    if (!a.color) return;
    let byColor = counts.get(a.kind);
    if (!byColor) counts.set(a.kind, (byColor = new Map()));
    byColor.set(a.color, (byColor.get(a.color) ?? 0) + 1);
  });
  const colors = new Map<string, string>();
  for (const [kind, byColor] of counts) {
    const best = [...byColor.entries()].sort((x, y) => y[1] - x[1])[0];
    if (best) colors.set(kind, best[0]);
  }
  return colors;
}
