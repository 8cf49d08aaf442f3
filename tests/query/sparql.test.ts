/**
 * SPARQL over the graph's RDF (Oxigraph)
 * ======================================
 *
 * SELECT, ASK, CONSTRUCT and COUNT(*) over the exported Turtle; the graph's
 * prefixes work without being declared; updates and syntax errors are
 * QueryErrors; results are W3C SPARQL JSON.
 */
import { Parser } from "n3";
import { describe, expect, it } from "vitest";
import { toTurtle } from "../../src/export/to-turtle.js";
import { openSparqlStore, sparql, toSparqlJson } from "../../src/query/sparql.js";
import { QueryError } from "../../src/schema/index.js";
import { seedGraph } from "./helpers.js";

describe("SPARQL over the seed graph", () => {
  const turtle = toTurtle(seedGraph());
  const store = openSparqlStore(turtle);

  it("counts every triple", () => {
    const triples = new Parser().parse(turtle).length;
    const result = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
    expect(result).toEqual({
      type: "select",
      variables: ["n"],
      rows: [{ n: { type: "literal", value: String(triples), datatype: "http://www.w3.org/2001/XMLSchema#integer" } }],
    });
    expect(store.size).toBe(triples);
  });

  it("answers with the graph's prefixes predeclared", () => {
    const result = store.query("SELECT ?label WHERE { ?who kg:visited place:hmeimim ; rdfs:label ?label }");
    expect(result.type === "select" && result.rows.map((r) => r.label!.value)).toEqual(["Vladimir Putin"]);
    // A query that declares a prefix itself keeps its own declaration.
    const own = store.query("PREFIX kg: <https://news-kg.dev/ontology#> ASK { person:vladimir-putin kg:visited place:syria }");
    expect(own).toEqual({ type: "ask", boolean: true });
  });

  it("reaches evidence through the reified statements", () => {
    const result = sparql(
      store,
      `SELECT ?quote WHERE {
         ?st rdf:subject person:vladimir-putin ; rdf:predicate kg:visited ; rdf:object place:syria ; kg:evidence ?ev .
         ?ev kg:quote ?quote }`,
    );
    expect(result.type).toBe("select");
    if (result.type === "select") expect(result.rows.length).toBe(seedGraph().getEdgeAttribute("person:vladimir-putin|visited|place:syria", "evidence").length);
  });

  it("compares event dates of any precision through kg:startDate", () => {
    const result = store.query(`SELECT ?e WHERE { ?e a kg:Event ; kg:startDate ?d FILTER (?d >= "2017-01-01"^^xsd:date) }`);
    expect(result.type === "select" && result.rows.map((r) => r.e!.value)).toContain("https://news-kg.dev/id/entity/event/putin-s-visit-to-hmeimim-airbase");
  });

  it("gives CONSTRUCT results as Turtle", () => {
    const result = store.query("CONSTRUCT { ?s kg:visited ?o } WHERE { ?s kg:visited ?o }");
    expect(result.type).toBe("graph");
    if (result.type === "graph") expect(new Parser().parse(result.turtle).length).toBeGreaterThanOrEqual(2);
  });

  it("writes W3C SPARQL JSON results", () => {
    expect(toSparqlJson({ type: "ask", boolean: false })).toEqual({ head: {}, boolean: false });
    const json = toSparqlJson(store.query("SELECT ?x ?unbound WHERE { ?x kg:visited place:syria OPTIONAL { ?x kg:nothing ?unbound } }")) as {
      head: { vars: string[] };
      results: { bindings: unknown[] };
    };
    expect(json.head.vars).toEqual(["x", "unbound"]);
    expect(json.results.bindings).toEqual([{ x: { type: "uri", value: "https://news-kg.dev/id/entity/person/vladimir-putin" } }]);
  });

  it("refuses updates and reports syntax errors as QueryErrors", () => {
    for (const bad of ["DELETE WHERE { ?s ?p ?o }", "SELEC ?x WHERE { ?x ?p ?o }"]) {
      expect(() => store.query(bad)).toThrow(QueryError);
    }
    expect(store.size).toBeGreaterThan(0);
    expect(() => openSparqlStore("this is not turtle")).toThrow(/does not load/);
  });

  it("places a syntax error at the user's own line and column, in one short line", () => {
    // The query uses kg: without declaring it, so PREFIX lines are put before it; the error is still on line 1.
    const message = (q: string) => {
      try {
        store.query(q);
      } catch (e) {
        return (e as Error).message;
      }
      return "";
    };
    const one = message("SELECT ?x WHERE { ?x kg:visited ?y ");
    expect(one).toMatch(/^SPARQL: line 1, column \d+: expected/);
    expect(one).not.toContain("\n");
    expect(one).not.toContain("[_]");
    expect(one.length).toBeLessThan(120);
    const third = message("SELECT ?x\nWHERE {\n  ?x kg:visited ?y ");
    expect(third).toMatch(/^SPARQL: line 3, column \d+:/);
    // Without added prefixes, Oxigraph's own line stands.
    expect(message("SELECT ?x WHERE { ?x <urn:p> ?y ")).toMatch(/^SPARQL: line 1, column/);
  });
});
