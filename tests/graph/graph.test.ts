import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build-graph.js";
import { assignLayout } from "../../src/graph/layout.js";
import { assignMetrics } from "../../src/graph/metrics.js";
import { KIND_COLORS, type ResolvedCorpus } from "../../src/schema/index.js";

const quote = { doc: "a", sentence: 0, start: 0, end: 10, quote: "0123456789" };
const corpus: ResolvedCorpus = {
  entities: [
    { id: "person:putin", kind: "person", label: "Vladimir Putin", aliases: ["Putin"], sources: ["a"], mentions: 3, origin: "extracted" },
    { id: "place:syria", kind: "place", label: "Syria", aliases: ["Syria"], sources: ["a"], mentions: 2, origin: "both" },
    { id: "place:hmeimim", kind: "place", label: "Hmeimim", aliases: ["Hmeymim"], sources: ["a"], mentions: 1, origin: "extracted" },
    { id: "event:visit", kind: "event", label: "Visit", aliases: [], sources: ["a"], mentions: 1, origin: "extracted", date: "2017-12-11", eventType: "visit" },
  ],
  triples: [
    { id: "person:putin|visited|place:hmeimim", subject: "person:putin", predicate: "visited", object: "place:hmeimim", evidence: [quote, { ...quote, sentence: 1 }], confidence: 0.8, origin: "extracted", provenance: [] },
    { id: "person:putin|participant_in|event:visit", subject: "person:putin", predicate: "participant_in", object: "event:visit", evidence: [quote], confidence: 0.7, origin: "extracted", provenance: [] },
    { id: "event:visit|occurred_at|place:hmeimim", subject: "event:visit", predicate: "occurred_at", object: "place:hmeimim", evidence: [quote], confidence: 0.7, origin: "extracted", provenance: [] },
    { id: "place:hmeimim|located_in|place:syria", subject: "place:hmeimim", predicate: "located_in", object: "place:syria", evidence: [], confidence: 1, origin: "curated", provenance: ["corpus/curated.ts:3"] },
    { id: "place:hmeimim|near|place:syria", subject: "place:hmeimim", predicate: "near", object: "place:syria", evidence: [quote], confidence: 0.5, origin: "extracted", provenance: [] },
  ],
  claims: [],
};

function build() {
  const g = buildGraph(corpus, { name: "t", generator: "test", articles: [{ id: "a" }], curated: true });
  assignMetrics(g);
  assignLayout(g);
  return g;
}

describe("buildGraph", () => {
  it("is a directed multigraph whose parallel relations stay apart", () => {
    const g = build();
    expect(g.type).toBe("directed");
    expect(g.multi).toBe(true);
    expect(g.edges("place:hmeimim", "place:syria")).toHaveLength(2);
  });
  it("follows the graph contract", () => {
    const g = build();
    const putin = g.getNodeAttributes("person:putin");
    expect(putin).toMatchObject({ label: "Vladimir Putin", kind: "person", aliases: ["Putin"], sources: ["a"], mentions: 3, origin: "extracted", color: KIND_COLORS.person });
    expect(g.getNodeAttribute("event:visit", "date")).toBe("2017-12-11");
    const visited = g.getEdgeAttributes("person:putin|visited|place:hmeimim");
    expect(visited).toMatchObject({ predicate: "visited", label: "visited", confidence: 0.8, weight: 2, origin: "extracted" });
    expect(g.getEdgeAttribute("place:hmeimim|located_in|place:syria", "weight")).toBe(1);
  });
  it("ranks, clusters and lays out the nodes, the same way every time", () => {
    const a = build();
    const b = build();
    expect(JSON.stringify(a.export())).toBe(JSON.stringify(b.export()));
    let total = 0;
    a.forEachNode((_, attr) => {
      total += attr.importance;
      expect(Number.isFinite(attr.x) && Number.isFinite(attr.y)).toBe(true);
      expect(attr.size).toBeGreaterThanOrEqual(3);
    });
    expect(total).toBeCloseTo(1, 3);
    expect(a.getNodeAttribute("place:hmeimim", "importance")).toBeGreaterThan(a.getNodeAttribute("person:putin", "importance"));
    const positions = new Set(a.mapNodes((_, attr) => `${attr.x},${attr.y}`));
    expect(positions.size).toBe(a.order);
  });
});
