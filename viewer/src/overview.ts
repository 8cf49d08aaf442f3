/**
 * The first view of a large graph
 * ===============================
 *
 * A corpus graph is mostly isolated names around a few connected parts; drawn
 * whole it is rings of dots. The first view keeps at most `budget` nodes: the
 * connected components from the largest down, whole, while they fit (a
 * component larger than the budget gives its most prominent nodes); isolated
 * nodes are left out. `pinned` nodes (the selection and its neighbours) are
 * always kept. Nothing leaves the graph: this only decides what the reducers
 * hide, and "show all" lifts it.
 */
import { connectedComponents, type NeighbourSets } from "./neighbour-sets.js";

export function overviewNodes(
  sets: NeighbourSets,
  hidden: ReadonlySet<string>,
  prominence: (node: string) => number,
  budget: number,
  pinned: Iterable<string> = [],
): Set<string> {
  const keep = new Set<string>();
  for (const component of connectedComponents(sets, hidden, prominence)) {
    if (component.length < 2) break;
    const room = budget - keep.size;
    if (room < 2) break;
    if (component.length <= room) for (const node of component) keep.add(node);
    else if (keep.size === 0) {
      for (const node of [...component].sort((a, b) => prominence(b) - prominence(a) || (a < b ? -1 : 1)).slice(0, room)) keep.add(node);
    }
  }
  for (const node of pinned) if (sets.has(node) && !hidden.has(node)) keep.add(node);
  return keep;
}
