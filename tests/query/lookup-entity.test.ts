/**
 * Names to entities: lookupEntity, resolveEntity, loadGraph
 * =========================================================
 *
 * A name resolves by key, label, alias or spelling variant, folded for case,
 * diacritics and "al-"; several entities at the best level make it ambiguous
 * unless a kind filter decides; an unknown name is a QueryError with close
 * matches. Tables of names, as the extractor tests are.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { graphFromJson, loadGraph } from "../../src/query/load-graph.js";
import { lookupEntity, resolveEntity } from "../../src/query/lookup-entity.js";
import { QueryError } from "../../src/schema/index.js";
import { seedGraph, tinyGraph } from "./helpers.js";

describe("resolving names in the seed graph", () => {
  const graph = seedGraph();
  it.each([
    ["Hmeymim", "place:hmeimim", "alias"],
    ["Hmeimim", "place:hmeimim", "label"],
    ["HMEYMIM AIRBASE", "place:hmeimim", "alias"],
    ["Khmeymim", "place:hmeimim", "spelling"],
    ["place:hmeimim", "place:hmeimim", "id"],
    ["Tartous", "place:tartus", "alias"],
    ["Shoigu", "person:sergei-shoigu", "alias"],
    ["assad", "person:bashar-al-assad", "alias"],
    ["Bashar Assad", "person:bashar-al-assad", "label"],
    ["  Vladimir   Putin ", "person:vladimir-putin", "label"],
    ["ISIS", "force:islamic-state", "alias"],
  ])("%s → %s (by %s)", (name, id, by) => {
    const lookup = lookupEntity(graph, name);
    expect(lookup).toMatchObject({ status: "found", entity: { id }, matchedBy: by });
  });

  it("Hmeymim is the place Hmeimim", () => {
    expect(resolveEntity(graph, "Hmeymim")).toMatchObject({ id: "place:hmeimim", label: "Hmeimim", kind: "place" });
  });

  it("an unknown name throws a QueryError listing close matches", () => {
    const error = catchError(() => resolveEntity(graph, "Hmeymin"));
    expect(error).toBeInstanceOf(QueryError);
    expect(error.code).toBe("unknown-name");
    expect(error.suggestions[0]).toBe("Hmeimim (place, place:hmeimim)");
    expect(error.message).toContain("Hmeimim");
  });

  it("a part of a name suggests the entities whose names contain it", () => {
    const error = catchError(() => resolveEntity(graph, "Bashar"));
    expect(error.suggestions).toEqual(expect.arrayContaining(["Bashar al-Assad (person, person:bashar-al-assad)", "Bashar al-Jaafari (person, person:bashar-al-jaafari)"]));
  });

  it("a kind filter leaves out entities of other kinds", () => {
    expect(lookupEntity(graph, "Hmeymim", { kind: "person" }).status).toBe("unknown");
    expect(lookupEntity(graph, "Hmeymim", { kind: ["person", "place"] }).status).toBe("found");
  });
});

describe("ambiguous names", () => {
  const graph = tinyGraph([
    { key: "place:georgia", label: "Georgia", kind: "place" },
    { key: "person:georgia", label: "Georgia", kind: "person" },
    { key: "place:tbilisi", label: "Tbilisi", kind: "place", aliases: ["Tbilisi", "capital"] },
    { key: "place:kyiv", label: "Kyiv", kind: "place", aliases: ["Kyiv", "Kiev", "capital"] },
    { key: "organization:capital", label: "Capital Group", kind: "organization", aliases: ["Capital"] },
  ]);

  it("several entities with the label are ambiguous, listing kind, label and key", () => {
    const lookup = lookupEntity(graph, "georgia");
    expect(lookup).toEqual({
      status: "ambiguous",
      name: "georgia",
      matchedBy: "label",
      candidates: [
        { id: "person:georgia", label: "Georgia", kind: "person" },
        { id: "place:georgia", label: "Georgia", kind: "place" },
      ],
    });
    const error = catchError(() => resolveEntity(graph, "georgia"));
    expect(error.code).toBe("ambiguous-name");
    expect(error.candidates.map((c) => c.id)).toEqual(["person:georgia", "place:georgia"]);
    expect(error.message).toMatch(/ambiguous/);
  });

  it("a lone surname finds the one person whose label ends with it, after every other kind of match", () => {
    const people = tinyGraph([
      { key: "person:vladimir-putin", label: "Vladimir Putin", kind: "person" },
      { key: "person:anna-smith", label: "Anna Smith", kind: "person" },
      { key: "person:john-smith", label: "John Smith", kind: "person" },
      { key: "place:putin", label: "Putinsk", kind: "place", aliases: ["Putinsk"] },
    ]);
    expect(lookupEntity(people, "putin")).toMatchObject({ status: "found", entity: { id: "person:vladimir-putin" }, matchedBy: "surname" });
    expect(lookupEntity(people, "Smith")).toMatchObject({ status: "ambiguous", matchedBy: "surname" });
  });

  it("a name shared by several picks the one with five times the mentions of the next, and lists the others", () => {
    const people = tinyGraph([
      { key: "person:gordon-brown", label: "Gordon Brown", kind: "person", mentions: 300 },
      { key: "person:sarah-brown", label: "Sarah Brown", kind: "person", mentions: 12 },
      { key: "person:nick-brown", label: "Nick Brown", kind: "person", mentions: 40 },
      { key: "person:ana-vell", label: "Ana Vell", kind: "person", mentions: 10 },
      { key: "person:ben-vell", label: "Ben Vell", kind: "person", mentions: 30 },
    ]);
    const brown = resolveEntity(people, "Brown");
    expect(brown.id).toBe("person:gordon-brown");
    expect(brown.alternatives.map((a) => [a.id, a.mentions])).toEqual([
      ["person:nick-brown", 40],
      ["person:sarah-brown", 12],
    ]);
    // Three times is not five: ambiguous, as before.
    expect(lookupEntity(people, "Vell")).toMatchObject({ status: "ambiguous", matchedBy: "surname" });
  });

  it("a found name lists the weaker matches too (a bare-surname node beside the full name)", () => {
    const people = tinyGraph([
      { key: "person:blair", label: "Blair", kind: "person", mentions: 2 },
      { key: "person:tony-blair", label: "Tony Blair", kind: "person", mentions: 500 },
    ]);
    const found = resolveEntity(people, "Blair");
    expect(found.id).toBe("person:blair");
    expect(found.alternatives.map((a) => a.id)).toEqual(["person:tony-blair"]);
  });

  it("a kind filter decides", () => {
    expect(resolveEntity(graph, "Georgia", { kind: "place" }).id).toBe("place:georgia");
  });

  it("a label and an alias are one level: mentions decide between them, and a key beats both", () => {
    const vells = tinyGraph([
      { key: "organization:the-vell", label: "The Vell", kind: "organization", mentions: 2 },
      { key: "person:tony-vell", label: "Tony Vell", kind: "person", aliases: ["Tony Vell", "Vell", "Mr Vell"], mentions: 300 },
    ]);
    expect(lookupEntity(vells, "Vell")).toMatchObject({ status: "found", entity: { id: "person:tony-vell" }, matchedBy: "alias" });
    expect(resolveEntity(vells, "Vell").alternatives.map((a) => a.id)).toEqual(["organization:the-vell"]);

    // "Capital" is the alias of three entities but the label of none: ambiguous among them.
    expect(lookupEntity(graph, "capital")).toMatchObject({ status: "ambiguous", matchedBy: "alias" });
    expect(lookupEntity(graph, "Capital Group")).toMatchObject({ status: "found", entity: { id: "organization:capital" } });
    expect(lookupEntity(graph, "person:georgia")).toMatchObject({ status: "found", matchedBy: "id" });
  });

  it("sees changes to the graph made after a lookup", () => {
    const g = tinyGraph([{ key: "place:a", label: "Alpha", kind: "place" }]);
    expect(lookupEntity(g, "Alef").status).toBe("unknown");
    g.setNodeAttribute("place:a", "aliases", ["Alpha", "Alef"]);
    expect(lookupEntity(g, "Alef")).toMatchObject({ status: "found", matchedBy: "alias" });
    g.addNode("place:b", { ...g.getNodeAttributes("place:a"), label: "Beta", aliases: ["Beta"] });
    expect(lookupEntity(g, "beta")).toMatchObject({ status: "found", entity: { id: "place:b" } });
    g.dropNode("place:b");
    expect(lookupEntity(g, "beta").status).toBe("unknown");
  });

  it("an empty name is unknown, with no suggestions", () => {
    expect(lookupEntity(graph, "  ")).toEqual({ status: "unknown", name: "  ", suggestions: [] });
  });
});

describe("loadGraph", () => {
  it("loads the committed graph as a multigraph with the contract's attributes", () => {
    const graph = seedGraph();
    expect(graph.multi).toBe(true);
    expect(graph.type).toBe("directed");
    expect(graph.getNodeAttribute("place:hmeimim", "kind")).toBe("place");
  });

  it("explains a missing file, bad JSON and a non-graph", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "news-kg-load-"));
    try {
      expect(catchError(() => loadGraph(path.join(dir, "nope.json"))).message).toMatch(/no such file; build the graph with `kg build`/);
      writeFileSync(path.join(dir, "bad.json"), "{");
      expect(catchError(() => loadGraph(path.join(dir, "bad.json"))).code).toBe("bad-graph");
      expect(catchError(() => graphFromJson({ hello: 1 })).message).toMatch(/not a graphology serialization/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function catchError(fn: () => unknown): QueryError {
  try {
    fn();
  } catch (error) {
    if (error instanceof QueryError) return error;
    throw error;
  }
  throw new Error("expected a QueryError");
}

describe("redirects", () => {
  it("a key that a merge absorbed resolves to the node it joined", () => {
    const people = tinyGraph([{ key: "person:gordon-vellmar", label: "Gordon Vellmar", kind: "person" }]);
    people.setAttribute("redirects", { "person:vellmar": "person:gordon-vellmar" });
    expect(lookupEntity(people, "person:vellmar")).toMatchObject({ status: "found", entity: { id: "person:gordon-vellmar" }, matchedBy: "id" });
    expect(lookupEntity(people, "person:nobody").status).toBe("unknown");
  });
});

describe("kg show with alternatives", () => {
  it("prints the other matches under the entity, with their mentions", async () => {
    const { formatDetails } = await import("../../src/cli/show-command.js");
    const { describeEntity } = await import("../../src/query/describe-entity.js");
    const people = tinyGraph([
      { key: "person:gordon-brown", label: "Gordon Brown", kind: "person", mentions: 300 },
      { key: "person:sarah-brown", label: "Sarah Brown", kind: "person", mentions: 12 },
    ]);
    const text = formatDetails(describeEntity(people, "Brown"));
    expect(text.split("\n")[0]).toContain("Gordon Brown");
    expect(text).toContain("also: Sarah Brown (12 mentions)");
  });
});
