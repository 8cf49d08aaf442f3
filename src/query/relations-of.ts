/**
 * news-kg query: relationsOf
 * ==========================
 *
 * The edges at one entity, seen from it ("out": it is the subject, "in": the
 * object), filtered by predicate, direction, the other end's kind, origin,
 * confidence and date. A relation's date is the date of the event at either
 * end; a relation with no event end is dated by the publication dates of the
 * articles that report it; one with neither has no date and is left out when a
 * date window is given. Sorted: outgoing first, then by predicate, then by the
 * other end's label.
 */
import type { EntityKind, Origin, Predicate } from "../schema/index.js";
import { compareText } from "./compare-text.js";
import { dateInWindow, dateWindow } from "./date-range.js";
import { entityRef } from "./entity-view.js";
import { articlesById } from "./evidence-for.js";
import { resolveEntity, type LookupOptions } from "./lookup-entity.js";
import { resolvePredicate } from "./resolve-predicate.js";
import type { QueryGraph, RelationView } from "./types.js";

export interface RelationFilter {
  /** Predicate names or labels ("located_in", "located in"). */
  predicate?: Predicate | string | readonly (Predicate | string)[];
  direction: "out" | "in" | "both";
  /** Kind(s) of the other end. */
  kind?: EntityKind | readonly EntityKind[];
  origin?: Origin | readonly Origin[];
  minConfidence: number;
  /** Date window (partial ISO dates, inclusive). */
  from?: string;
  to?: string;
}

export const DEFAULT_RELATION_FILTER: RelationFilter = { direction: "both", minConfidence: 0 };

export function resolveRelationFilter(filter: Partial<RelationFilter> = {}): RelationFilter {
  return { ...DEFAULT_RELATION_FILTER, ...filter };
}

/** Relations of the entity `name` (a name, alias or key) that pass `filter`. */
export function relationsOf(
  graph: QueryGraph,
  name: string,
  filter: Partial<RelationFilter> = {},
  lookup: Partial<LookupOptions> = {},
): RelationView[] {
  const id = resolveEntity(graph, name, lookup).id;
  return relationsOfId(graph, id, filter);
}

/** Relations of the node `id` (already resolved) that pass `filter`. */
export function relationsOfId(graph: QueryGraph, id: string, filter: Partial<RelationFilter> = {}): RelationView[] {
  const f = resolveRelationFilter(filter);
  const predicates = f.predicate === undefined ? undefined : new Set([f.predicate].flat().map((p) => resolvePredicate(p)));
  const kinds = f.kind === undefined ? undefined : new Set<string>([f.kind].flat());
  const origins = f.origin === undefined ? undefined : new Set<string>([f.origin].flat());
  const window = f.from !== undefined || f.to !== undefined ? dateWindow(f.from, f.to) : undefined;
  const articles = articlesById(graph);
  const me = entityRef(graph, id);
  const out: RelationView[] = [];

  const consider = (edge: string, direction: "out" | "in") => {
    const a = graph.getEdgeAttributes(edge);
    const otherId = direction === "out" ? graph.target(edge) : graph.source(edge);
    const other = entityRef(graph, otherId);
    if (predicates && !predicates.has(a.predicate)) return;
    if (kinds && !kinds.has(other.kind)) return;
    if (origins && !origins.has(a.origin)) return;
    if ((a.confidence ?? 0) < f.minConfidence) return;
    const date = [me, other].map((e) => (e.kind === "event" ? graph.getNodeAttribute(e.id, "date") : undefined)).find((d) => d !== undefined);
    const reported = [...new Set((a.evidence ?? []).map((e) => articles.get(e.doc)?.published).filter((p): p is string => p !== undefined))].sort();
    if (window) {
      const dates = date !== undefined ? [date] : reported;
      if (!dates.some((d) => dateInWindow(d, window))) return;
    }
    const quote = a.evidence?.[0]?.quote;
    out.push({
      id: edge,
      subject: direction === "out" ? me : other,
      predicate: a.predicate,
      label: a.label ?? a.predicate,
      object: direction === "out" ? other : me,
      confidence: a.confidence ?? 0,
      weight: a.weight ?? 0,
      origin: a.origin,
      provenance: [...(a.provenance ?? [])],
      evidenceCount: a.evidence?.length ?? 0,
      direction,
      other,
      ...(quote !== undefined ? { quote } : {}),
      ...(date !== undefined ? { date } : {}),
      reported,
    });
  };

  if (f.direction !== "in") graph.forEachOutEdge(id, (edge) => consider(edge, "out"));
  if (f.direction !== "out") {
    graph.forEachInEdge(id, (edge, _a, source, target) => {
      if (source !== target) consider(edge, "in");
    });
  }
  return out.sort(
    (a, b) =>
      (a.direction === b.direction ? 0 : a.direction === "out" ? -1 : 1) ||
      cmp(a.predicate, b.predicate) ||
      compareText(a.other.label, b.other.label) ||
      cmp(a.id, b.id),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
