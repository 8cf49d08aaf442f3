import Graph from "graphology";
import { describe, expect, it } from "vitest";
import type { EdgeAttributes, NodeAttributes } from "../../src/schema/index.js";
import { computeVisibility } from "../../viewer/src/compute-visibility.js";
import { defaultFilters, showAllFilters } from "../../viewer/src/filters.js";
import { connectedComponents, egoNetwork, neighbourSets } from "../../viewer/src/neighbour-sets.js";
import { overviewNodes } from "../../viewer/src/overview.js";
import { byProminence, nodeProminence } from "../../viewer/src/prominence.js";
import type { Filters, KgGraph } from "../../viewer/src/types.js";

/** A path a-b-c-d-e, a triangle x-y-z, a pair p-q, isolated i1 i2; mentions per node. */
function sample(): KgGraph {
  const g = new Graph.MultiDirectedGraph<NodeAttributes, EdgeAttributes>() as unknown as KgGraph;
  const mentions: Record<string, number> = { a: 50, b: 5, c: 3, d: 2, e: 1, x: 9, y: 8, z: 7, p: 4, q: 4, i1: 100, i2: 1 };
  for (const [key, m] of Object.entries(mentions)) {
    g.addNode(key, { label: key, kind: "person", aliases: [], sources: [], mentions: m, origin: "extracted", importance: 0, community: 0, x: 0, y: 0, size: 1, color: "#000" } as NodeAttributes);
  }
  const edge = (s: string, t: string, predicate = "met_with") =>
    g.addDirectedEdge(s, t, { predicate, label: predicate, evidence: [], confidence: 1, weight: 1, origin: "extracted", provenance: [] } as unknown as EdgeAttributes);
  for (const [s, t] of [["a", "b"], ["b", "c"], ["c", "d"], ["d", "e"], ["x", "y"], ["y", "z"], ["z", "x"], ["p", "q"]] as const) edge(s, t);
  edge("a", "b"); // parallel: one neighbour
  edge("i2", "i2"); // self-loop: not a neighbour
  edge("i1", "a", "related_to"); // hidden by default
  return g;
}

const shown = (g: KgGraph, filters: Partial<Filters>, context = {}) => {
  const v = computeVisibility(g, { ...defaultFilters(), ...filters }, context);
  return g.nodes().filter((n) => !v.hiddenNodes.has(n)).sort();
};

describe("viewer structure filters", () => {
  it("counts distinct visible neighbours: parallel edges once, no self-loops, hidden predicates not at all", () => {
    const g = sample();
    const v = computeVisibility(g, defaultFilters());
    const sets = neighbourSets(g, v.hiddenNodes, v.hiddenEdges);
    expect(sets.get("a")!.size).toBe(1);
    expect(sets.get("i2")!.size).toBe(0);
    expect(sets.get("i1")!.size).toBe(0);
    expect([...egoNetwork(sets, "c", 1)].sort()).toEqual(["b", "c", "d"]);
    expect([...egoNetwork(sets, "c", 2)].sort()).toEqual(["a", "b", "c", "d", "e"]);
    expect(connectedComponents(sets, new Set(), (n) => g.getNodeAttribute(n, "mentions")).map((c) => c.length)).toEqual([5, 3, 2, 1, 1]);
  });

  it("minimum degree, minimum mentions and hide isolated", () => {
    const g = sample();
    expect(shown(g, { minDegree: 2 })).toEqual(["b", "c", "d", "x", "y", "z"]);
    expect(shown(g, { hideIsolated: true })).toEqual(["a", "b", "c", "d", "e", "p", "q", "x", "y", "z"]);
    expect(shown(g, { minMentions: 8 })).toEqual(["a", "i1", "x", "y"]);
    // Mentions first, then degree on what is left: x and y keep each other.
    expect(shown(g, { minMentions: 8, minDegree: 1 })).toEqual(["x", "y"]);
    // The selected node is exempt from the thresholds.
    expect(shown(g, { minDegree: 2 }, { selected: "e" })).toEqual(["b", "c", "d", "e", "x", "y", "z"]);
  });

  it("component and ego network of the selection; no selection, no effect", () => {
    const g = sample();
    expect(shown(g, { scope: "component" }, { selected: "y" })).toEqual(["x", "y", "z"]);
    expect(shown(g, { scope: "ego1" }, { selected: "c" })).toEqual(["b", "c", "d"]);
    expect(shown(g, { scope: "ego2" }, { selected: "c" })).toEqual(["a", "b", "c", "d", "e"]);
    expect(shown(g, { scope: "ego1" })).toHaveLength(g.order);
    // Edges are hidden with their ends.
    const v = computeVisibility(g, { ...defaultFilters(), scope: "ego1" }, { selected: "c" });
    expect(g.edges().filter((e) => !v.hiddenEdges.has(e)).map((e) => g.extremities(e).join("-")).sort()).toEqual(["b-c", "c-d"]);
  });

  it("the first view keeps the largest components up to the budget, never isolated nodes, and says it is limited", () => {
    const g = sample();
    const prominence = nodeProminence(g);
    const rank = (n: string) => prominence.get(n) ?? 0;
    let v = computeVisibility(g, defaultFilters(), { budget: 8, prominence: rank });
    expect(g.nodes().filter((n) => !v.hiddenNodes.has(n)).sort()).toEqual(["a", "b", "c", "d", "e", "x", "y", "z"]);
    expect(v.limited).toBe(true);
    // A component larger than the budget gives its most prominent nodes.
    v = computeVisibility(g, defaultFilters(), { budget: 3, prominence: rank });
    expect(g.nodes().filter((n) => !v.hiddenNodes.has(n)).sort()).toEqual(["a", "b", "c"]);
    // The selection and its neighbours are pinned.
    v = computeVisibility(g, defaultFilters(), { budget: 3, prominence: rank, selected: "p" });
    expect(g.nodes().filter((n) => !v.hiddenNodes.has(n)).sort()).toEqual(["a", "b", "c", "p", "q"]);
    // Under the budget, or "show all": everything.
    expect(computeVisibility(g, defaultFilters(), { budget: 100, prominence: rank }).limited).toBe(false);
    v = computeVisibility(g, showAllFilters(), { budget: 3, prominence: rank });
    expect(v.hiddenNodes.size).toBe(0);
    expect(v.limited).toBe(false);
    expect([...overviewNodes(neighbourSets(g, new Set(), new Set()), new Set(["a"]), rank, 100)]).not.toContain("a");
  });

  it("ranks by (1 + mentions) × (1 + degree)", () => {
    const g = sample();
    const prominence = nodeProminence(g);
    expect(prominence.get("a")).toBe(51 * 4); // b twice, i1 once (related_to counts in the graph's degree)
    expect(byProminence(g, prominence).slice(0, 3)).toEqual(["a", "i1", "x"]);
  });
});
