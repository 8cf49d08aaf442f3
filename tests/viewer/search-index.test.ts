import Graph from "graphology";
import { describe, expect, it } from "vitest";
import type { EdgeAttributes, NodeAttributes } from "../../src/schema/index.js";
import { createSearchIndex } from "../../viewer/src/search-index.js";
import type { KgGraph } from "../../viewer/src/types.js";

/** Nodes [key, label, aliases, mentions, sources], edges [source, target]. */
function graphOf(nodes: [string, string, string[], number, number][], edges: [string, string][] = []): KgGraph {
  const g = new Graph.MultiDirectedGraph<NodeAttributes, EdgeAttributes>() as unknown as KgGraph;
  for (const [key, label, aliases, mentions, sources] of nodes) {
    g.addNode(key, {
      label, kind: "person", aliases: [label, ...aliases], sources: Array.from({ length: sources }, (_, i) => `a${i}`), mentions,
      origin: "extracted", importance: 0, community: 0, x: 0, y: 0, size: 1, color: "#000",
    } as NodeAttributes);
  }
  for (const [s, t] of edges) g.addDirectedEdge(s, t, { predicate: "met_with", label: "met with", evidence: [], confidence: 1, weight: 1, origin: "extracted", provenance: [] } as EdgeAttributes);
  return g;
}

describe("viewer search ranking", () => {
  it("ranks exact matches by mentions, then degree, whether label or alias matched", () => {
    const g = graphOf([
      ["person:a", "Vell", [], 3, 1],
      ["person:b", "Ana Vell", ["Vell"], 40, 6],
      ["person:c", "Ben Vell", ["Vell"], 40, 6],
      ["person:d", "Velloso", [], 90, 9],
    ], [["person:c", "person:b"], ["person:c", "person:d"]]);
    const hits = createSearchIndex(g)("vell", 10);
    // Ben and Ana tie on mentions; Ben has more edges. Velloso matches only a prefix; the orphan "Vell" comes after every connected match with five times its mentions.
    expect(hits.map((h) => h.node)).toEqual(["person:c", "person:b", "person:d", "person:a"]);
    expect(hits[0]!.articles).toBe(6);
  });

  it("never puts an orphan namesake before a connected match with five times its mentions", () => {
    const g = graphOf([
      ["person:blair", "Blair", [], 4, 2],
      ["person:tony-blair", "Tony Blair", [], 500, 80],
      ["person:x", "Other", [], 1, 1],
    ], [["person:tony-blair", "person:x"]]);
    expect(createSearchIndex(g)("Blair", 5).map((h) => h.node)).toEqual(["person:tony-blair", "person:blair"]);
    // A connected namesake keeps its exact-match rank.
    g.addDirectedEdge("person:blair", "person:x", { predicate: "met_with", label: "met with", evidence: [], confidence: 1, weight: 1, origin: "extracted", provenance: [] } as EdgeAttributes);
    expect(createSearchIndex(g)("Blair", 5).map((h) => h.node)).toEqual(["person:blair", "person:tony-blair"]);
  });
});
