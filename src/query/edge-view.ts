/**
 * news-kg query: edgeView and findEdge
 * ====================================
 *
 * An edge as the statement it makes, subject and object as `EntityRef`s.
 * `findEdge` turns an edge key, or a subject, predicate and object given as
 * names, into the edge key, with close matches when there is no such edge.
 */
import { QueryError } from "../schema/index.js";
import { closeMatches } from "./close-matches.js";
import { entityRef } from "./entity-view.js";
import { resolveEntity } from "./lookup-entity.js";
import { resolvePredicate } from "./resolve-predicate.js";
import type { EdgeView, QueryGraph } from "./types.js";

/** An edge by key, or by subject, predicate and object (names, aliases, keys; predicate name or label). */
export type EdgeSelector = string | { subject: string; predicate: string; object: string };

export function edgeView(graph: QueryGraph, edge: EdgeSelector): EdgeView {
  const id = findEdge(graph, edge);
  const a = graph.getEdgeAttributes(id);
  return {
    id,
    subject: entityRef(graph, graph.source(id)),
    predicate: a.predicate,
    label: a.label ?? a.predicate,
    object: entityRef(graph, graph.target(id)),
    confidence: a.confidence ?? 0,
    weight: a.weight ?? 0,
    origin: a.origin,
    provenance: [...(a.provenance ?? [])],
    evidenceCount: a.evidence?.length ?? 0,
  };
}

/** The key of the edge `edge` names; throws a `QueryError` ("unknown-edge") with close edge keys. */
export function findEdge(graph: QueryGraph, edge: EdgeSelector): string {
  if (typeof edge === "string") {
    if (graph.hasEdge(edge)) return edge;
    throw unknownEdge(graph, edge, edge);
  }
  const subject = resolveEntity(graph, edge.subject).id;
  const object = resolveEntity(graph, edge.object).id;
  const predicate = resolvePredicate(edge.predicate);
  const id = graph.outEdges(subject, object).find((e) => graph.getEdgeAttribute(e, "predicate") === predicate);
  if (id !== undefined) return id;
  throw unknownEdge(graph, `${subject}|${predicate}|${object}`, `${edge.subject} ${predicate} ${edge.object}`);
}

function unknownEdge(graph: QueryGraph, key: string, shown: string): QueryError {
  const [subject, , object] = key.split("|");
  // Edges that share an end are the likely meant ones; on a small graph, any edge can be.
  const near = graph.edges().filter((e) => graph.source(e) === subject || graph.target(e) === object);
  const pool = near.length > 0 ? near : graph.size <= 5_000 ? graph.edges() : [];
  const close = closeMatches(key, pool, 5, (e) => e.toLowerCase());
  const fallback = near.slice(0, 5);
  const listed = close.length > 0 ? close : fallback;
  return new QueryError(
    "unknown-edge",
    `no edge "${shown}" in the graph${listed.length ? `; close edges: ${listed.join(", ")}` : ""}; edge keys are subject|predicate|object, as \`kg show NAME --json\` lists them`,
    listed,
  );
}
