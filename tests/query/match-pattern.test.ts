/**
 * Triple patterns: parsePattern and matchPattern
 * ==============================================
 *
 * The pattern language (variables, predicate names and labels, names with and
 * without quotes, " . " joins) and the join itself: every row is a consistent
 * binding whose edges exist, rows are sorted, and mistakes are QueryErrors
 * with close matches.
 */
import { describe, expect, it } from "vitest";
import { matchPattern } from "../../src/query/match-pattern.js";
import { parsePattern } from "../../src/query/parse-pattern.js";
import { QueryError } from "../../src/schema/index.js";
import type { QueryGraph } from "../../src/query/types.js";
import type { PatternResult } from "../../src/query/match-pattern.js";
import { seedGraph, tinyGraph } from "./helpers.js";

/** Every row's edges exist and agree with its bindings, triple by triple. */
function expectConsistent(graph: QueryGraph, pattern: string, result: PatternResult): void {
  const triples = parsePattern(graph, pattern);
  for (const row of result.rows) {
    triples.forEach((t, i) => {
      const edge = row.edges[i]!;
      expect(graph.hasEdge(edge)).toBe(true);
      const subject = t.subject.type === "var" ? row.bindings[t.subject.name]!.id : t.subject.entity.id;
      const object = t.object.type === "var" ? row.bindings[t.object.name]!.id : t.object.entity.id;
      const predicate = t.predicate.type === "var" ? row.bindings[t.predicate.name]!.id : t.predicate.predicate;
      expect([graph.source(edge), graph.getEdgeAttribute(edge, "predicate"), graph.target(edge)]).toEqual([subject, predicate, object]);
    });
  }
}

describe("patterns over the seed graph", () => {
  const graph = seedGraph();

  it("?who visited ?where includes Putin's visit", () => {
    const result = matchPattern(graph, "?who visited ?where");
    expect(result.variables).toEqual(["who", "where"]);
    expect(result.rows).toContainEqual({
      bindings: {
        who: { id: "person:vladimir-putin", label: "Vladimir Putin", kind: "person" },
        where: { id: "place:hmeimim", label: "Hmeimim", kind: "place" },
      },
      edges: ["person:vladimir-putin|visited|place:hmeimim"],
    });
    expectConsistent(graph, "?who visited ?where", result);
  });

  it("joins: ?p visited ?place . ?place located_in Syria", () => {
    const pattern = "?p visited ?place . ?place located_in Syria";
    const result = matchPattern(graph, pattern);
    expect(result.pattern).toEqual(["?p visited ?place", "?place located_in place:syria"]);
    expect(result.rows.map((r) => [r.bindings.p!.label, r.bindings.place!.label])).toContainEqual(["Vladimir Putin", "Hmeimim"]);
    // Syria itself is not located in Syria: the join really constrains ?place.
    expect(result.rows.every((r) => r.bindings.place!.id !== "place:syria")).toBe(true);
    expectConsistent(graph, pattern, result);
  });

  it.each([
    ['?p visited ?place . ?place "located in" "Syria"'],
    ["?p visited ?place . ?place located in Syria"],
    ["?p VISITED ?place . ?place Located-In place:syria"],
    ["$p visited $place . $place located_in syria"],
  ])("reads %s the same way", (pattern) => {
    expect(matchPattern(graph, pattern)).toEqual(matchPattern(graph, "?p visited ?place . ?place located_in Syria"));
  });

  it("takes names with spaces, unquoted or quoted, on either side", () => {
    const a = matchPattern(graph, "Bashar al-Assad leader of ?x");
    const b = matchPattern(graph, '"Bashar al-Assad" leader_of ?x');
    expect(a.rows.map((r) => r.bindings.x!.id)).toContain("place:syria");
    expect(a).toEqual(b);
  });

  it("binds predicate variables to predicates", () => {
    const result = matchPattern(graph, "Putin ?rel Hmeimim");
    expect(result.rows.map((r) => r.bindings.rel)).toContainEqual({ id: "visited", label: "visited", kind: "predicate" });
    expectConsistent(graph, "Putin ?rel Hmeimim", result);
  });

  it("a fixed subject and object match only edges in that direction", () => {
    expect(matchPattern(graph, "Hmeimim ?rel Putin").rows).toEqual([]);
  });

  it("limits rows and says so", () => {
    const all = matchPattern(graph, "?s ?p ?o");
    expect(all.rows.length).toBe(graph.size);
    const two = matchPattern(graph, "?s ?p ?o", { limit: 2 });
    expect(two.rows).toEqual(all.rows.slice(0, 2));
    expect(two.truncated).toBe(true);
    expect(all.truncated).toBe(false);
  });

  it("filters edges by origin and confidence", () => {
    const curated = matchPattern(graph, "?s ?p ?o", { origin: "curated" });
    expect(curated.rows.every((r) => graph.getEdgeAttribute(r.edges[0]!, "origin") === "curated")).toBe(true);
    const sure = matchPattern(graph, "?s ?p ?o", { minConfidence: 0.99 });
    expect(sure.rows.every((r) => graph.getEdgeAttribute(r.edges[0]!, "confidence") >= 0.99)).toBe(true);
  });
});

describe("joins on a tiny graph", () => {
  const graph = tinyGraph(
    [
      { key: "person:a", label: "Anna", kind: "person" },
      { key: "person:b", label: "Boris", kind: "person" },
      { key: "person:c", label: "Chen", kind: "person" },
      { key: "place:x", label: "Xland", kind: "place" },
    ],
    [
      { s: "person:a", p: "met_with", o: "person:b" },
      { s: "person:b", p: "met_with", o: "person:c" },
      { s: "person:c", p: "met_with", o: "person:a" },
      { s: "person:a", p: "visited", o: "place:x" },
      { s: "person:c", p: "visited", o: "place:x" },
    ],
  );

  it("follows chains, and a repeated variable must bind the same node", () => {
    const chain = matchPattern(graph, "?a met_with ?b . ?b met_with ?c . ?c met_with ?a");
    expect(chain.rows.map((r) => [r.bindings.a!.label, r.bindings.b!.label, r.bindings.c!.label])).toEqual([
      ["Anna", "Boris", "Chen"],
      ["Boris", "Chen", "Anna"],
      ["Chen", "Anna", "Boris"],
    ]);
    const both = matchPattern(graph, "?p visited ?x . ?p met_with ?q . ?q visited ?x");
    expect(both.rows.map((r) => [r.bindings.p!.label, r.bindings.q!.label])).toEqual([["Chen", "Anna"]]);
  });

  it("?a p ?a matches only self-loops", () => {
    expect(matchPattern(graph, "?a met_with ?a").rows).toEqual([]);
  });
});

describe("mistakes in patterns", () => {
  const graph = seedGraph();
  const codeOf = (pattern: string) => {
    try {
      matchPattern(graph, pattern);
    } catch (error) {
      if (error instanceof QueryError) return { code: error.code, suggestions: error.suggestions, message: error.message };
      throw error;
    }
    return undefined;
  };

  it.each([
    ["?a visted ?b", "unknown-predicate", "visited"],
    ["?a locatd in ?b", "unknown-predicate", "located_in"],
    ["?a visited Hmeymin", "unknown-name", "Hmeimim (place, place:hmeimim)"],
  ])("%s → %s suggesting %s", (pattern, code, suggestion) => {
    const error = codeOf(pattern);
    expect(error?.code).toBe(code);
    expect(error?.suggestions).toContain(suggestion);
  });

  it.each([[""], ["?a visited"], ['?a visited "Syria'], ["?a? visited ?b"], ["?p visited ?x . ?x ?p ?y"]])("%j is a bad pattern", (pattern) => {
    expect(codeOf(pattern)?.code).toBe("bad-pattern");
  });
});
