/**
 * Conflicting claims
 * ==================
 *
 * Two relations conflict when they cannot both be true as stated:
 * - the same two parties both `supports` and `opposes` each other;
 * - an event `occurred_at` two places, neither of which lies inside the other
 *   (following `located_in` chains: Hmeimim is in Latakia, which is in Syria,
 *   so those agree; Geneva and Hmeimim do not).
 * The viewer shows both sides with their evidence, side by side, and leaves
 * the judgement to the analyst.
 */
import type { KgGraph } from "./types.js";

export interface Conflict {
  a: string;
  b: string;
  reason: string;
}

const OPPOSITE: Readonly<Record<string, string>> = { supports: "opposes", opposes: "supports" };
const SINGLE_PLACE = new Set(["occurred_at"]);

export function findConflicts(graph: KgGraph, edges: Iterable<string>): Conflict[] {
  const found = new Map<string, Conflict>();
  const add = (a: string, b: string, reason: string) => {
    const [x, y] = a < b ? [a, b] : [b, a];
    const key = `${x}\u0000${y}`;
    if (!found.has(key)) found.set(key, { a: x, b: y, reason });
  };
  const containers = new Map<string, Set<string>>();
  const within = (place: string) => {
    let set = containers.get(place);
    if (!set) containers.set(place, (set = containersOf(graph, place)));
    return set;
  };

  for (const edge of edges) {
    if (!graph.hasEdge(edge)) continue;
    const predicate = graph.getEdgeAttribute(edge, "predicate");
    const [source, target] = graph.extremities(edge);
    const opposite = OPPOSITE[predicate];
    if (opposite) {
      for (const other of [...graph.edges(source, target), ...graph.edges(target, source)]) {
        if (graph.getEdgeAttribute(other, "predicate") === opposite) add(edge, other, "supports and opposes");
      }
    }
    if (SINGLE_PLACE.has(predicate)) {
      graph.forEachOutEdge(source, (other, attributes, _s, place) => {
        if (other === edge || attributes.predicate !== predicate || place === target) return;
        if (within(target).has(place) || within(place).has(target)) return;
        add(edge, other, `${attributes.label} two places, neither inside the other`);
      });
    }
  }
  return [...found.values()];
}

/** Places that contain `place`, following `located_in` (bounded, cycles ignored). */
function containersOf(graph: KgGraph, place: string): Set<string> {
  const seen = new Set<string>();
  let frontier = [place];
  for (let depth = 0; depth < 8 && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachOutEdge(node, (_edge, attributes, _s, container) => {
        if (attributes.predicate === "located_in" && !seen.has(container)) {
          seen.add(container);
          next.push(container);
        }
      });
    }
    frontier = next;
  }
  return seen;
}
