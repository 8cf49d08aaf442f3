/**
 * Who is next to whom, among what is visible
 * ==========================================
 *
 * The structure filters (degree, isolated nodes, component, ego network, the
 * first view) work on the graph as the other filters leave it: an undirected
 * view of the visible edges between visible nodes, parallel edges counted
 * once, self-loops ignored.
 */
import type { KgGraph } from "./types.js";

export type NeighbourSets = Map<string, Set<string>>;

export function neighbourSets(graph: KgGraph, hiddenNodes: ReadonlySet<string>, hiddenEdges: ReadonlySet<string>): NeighbourSets {
  const sets: NeighbourSets = new Map();
  graph.forEachNode((node) => {
    if (!hiddenNodes.has(node)) sets.set(node, new Set());
  });
  graph.forEachEdge((edge, _a, source, target) => {
    if (source === target || hiddenEdges.has(edge)) return;
    const s = sets.get(source);
    const t = sets.get(target);
    if (!s || !t) return;
    s.add(target);
    t.add(source);
  });
  return sets;
}

/** The nodes within `hops` steps of `start` (itself included), not crossing hidden nodes. */
export function egoNetwork(sets: NeighbourSets, start: string, hops: number, hidden: ReadonlySet<string> = new Set()): Set<string> {
  const seen = new Set([start]);
  let frontier = [start];
  for (let step = 0; step < hops && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const neighbour of sets.get(node) ?? []) {
        if (seen.has(neighbour) || hidden.has(neighbour)) continue;
        seen.add(neighbour);
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  return seen;
}

/** The connected component of `start`. */
export function componentOf(sets: NeighbourSets, start: string, hidden: ReadonlySet<string> = new Set()): Set<string> {
  return egoNetwork(sets, start, Number.POSITIVE_INFINITY, hidden);
}

/** Every connected component of the nodes not hidden, largest first (ties: the most prominent member). */
export function connectedComponents(sets: NeighbourSets, hidden: ReadonlySet<string>, rank: (node: string) => number): string[][] {
  const seen = new Set<string>();
  const components: { nodes: string[]; top: number }[] = [];
  for (const node of sets.keys()) {
    if (seen.has(node) || hidden.has(node)) continue;
    const nodes = [...componentOf(sets, node, hidden)];
    for (const n of nodes) seen.add(n);
    components.push({ nodes, top: nodes.reduce((best, n) => Math.max(best, rank(n)), Number.NEGATIVE_INFINITY) });
  }
  return components.sort((a, b) => b.nodes.length - a.nodes.length || b.top - a.top).map((c) => c.nodes);
}
