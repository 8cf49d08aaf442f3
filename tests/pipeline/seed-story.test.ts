/**
 * The default corpus, built as `kg build` builds it: the graph must hold the
 * story (issue "the spine", Done when). With curation, and, for what the
 * extractor alone must get right, without.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readCorpus } from "../../src/corpus/read-corpus.js";
import { readCurated } from "../../src/curate/read-curated.js";
import type { KnowledgeGraph } from "../../src/graph/build-graph.js";
import { runPipeline } from "../../src/pipeline.js";

let curated: KnowledgeGraph;
let extracted: KnowledgeGraph;

beforeAll(async () => {
  const { articles } = await readCorpus("corpus");
  curated = runPipeline(articles, { curated: readCurated("corpus/curated.ts"), name: "corpus" }).graph;
  extracted = runPipeline(articles, { name: "corpus" }).graph;
});

function nodesNamed(g: KnowledgeGraph, name: string, kind?: string): string[] {
  return g.filterNodes((_, a) => (!kind || a.kind === kind) && (a.label === name || a.aliases.includes(name)));
}

function one(g: KnowledgeGraph, name: string, kind: string): string {
  const nodes = nodesNamed(g, name, kind);
  expect(nodes, `${kind} "${name}"`).toHaveLength(1);
  return nodes[0]!;
}

function linked(g: KnowledgeGraph, s: string, predicate: string, o: string): boolean {
  return g.edges(s, o).some((e) => g.getEdgeAttribute(e, "predicate") === predicate);
}

function events(g: KnowledgeGraph, type: string, date: string): string[] {
  return g.filterNodes((_, a) => a.kind === "event" && a.eventType === type && a.date === date);
}

describe.each([
  ["with curation", () => curated],
  ["without curation", () => extracted],
])("the seed story, %s", (_, graph) => {
  it("has Putin, Assad, Shoigu and Surovikin as one person each, with their surface forms", () => {
    const g = graph();
    for (const [name, alias] of [["Vladimir Putin", "Putin"], ["Bashar al-Assad", "Assad"], ["Sergei Shoigu", "Shoigu"], ["Sergei Surovikin", "Surovikin"]] as const) {
      const id = one(g, name, "person");
      expect(g.getNodeAttribute(id, "aliases")).toContain(alias);
    }
    expect(nodesNamed(g, "Mr Putin", "person")).toEqual(nodesNamed(g, "Vladimir Putin", "person"));
  });

  it("has Hmeimim (also Hmeymim) as one place in Latakia, in Syria, with a Russian base", () => {
    const g = graph();
    const hmeimim = one(g, "Hmeimim", "place");
    expect(nodesNamed(g, "Hmeymim", "place")).toEqual([hmeimim]);
    const latakia = one(g, "Latakia", "place");
    const syria = one(g, "Syria", "place");
    const russia = one(g, "Russia", "place");
    expect(linked(g, hmeimim, "located_in", latakia) || linked(g, hmeimim, "near", latakia)).toBe(true);
    expect(linked(g, latakia, "located_in", syria)).toBe(true);
    expect(linked(g, russia, "has_base_at", hmeimim)).toBe(true);
  });

  it("has Tartus (also Tartous) as one place with a Russian base", () => {
    const g = graph();
    const tartus = one(g, "Tartous", "place");
    expect(nodesNamed(g, "Tartus", "place")).toEqual([tartus]);
    expect(linked(g, one(g, "Russia", "place"), "has_base_at", tartus)).toBe(true);
  });

  it("has Islamic State as one force, whatever the outlet calls it", () => {
    const g = graph();
    const is = one(g, "Islamic State", "force");
    for (const alias of ["IS", "ISIS", "Isil"]) expect(nodesNamed(g, alias, "force")).toEqual([is]);
  });

  it("dates Putin's visit and withdrawal order 2017-12-11 and keeps the March 2016 announcement apart", () => {
    const g = graph();
    const putin = one(g, "Vladimir Putin", "person");
    const visit = events(g, "visit", "2017-12-11");
    expect(visit).toHaveLength(1);
    expect(linked(g, putin, "participant_in", visit[0]!) || linked(g, putin, "announced", visit[0]!)).toBe(true);
    const w2017 = events(g, "withdrawal", "2017-12-11");
    const w2016 = events(g, "withdrawal", "2016-03-14");
    expect(w2017).toHaveLength(1);
    expect(w2016).toHaveLength(1);
    expect(linked(g, putin, "ordered", w2017[0]!)).toBe(true);
    expect(g.getNodeAttribute(w2017[0]!, "sources").length).toBeGreaterThanOrEqual(4);
    expect(g.getNodeAttribute(w2016[0]!, "sources")).toContain("002_7489751ed085bea4");
  });

  it("dates the start of the air campaign to September 2015", () => {
    const g = graph();
    expect(g.filterNodes((_, a) => a.kind === "event" && a.eventType === "air_campaign" && (a.date ?? "").startsWith("2015-09"))).toHaveLength(1);
  });

  it("has evidence on every extracted edge, pointing into the articles", () => {
    const g = graph();
    g.forEachEdge((_, a) => {
      if (a.origin === "curated") return;
      expect(a.evidence.length).toBeGreaterThan(0);
      for (const e of a.evidence) expect(e.end).toBeGreaterThan(e.start);
    });
  });
});

describe("the seed story with curation", () => {
  it("marks curated-and-extracted facts as both, with the curated line as provenance", () => {
    const g = curated;
    const hmeimim = one(g, "Hmeimim", "place");
    const latakia = one(g, "Latakia", "place");
    const edge = g.edges(hmeimim, latakia).find((e) => g.getEdgeAttribute(e, "predicate") === "located_in")!;
    expect(g.getEdgeAttribute(edge, "origin")).toBe("both");
    expect(g.getEdgeAttribute(edge, "provenance")[0]).toMatch(/^corpus\/curated\.ts:\d+$/);
  });
});
