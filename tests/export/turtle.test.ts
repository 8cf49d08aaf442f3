/**
 * RDF export (Turtle), read back with n3's parser and loaded into Oxigraph
 * ========================================================================
 *
 * Every node is an entity of its class with label and aliases, every edge a
 * plain triple and a reified statement with confidence, origin, provenance and
 * evidence; counts and a sample of values survive a real RDF parser, hostile
 * text included, and the same graph gives the same bytes.
 */
import { Parser } from "n3";
import type { Quad } from "n3";
import { describe, expect, it } from "vitest";
import { ONTOLOGY, RDF, RDFS, SKOS, articleIri, entityIri, statementIri } from "../../src/export/rdf-iris.js";
import { toTurtle } from "../../src/export/to-turtle.js";
import { openSparqlStore } from "../../src/query/sparql.js";
import type { QueryGraph } from "../../src/query/types.js";
import { seedGraph } from "../query/helpers.js";
import { HOSTILE, LONE_SURROGATE, hostileGraph } from "./hostile-graph.js";

const TYPE = `${RDF}type`;

function parse(turtle: string): Quad[] {
  return new Parser({ format: "text/turtle" }).parse(turtle);
}

function objects(quads: Quad[], subject: string, predicate: string): string[] {
  return quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object.value);
}

function expectGraphInRdf(graph: QueryGraph, quads: Quad[]): void {
  const typed = (cls: string) => new Set(quads.filter((q) => q.predicate.value === TYPE && q.object.value === cls).map((q) => q.subject.value));
  const entities = new Set(["Person", "Place", "Force", "Organization", "Event"].flatMap((c) => [...typed(`${ONTOLOGY}${c}`)]));
  expect(entities.size).toBe(graph.order);
  expect(typed(`${RDF}Statement`).size).toBe(graph.size);
  graph.forEachEdge((key, a, source, target, sa, ta) => {
    const s = entityIri(source, sa.kind);
    const o = entityIri(target, ta.kind);
    expect(objects(quads, s, `${ONTOLOGY}${a.predicate}`)).toContain(o);
    const st = statementIri(key, { key: source, kind: sa.kind }, a.predicate, { key: target, kind: ta.kind });
    expect(objects(quads, st, `${RDF}subject`)).toEqual([s]);
    expect(objects(quads, st, `${RDF}object`)).toEqual([o]);
    expect(objects(quads, st, `${ONTOLOGY}key`)).toEqual([key]);
    expect(objects(quads, st, `${ONTOLOGY}origin`)).toEqual([a.origin]);
    expect(Number(objects(quads, st, `${ONTOLOGY}confidence`)[0])).toBe(a.confidence);
    expect(objects(quads, st, `${ONTOLOGY}provenance`).sort()).toEqual([...a.provenance].sort());
    expect(objects(quads, st, `${ONTOLOGY}evidence`).length).toBe(a.evidence.length);
  });
}

describe("Turtle export of the seed graph", () => {
  const graph = seedGraph();
  const turtle = toTurtle(graph);
  const quads = parse(turtle);

  it("has every entity and edge, reified with its confidence, origin, provenance and evidence", () => {
    expectGraphInRdf(graph, quads);
  });

  it("gives Hmeimim its label, aliases and place in Latakia", () => {
    const hmeimim = entityIri("place:hmeimim", "place");
    expect(hmeimim).toBe("https://news-kg.dev/id/entity/place/hmeimim");
    expect(objects(quads, hmeimim, TYPE)).toEqual([`${ONTOLOGY}Place`]);
    expect(objects(quads, hmeimim, `${RDFS}label`)).toEqual(["Hmeimim"]);
    expect(objects(quads, hmeimim, `${SKOS}altLabel`)).toContain("Hmeymim");
    expect(objects(quads, hmeimim, `${ONTOLOGY}located_in`)).toContain(entityIri("place:latakia", "place"));
    expect(turtle).toContain("place:hmeimim a kg:Place");
  });

  it("carries evidence as resources with article, sentence, span and quote", () => {
    const key = "person:vladimir-putin|visited|place:syria";
    const st = statementIri(key, { key: "person:vladimir-putin", kind: "person" }, "visited", { key: "place:syria", kind: "place" });
    const first = graph.getEdgeAttribute(key, "evidence")[0]!;
    const ev = objects(quads, st, `${ONTOLOGY}evidence`).sort()[0]!;
    expect(objects(quads, ev, "http://www.w3.org/ns/prov#wasDerivedFrom")).toEqual([articleIri(first.doc)]);
    expect(objects(quads, ev, `${ONTOLOGY}quote`)).toEqual([first.quote]);
    expect(objects(quads, ev, `${ONTOLOGY}start`)).toEqual([String(first.start)]);
  });

  it("types event dates by precision and adds day bounds", () => {
    const dates = quads.filter((q) => q.predicate.value === "http://purl.org/dc/terms/date" && q.subject.value.includes("/entity/event/"));
    for (const q of dates) {
      const type = q.object.termType === "Literal" ? q.object.datatype.value.split("#")[1] : "";
      expect(type).toBe(q.object.value.length === 4 ? "gYear" : q.object.value.length === 7 ? "gYearMonth" : "date");
    }
    expect(dates.map((q) => q.object.value)).toContain("2011");
    const civilWar = entityIri("event:syrian-civil-war", "event");
    expect(objects(quads, civilWar, `${ONTOLOGY}startDate`)).toEqual(["2011-01-01"]);
    expect(objects(quads, civilWar, `${ONTOLOGY}endDate`)).toEqual(["2011-12-31"]);
  });

  it("is the same text on every run, and Oxigraph loads exactly the triples n3 reads", () => {
    expect(toTurtle(graph)).toBe(turtle);
    expect(openSparqlStore(turtle).size).toBe(quads.length);
  });
});

describe("Turtle export of hostile text", () => {
  const graph = hostileGraph();
  const turtle = toTurtle(graph);
  const quads = parse(turtle);

  it("parses, with every value intact", () => {
    expectGraphInRdf(graph, quads);
    const tiger = entityIri("person:tiger", "person");
    expect(objects(quads, tiger, `${RDFS}label`)).toEqual([HOSTILE]);
    expect(objects(quads, tiger, `${SKOS}altLabel`)).toEqual(expect.arrayContaining(["Tiger", "a|b", LONE_SURROGATE.replace("\uD800", "\uFFFD")]));
    expect(objects(quads, tiger, `${ONTOLOGY}role`)).toContain('the "boss"');
    expect(objects(quads, articleIri("doc-1"), "http://purl.org/dc/terms/title")).toEqual([`Title "quoted"\nsecond line`]);
    const quote = quads.find((q) => q.predicate.value === `${ONTOLOGY}quote` && q.object.value === HOSTILE);
    expect(quote).toBeDefined();
  });

  it("loads into Oxigraph", () => {
    expect(openSparqlStore(turtle).size).toBe(quads.length);
  });
});
