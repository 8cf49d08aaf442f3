/**
 * The query API from the package's name
 * =====================================
 *
 * What a user's program writes: `import { … } from "news-kg"` (the package
 * links itself, so this is dist/index.js with its .d.ts), on the committed
 * graph and on one built in memory.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  QueryError,
  describeEntity,
  evidenceFor,
  loadGraph,
  matchPattern,
  openSparqlStore,
  relationsOf,
  resolveEntity,
  runPipeline,
  shortestPaths,
  timeline,
  toCsv,
  toCypher,
  toGraphml,
  toTurtle,
  type EntityRef,
  type PatternResult,
  type QueryGraph,
} from "news-kg";
import { repoRoot } from "../helpers/kg-cli.js";

describe("the query API through the package name", () => {
  const graph: QueryGraph = loadGraph(path.join(repoRoot, "graph/graph.json"));

  it("answers the issue's questions", () => {
    const hmeimim: EntityRef = resolveEntity(graph, "Hmeymim");
    expect(hmeimim).toMatchObject({ id: "place:hmeimim", label: "Hmeimim", kind: "place" });
    expect(relationsOf(graph, "Hmeymim", { predicate: "located_in" }).map((r) => r.other.label)).toContain("Latakia");
    const visits: PatternResult = matchPattern(graph, "?who visited ?where");
    expect(visits.rows.some((r) => r.bindings.who!.label === "Vladimir Putin")).toBe(true);
    expect(shortestPaths(graph, "Shoigu", "Tartous").paths.length).toBeGreaterThan(0);
    expect(evidenceFor(graph, "person:vladimir-putin|visited|place:syria").evidence.length).toBeGreaterThan(0);
    expect(timeline(graph, { from: "2017" }).length).toBeGreaterThan(0);
    expect(describeEntity(graph, "Putin").entity.kind).toBe("person");
    expect(() => resolveEntity(graph, "Hmeymin")).toThrow(QueryError);
  });

  it("works on a graph built in memory, and exports it", () => {
    const { graph: built } = runPipeline([{ id: "a", text: "President Vladimir Putin visited Syria on Monday.", published: "2017-12-11" }]);
    expect(matchPattern(built, "Putin visited ?where").rows.map((r) => r.bindings.where!.label)).toEqual(["Syria"]);
    const store = openSparqlStore(toTurtle(built));
    expect(store.query("ASK { person:vladimir-putin kg:visited place:syria }")).toEqual({ type: "ask", boolean: true });
    expect(toGraphml(built)).toContain("<graphml");
    expect(toCsv(built).edges).toContain("person:vladimir-putin|visited|place:syria");
    expect(toCypher(built)).toContain("VISITED");
  });
});
