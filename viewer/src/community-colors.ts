/**
 * Colours for the Louvain communities
 * ===================================
 *
 * The build computes a Louvain `community` for every node. The largest
 * communities get a colour each (a qualitative palette, distinct from the
 * kind colours' meaning), the others share a grey: a corpus graph has
 * thousands of one-node communities. Each coloured community is named after
 * its most prominent member.
 */
import type { KgGraph } from "./types.js";

export const COMMUNITY_PALETTE: readonly string[] = Object.freeze([
  "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f", "#393b79", "#ad494a",
]);

export interface CommunityInfo {
  community: number;
  color: string;
  size: number;
  /** Label of the most prominent member. */
  name: string;
}

export function communityColors(graph: KgGraph, prominence: ReadonlyMap<string, number>, palette: readonly string[] = COMMUNITY_PALETTE): CommunityInfo[] {
  const groups = new Map<number, { size: number; top: string; best: number }>();
  graph.forEachNode((node, a) => {
    const p = prominence.get(node) ?? 0;
    const g = groups.get(a.community);
    if (!g) groups.set(a.community, { size: 1, top: a.label, best: p });
    else {
      g.size++;
      if (p > g.best) Object.assign(g, { top: a.label, best: p });
    }
  });
  return [...groups.entries()]
    .filter(([, g]) => g.size >= 2)
    .sort((x, y) => y[1].size - x[1].size || y[1].best - x[1].best || x[0] - y[0])
    .slice(0, palette.length)
    .map(([community, g], i) => ({ community, color: palette[i]!, size: g.size, name: g.top }));
}
