/**
 * relationsOf, describeEntity, evidenceFor, claimsOf
 * ==================================================
 *
 * The relations at an entity with each filter (predicate, direction, other
 * kind, origin, confidence, date), the evidence of an edge with its articles,
 * and claims read from the graph (none made up).
 */
import { describe, expect, it } from "vitest";
import { claimsOf } from "../../src/query/claims-of.js";
import { describeEntity } from "../../src/query/describe-entity.js";
import { findEdge } from "../../src/query/edge-view.js";
import { evidenceFor } from "../../src/query/evidence-for.js";
import { relationsOf } from "../../src/query/relations-of.js";
import { QueryError } from "../../src/schema/index.js";
import { seedArticleTexts } from "../helpers/kg-cli.js";
import { evidence, seedGraph, tinyGraph } from "./helpers.js";

describe("relations in the seed graph", () => {
  const graph = seedGraph();

  it("Hmeymim is a place located in Latakia and in Syria", () => {
    const located = relationsOf(graph, "Hmeymim", { predicate: "located_in", direction: "out" });
    expect(located.map((r) => r.other.label)).toEqual(expect.arrayContaining(["Latakia", "Syria"]));
    const latakia = located.find((r) => r.other.id === "place:latakia")!;
    expect(latakia).toMatchObject({
      id: "place:hmeimim|located_in|place:latakia",
      direction: "out",
      subject: { id: "place:hmeimim", kind: "place" },
      object: { id: "place:latakia", label: "Latakia", kind: "place" },
      label: "located in",
    });
    expect(latakia.origin).not.toBe("extracted");
    expect(latakia.provenance[0]).toMatch(/^corpus\/curated\.ts:\d+$/);
  });

  it("accepts a predicate's label and filters by direction", () => {
    const incoming = relationsOf(graph, "Hmeimim", { predicate: "visited", direction: "in" });
    expect(incoming.map((r) => [r.direction, r.other.id])).toContainEqual(["in", "person:vladimir-putin"]);
    expect(relationsOf(graph, "Hmeimim", { predicate: "visited", direction: "out" })).toEqual([]);
    expect(relationsOf(graph, "Tartus", { predicate: "has a base at" }).map((r) => r.subject.id)).toContain("place:russia");
  });

  it("filters by the other end's kind, by origin and by confidence", () => {
    const putin = relationsOf(graph, "Putin", { kind: "event" });
    expect(putin.length).toBeGreaterThan(0);
    expect(putin.every((r) => r.other.kind === "event")).toBe(true);
    const curated = relationsOf(graph, "Putin", { origin: ["curated", "both"] });
    expect(curated.every((r) => r.origin !== "extracted")).toBe(true);
    expect(relationsOf(graph, "Putin", { minConfidence: 1 }).every((r) => r.confidence >= 1)).toBe(true);
  });

  it("dates a relation by its event end: Putin's 2016 relations are about the 2016 withdrawal", () => {
    const in2016 = relationsOf(graph, "Putin", { from: "2016", to: "2016" });
    expect(in2016.map((r) => r.other.id)).toContain("event:withdrawal-of-the-main-part-of-russian-forces-from-syria-2016");
    expect(in2016.map((r) => r.other.id)).not.toContain("event:partial-withdrawal-of-russian-forces-from-syria-2017");
    for (const r of in2016) expect(r.date ?? r.reported.find((d) => d.startsWith("2016"))).toMatch(/^2016/);
  });

  it("orders outgoing relations first, then by predicate and label", () => {
    const all = relationsOf(graph, "Putin");
    const firstIn = all.findIndex((r) => r.direction === "in");
    if (firstIn >= 0) expect(all.slice(firstIn).every((r) => r.direction === "in")).toBe(true);
    const out = all.filter((r) => r.direction === "out").map((r) => r.predicate);
    expect(out).toEqual([...out].sort());
  });

  it("describeEntity gives the entity, its relations and its claims as plain data", () => {
    const details = describeEntity(graph, "Hmeymim");
    expect(details.entity).toMatchObject({ id: "place:hmeimim", label: "Hmeimim", kind: "place" });
    expect(details.entity.aliases).toContain("Hmeymim");
    expect(JSON.parse(JSON.stringify(details))).toEqual(details);
  });
});

describe("evidence for an edge", () => {
  const graph = seedGraph();
  const texts = seedArticleTexts();

  it("quotes the articles exactly and names them", () => {
    const id = findEdge(graph, { subject: "Putin", predicate: "visited", object: "Syria" });
    expect(id).toBe("person:vladimir-putin|visited|place:syria");
    const { edge, evidence: items, provenance } = evidenceFor(graph, id);
    expect(edge).toMatchObject({ subject: { label: "Vladimir Putin" }, predicate: "visited", object: { label: "Syria" } });
    expect(items.length).toBeGreaterThan(0);
    for (const e of items) {
      expect(texts.get(e.doc)?.slice(e.start, e.end)).toBe(e.quote);
      expect(e.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(provenance.some((p) => /^corpus\/curated\.ts:\d+$/.test(p))).toBe(true);
  });

  it("an unknown edge is a QueryError listing edges at the same ends", () => {
    try {
      evidenceFor(graph, "person:vladimir-putin|visited|place:latakia");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(QueryError);
      expect((error as QueryError).code).toBe("unknown-edge");
      expect((error as QueryError).suggestions).toContain("person:vladimir-putin|visited|place:syria");
    }
  });
});

describe("claims", () => {
  it("a graph without claims has none", () => {
    const graph = tinyGraph([{ key: "place:a", label: "A", kind: "place" }]);
    expect(claimsOf(graph, "place:a")).toEqual([]);
    expect(claimsOf(graph)).toEqual([]);
  });

  it("reads graph-level claims by node ids, source, about and attribution, with conflicts", () => {
    const graph = tinyGraph([
      { key: "organization:sohr", label: "SOHR", kind: "organization" },
      { key: "place:syria", label: "Syria", kind: "place" },
    ]);
    const claims = [
      { id: "c1", doc: "d1", subject: "people killed", value: 100, unit: "people", attributedTo: "SOHR", evidence: evidence("d1", "SOHR said 100 people were killed."), conflicts: ["c2"], about: ["place:syria"] },
      { id: "c2", doc: "d2", subject: "people killed", value: 80, unit: "people", source: "organization:sohr", evidence: evidence("d2", "80 died."), conflicts: ["c1"] },
      { id: "c3", doc: "d3", subject: "no figure", value: "many", unit: "", evidence: evidence("d3", "Many died."), conflicts: [] },
    ];
    graph.setAttribute("claims", claims as never);
    graph.setNodeAttribute("place:syria", "claims", ["c2"]);
    expect(claimsOf(graph, "SOHR").map((c) => c.id)).toEqual(["c1", "c2"]);
    expect(claimsOf(graph, "place:syria").map((c) => c.id)).toEqual(["c1", "c2"]);
    expect(claimsOf(graph, "Syria")[0]).toEqual({
      id: "c1",
      subject: "people killed",
      value: 100,
      unit: "people",
      attributedTo: "SOHR",
      about: ["place:syria"],
      doc: "d1",
      quote: "SOHR said 100 people were killed.",
      conflicts: ["c2"],
    });
    // A claim without a figure is not made into one.
    expect(claimsOf(graph).map((c) => c.id)).toEqual(["c1", "c2"]);
  });

  it("in the seed graph, every claim naming an entity is among its claims", () => {
    const graph = seedGraph();
    const all = claimsOf(graph);
    for (const claim of all) {
      for (const id of [...claim.about, ...(claim.source ? [claim.source] : [])]) {
        if (graph.hasNode(id)) expect(claimsOf(graph, id).map((c) => c.id)).toContain(claim.id);
      }
    }
  });
});
