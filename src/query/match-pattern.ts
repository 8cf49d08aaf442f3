/**
 * news-kg query: matchPattern
 * ===========================
 *
 * Joins triple patterns (see parse-pattern.ts) over the graph by
 * backtracking. At each step the triple with the fewest candidate edges under
 * the bindings so far is matched next, so a triple naming an entity or a rare
 * predicate narrows the search before a triple of variables widens it. A
 * variable binds to the same node (or predicate) wherever it occurs.
 *
 * Each row gives the bindings, `{ var: { id, label, kind } }` (a predicate
 * variable binds `{ id: "visited", label: "visited", kind: "predicate" }`),
 * and the edge matched by each triple, in pattern order. Rows are sorted by
 * the bound labels, variable by variable, so answers are stable.
 */
import { isPredicate, predicateLabel } from "../schema/index.js";
import type { EntityKind, Origin, Predicate } from "../schema/index.js";
import { compareText } from "./compare-text.js";
import { entityRef } from "./entity-view.js";
import { parsePattern, type NodeTerm, type TriplePattern } from "./parse-pattern.js";
import type { QueryGraph } from "./types.js";

export interface MatchOptions {
  /** Rows returned at most (after sorting). */
  limit: number;
  /** Rows searched at most before giving up on the rest; `truncated` says when that happened. */
  maxRows: number;
  /** Only edges at least this confident match. */
  minConfidence: number;
  /** Only edges of this origin (or these origins) match. */
  origin?: Origin | readonly Origin[];
}

export const DEFAULT_MATCH_OPTIONS: MatchOptions = { limit: 1_000, maxRows: 100_000, minConfidence: 0 };

export function resolveMatchOptions(options: Partial<MatchOptions> = {}): MatchOptions {
  return { ...DEFAULT_MATCH_OPTIONS, ...options };
}

export interface PatternBinding {
  id: string;
  label: string;
  kind: EntityKind | "predicate";
}

export interface PatternRow {
  bindings: Record<string, PatternBinding>;
  /** The edge key matched by each triple of the pattern, in pattern order. */
  edges: string[];
}

export interface PatternResult {
  /** The triples as understood, one per line: names resolved to keys. */
  pattern: string[];
  /** Variable names (without "?") in order of first appearance. */
  variables: string[];
  rows: PatternRow[];
  /** Whether rows were left out (by `limit` or `maxRows`). */
  truncated: boolean;
}

export function matchPattern(
  graph: QueryGraph,
  pattern: string | readonly TriplePattern[],
  options: Partial<MatchOptions> = {},
): PatternResult {
  const opts = resolveMatchOptions(options);
  const triples = typeof pattern === "string" ? parsePattern(graph, pattern) : [...pattern];
  const origins = opts.origin === undefined ? undefined : new Set<string>([opts.origin].flat());
  const variables: string[] = [];
  for (const t of triples) {
    for (const term of [t.subject, t.predicate, t.object]) if (term.type === "var" && !variables.includes(term.name)) variables.push(term.name);
  }
  const usable = (edge: string): boolean => {
    const a = graph.getEdgeAttributes(edge);
    return (a.confidence ?? 0) >= opts.minConfidence && (origins === undefined || origins.has(a.origin));
  };

  // Edges per predicate, built once: the candidates of a triple whose ends are both unbound.
  let byPredicate: Map<Predicate, string[]> | undefined;
  const edgesWith = (predicate: Predicate | undefined): string[] => {
    if (predicate === undefined) return graph.edges();
    if (!byPredicate) {
      byPredicate = new Map();
      graph.forEachEdge((edge, a) => {
        const list = byPredicate!.get(a.predicate) ?? [];
        list.push(edge);
        byPredicate!.set(a.predicate, list);
      });
    }
    return byPredicate.get(predicate) ?? [];
  };

  const bound = new Map<string, string>();
  const nodeOf = (term: NodeTerm): string | undefined => (term.type === "entity" ? term.entity.id : bound.get(term.name));

  const candidates = (t: TriplePattern): string[] => {
    const s = nodeOf(t.subject);
    const o = nodeOf(t.object);
    const p = t.predicate.type === "predicate" ? t.predicate.predicate : (bound.get(t.predicate.name) as Predicate | undefined);
    const list = s !== undefined && o !== undefined ? graph.outEdges(s, o) : s !== undefined ? graph.outEdges(s) : o !== undefined ? graph.inEdges(o) : edgesWith(p);
    const loop = s === undefined && o === undefined && t.subject.type === "var" && t.object.type === "var" && t.subject.name === t.object.name;
    return list.filter((edge) => {
      if (p !== undefined && graph.getEdgeAttribute(edge, "predicate") !== p) return false;
      if (loop && graph.source(edge) !== graph.target(edge)) return false;
      return usable(edge);
    });
  };

  const found: Array<{ values: Map<string, string>; edges: string[] }> = [];
  let truncated = false;
  const chosen: string[] = new Array<string>(triples.length);
  const remaining = new Set(triples.map((_, i) => i));

  const search = (): void => {
    if (truncated) return;
    if (remaining.size === 0) {
      if (found.length >= opts.maxRows) {
        truncated = true;
        return;
      }
      found.push({ values: new Map(bound), edges: [...chosen] });
      return;
    }
    // Most selective triple first, under the bindings so far.
    let best = -1;
    let bestEdges: string[] = [];
    for (const i of remaining) {
      const edges = candidates(triples[i]!);
      if (best === -1 || edges.length < bestEdges.length) {
        best = i;
        bestEdges = edges;
        if (edges.length === 0) break;
      }
    }
    const t = triples[best]!;
    remaining.delete(best);
    for (const edge of bestEdges) {
      const added: string[] = [];
      const bind = (name: string, value: string): boolean => {
        const current = bound.get(name);
        if (current !== undefined) return current === value;
        bound.set(name, value);
        added.push(name);
        return true;
      };
      const ok =
        (t.subject.type === "var" ? bind(t.subject.name, graph.source(edge)) : graph.source(edge) === t.subject.entity.id) &&
        (t.predicate.type !== "var" || bind(t.predicate.name, graph.getEdgeAttribute(edge, "predicate"))) &&
        (t.object.type === "var" ? bind(t.object.name, graph.target(edge)) : graph.target(edge) === t.object.entity.id);
      if (ok) {
        chosen[best] = edge;
        search();
      }
      for (const name of added) bound.delete(name);
      if (truncated) break;
    }
    remaining.add(best);
  };
  search();

  const predicateVars = new Set(triples.flatMap((t) => (t.predicate.type === "var" ? [t.predicate.name] : [])));
  const rows: PatternRow[] = found.map(({ values, edges }) => {
    const bindings: Record<string, PatternBinding> = {};
    for (const name of variables) {
      const value = values.get(name)!;
      if (predicateVars.has(name)) {
        bindings[name] = { id: value, label: isPredicate(value) ? predicateLabel(value) : value, kind: "predicate" };
      } else bindings[name] = entityRef(graph, value);
    }
    return { bindings, edges };
  });
  rows.sort((a, b) => {
    for (const name of variables) {
      const x = a.bindings[name]!;
      const y = b.bindings[name]!;
      const c = compareText(x.label, y.label) || compareText(x.id, y.id);
      if (c !== 0) return c;
    }
    return compareText(a.edges.join(" "), b.edges.join(" "));
  });
  if (rows.length > opts.limit) truncated = true;
  return {
    pattern: triples.map(describeTriple),
    variables,
    rows: rows.slice(0, opts.limit),
    truncated,
  };
}

function describeTriple(t: TriplePattern): string {
  const node = (term: NodeTerm) => (term.type === "var" ? `?${term.name}` : term.entity.id);
  const predicate = t.predicate.type === "var" ? `?${t.predicate.name}` : t.predicate.predicate;
  return `${node(t.subject)} ${predicate} ${node(t.object)}`;
}
