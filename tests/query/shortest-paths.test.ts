/**
 * shortestPaths: what links two entities
 * ======================================
 *
 * Paths are shortest, chained from one end to the other, explained hop by
 * hop with an edge that exists between the two nodes (in the direction it
 * says) and its evidence or curated line; ties are broken the same way on
 * every run.
 */
import { describe, expect, it } from "vitest";
import { shortestPath, shortestPaths } from "../../src/query/shortest-paths.js";
import type { PathResult } from "../../src/query/shortest-paths.js";
import type { QueryGraph } from "../../src/query/types.js";
import { evidence, seedGraph, tinyGraph } from "./helpers.js";

function expectExplained(graph: QueryGraph, result: PathResult): void {
  for (const path of result.paths) {
    expect(path.nodes[0]!.id).toBe(result.from.id);
    expect(path.nodes.at(-1)!.id).toBe(result.to.id);
    expect(path.steps.length).toBe(result.length);
    path.steps.forEach((step, i) => {
      expect(step.from).toEqual(path.nodes[i]);
      expect(step.to).toEqual(path.nodes[i + 1]);
      const [s, o] = step.direction === "forward" ? [step.from.id, step.to.id] : [step.to.id, step.from.id];
      expect([graph.source(step.edge), graph.target(step.edge)]).toEqual([s, o]);
      expect(step.predicate).toBe(graph.getEdgeAttribute(step.edge, "predicate"));
      expect(step.evidence?.quote ?? step.provenance).toBeTruthy();
    });
  }
}

describe("paths in the seed graph", () => {
  const graph = seedGraph();

  it("links Shoigu to Tartous, explained edge by edge", () => {
    const result = shortestPaths(graph, "Shoigu", "Tartous");
    expect(result.from).toEqual({ id: "person:sergei-shoigu", label: "Sergei Shoigu", kind: "person" });
    expect(result.to).toEqual({ id: "place:tartus", label: "Tartus", kind: "place" });
    // Curated facts alone give three hops (Shoigu leads the Defence Ministry, which belongs to Russia, which has a base at Tartus).
    expect(result.length).toBeGreaterThan(0);
    expect(result.length).toBeLessThanOrEqual(3);
    expect(result.paths.length).toBeGreaterThan(0);
    expectExplained(graph, result);
    const step = result.paths[0]!.steps[0]!;
    expect(step.statement).toBe(`${step.direction === "forward" ? step.from.label : step.to.label} ${step.label} ${step.direction === "forward" ? step.to.label : step.from.label}`);
  });

  it("is the same on every run and as JSON", () => {
    const a = shortestPaths(graph, "Shoigu", "Tartous", { limit: 10 });
    expect(shortestPaths(graph, "Shoigu", "Tartous", { limit: 10 })).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(new Set(a.paths.map((p) => p.nodes.map((n) => n.id).join(">"))).size).toBe(a.paths.length);
  });

  it("can keep to some predicates", () => {
    const result = shortestPaths(graph, "Putin", "Latakia", { predicates: ["visited", "located in"] });
    expect(result.length).toBe(2);
    expect(result.paths[0]!.steps.map((s) => s.predicate)).toEqual(["visited", "located_in"]);
  });
});

describe("paths on a tiny graph", () => {
  const graph = tinyGraph(
    [
      { key: "person:a", label: "A", kind: "person" },
      { key: "place:b", label: "B", kind: "place" },
      { key: "place:c", label: "C", kind: "place" },
      { key: "place:d", label: "D", kind: "place" },
      { key: "place:lonely", label: "Lonely", kind: "place" },
    ],
    [
      { s: "person:a", p: "visited", o: "place:c", evidence: [evidence("doc1", "A visited C.")] },
      { s: "person:a", p: "visited", o: "place:b", provenance: ["corpus/curated.ts:3"] },
      { s: "place:d", p: "located_in", o: "place:b", evidence: [evidence("doc2", "D, in B.")] },
      { s: "place:d", p: "located_in", o: "place:c", evidence: [evidence("doc3", "D, in C.")] },
    ],
  );

  it("finds every shortest path, in key order, reading edges both ways", () => {
    const result = shortestPaths(graph, "A", "D");
    expect(result.length).toBe(2);
    expect(result.paths.map((p) => p.nodes.map((n) => n.label))).toEqual([
      ["A", "B", "D"],
      ["A", "C", "D"],
    ]);
    expect(result.paths[0]!.steps.map((s) => s.direction)).toEqual(["forward", "backward"]);
    expect(result.paths[0]!.steps[0]!.provenance).toBe("corpus/curated.ts:3");
    expect(result.paths[1]!.steps[0]!.evidence?.quote).toBe("A visited C.");
    expect(result.paths[1]!.steps[1]!.statement).toBe("D located in C");
    expectExplained(graph, result);
  });

  it("directed search follows edges from subject to object only", () => {
    expect(shortestPaths(graph, "A", "D", { directed: true }).length).toBeNull();
    expect(shortestPaths(graph, "D", "B", { directed: true }).length).toBe(1);
  });

  it("reports no path, the trivial path, and honours limit and maxLength", () => {
    expect(shortestPaths(graph, "A", "Lonely")).toMatchObject({ length: null, paths: [] });
    expect(shortestPaths(graph, "A", "A")).toMatchObject({ length: 0, paths: [{ length: 0, steps: [] }] });
    expect(shortestPaths(graph, "A", "D", { limit: 1 }).paths.length).toBe(1);
    expect(shortestPaths(graph, "A", "D", { maxLength: 1 }).length).toBeNull();
    expect(shortestPath(graph, "A", "D")?.nodes.map((n) => n.label)).toEqual(["A", "B", "D"]);
  });
});
