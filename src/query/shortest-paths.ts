/**
 * news-kg query: shortestPaths
 * ============================
 *
 * "What links Shoigu to Tartus?": the shortest chains of edges between two
 * entities, each hop explained: which edge, read in which direction, what it
 * states ("Russia has a base at Tartus") and why (a quote from an article, or
 * the curated line).
 *
 * Edges are followed both ways by default: a link is a link whichever end is
 * the subject. Breadth-first search from both ends marks the nodes that lie
 * on some shortest path; the paths are then enumerated from the source with
 * neighbours in key order, so the same graph always gives the same paths in
 * the same order. Between two consecutive nodes the most confident edge
 * (then the best supported, then the forward one, then the first by key)
 * explains the hop. A hand-rolled BFS rather than graphology-shortest-path's
 * `bidirectional`: that returns one path whose choice among equals depends on
 * insertion order, and follows edges one way only.
 */
import type { Evidence } from "../schema/index.js";
import { articlesById } from "./evidence-for.js";
import { entityRef } from "./entity-view.js";
import { resolveEntity } from "./lookup-entity.js";
import { resolvePredicate } from "./resolve-predicate.js";
import type { EntityRef, QueryGraph } from "./types.js";

export interface PathOptions {
  /** Paths returned at most (all of the shortest length). */
  limit: number;
  /** Longest path searched, in edges. */
  maxLength: number;
  /** Follow edges from subject to object only. */
  directed: boolean;
  /** Only edges with these predicates (names or labels). */
  predicates?: readonly string[];
  /** Only edges at least this confident. */
  minConfidence: number;
}

export const DEFAULT_PATH_OPTIONS: PathOptions = { limit: 3, maxLength: 8, directed: false, minConfidence: 0 };

export function resolvePathOptions(options: Partial<PathOptions> = {}): PathOptions {
  return { ...DEFAULT_PATH_OPTIONS, ...options };
}

export interface PathStep {
  from: EntityRef;
  to: EntityRef;
  /** The edge key. */
  edge: string;
  predicate: string;
  label: string;
  /** "forward": `from` is the edge's subject; "backward": it is the object. */
  direction: "forward" | "backward";
  /** The edge as a sentence: "Russia has a base at Tartus". */
  statement: string;
  confidence: number;
  origin: string;
  /** The first supporting sentence, with its article's outlet and date. */
  evidence?: Evidence & { outlet?: string; published?: string };
  /** `corpus/curated.ts:LINE` when the edge is curated. */
  provenance?: string;
}

export interface PathView {
  length: number;
  nodes: EntityRef[];
  steps: PathStep[];
}

export interface PathResult {
  from: EntityRef;
  to: EntityRef;
  /** Edges on a shortest path, or null when none within `maxLength`. */
  length: number | null;
  paths: PathView[];
}

/** Shortest paths between two entities given by name, alias or key. */
export function shortestPaths(graph: QueryGraph, from: string, to: string, options: Partial<PathOptions> = {}): PathResult {
  const opts = resolvePathOptions(options);
  const source = resolveEntity(graph, from).id;
  const target = resolveEntity(graph, to).id;
  const predicates = opts.predicates === undefined ? undefined : new Set<string>(opts.predicates.map((p) => resolvePredicate(p)));
  const usable = (edge: string) => {
    const a = graph.getEdgeAttributes(edge);
    return (predicates === undefined || predicates.has(a.predicate)) && (a.confidence ?? 0) >= opts.minConfidence;
  };
  const neighbours = (node: string, reverse: boolean): string[] => {
    const next = new Set<string>();
    const forward = (edge: string, t: string) => usable(edge) && next.add(t);
    if (!reverse || !opts.directed) graph.forEachOutEdge(node, (edge, _a, _s, t) => void forward(edge, t));
    if (reverse || !opts.directed) graph.forEachInEdge(node, (edge, _a, s) => void forward(edge, s));
    next.delete(node);
    return [...next].sort();
  };

  const result: PathResult = { from: entityRef(graph, source), to: entityRef(graph, target), length: null, paths: [] };
  if (source === target) {
    result.length = 0;
    result.paths.push({ length: 0, nodes: [result.from], steps: [] });
    return result;
  }
  const fromSource = distances(source, (n) => neighbours(n, false), opts.maxLength, target);
  const length = fromSource.get(target);
  if (length === undefined) return result;
  const toTarget = distances(target, (n) => neighbours(n, true), length);
  result.length = length;

  const onPath = (node: string, step: number) => fromSource.get(node) === step && toTarget.get(node) === length - step;
  const walk = (trail: string[]): void => {
    if (result.paths.length >= opts.limit) return;
    const last = trail[trail.length - 1]!;
    if (last === target) {
      result.paths.push(explain(graph, trail, usable, opts.directed));
      return;
    }
    for (const next of neighbours(last, false)) if (onPath(next, trail.length)) walk([...trail, next]);
  };
  walk([source]);
  return result;
}

/** The first of the shortest paths, or null. */
export function shortestPath(graph: QueryGraph, from: string, to: string, options: Partial<PathOptions> = {}): PathView | null {
  return shortestPaths(graph, from, to, { ...options, limit: 1 }).paths[0] ?? null;
}

/** Breadth-first distances from `start`, up to `max` steps, or until the level that reaches `stop`. */
function distances(start: string, next: (node: string) => string[], max: number, stop?: string): Map<string, number> {
  const dist = new Map([[start, 0]]);
  let frontier = [start];
  for (let d = 1; d <= max && frontier.length > 0 && (stop === undefined || !dist.has(stop)); d++) {
    const following: string[] = [];
    for (const node of frontier) {
      for (const n of next(node)) {
        if (!dist.has(n)) {
          dist.set(n, d);
          following.push(n);
        }
      }
    }
    frontier = following;
  }
  return dist;
}

function explain(graph: QueryGraph, trail: string[], usable: (edge: string) => boolean, directed: boolean): PathView {
  const articles = articlesById(graph);
  const steps: PathStep[] = [];
  for (let i = 0; i + 1 < trail.length; i++) {
    const u = trail[i]!;
    const v = trail[i + 1]!;
    const options = [
      ...graph.outEdges(u, v).map((edge) => ({ edge, direction: "forward" as const })),
      ...(directed ? [] : graph.outEdges(v, u).map((edge) => ({ edge, direction: "backward" as const }))),
    ].filter((o) => usable(o.edge));
    options.sort((x, y) => {
      const a = graph.getEdgeAttributes(x.edge);
      const b = graph.getEdgeAttributes(y.edge);
      return (
        (b.confidence ?? 0) - (a.confidence ?? 0) ||
        (b.weight ?? 0) - (a.weight ?? 0) ||
        (x.direction === y.direction ? 0 : x.direction === "forward" ? -1 : 1) ||
        (x.edge < y.edge ? -1 : x.edge > y.edge ? 1 : 0)
      );
    });
    const { edge, direction } = options[0]!;
    const a = graph.getEdgeAttributes(edge);
    const subject = entityRef(graph, graph.source(edge));
    const object = entityRef(graph, graph.target(edge));
    const first = a.evidence?.[0];
    const meta = first ? articles.get(first.doc) : undefined;
    steps.push({
      from: entityRef(graph, u),
      to: entityRef(graph, v),
      edge,
      predicate: a.predicate,
      label: a.label ?? a.predicate,
      direction,
      statement: `${subject.label} ${a.label ?? a.predicate} ${object.label}`,
      confidence: a.confidence ?? 0,
      origin: a.origin,
      ...(first
        ? {
            evidence: {
              ...first,
              ...(meta?.outlet !== undefined ? { outlet: meta.outlet } : {}),
              ...(meta?.published !== undefined ? { published: meta.published } : {}),
            },
          }
        : {}),
      ...(a.provenance?.[0] !== undefined ? { provenance: a.provenance[0] } : {}),
    });
  }
  return { length: steps.length, nodes: trail.map((id) => entityRef(graph, id)), steps };
}
