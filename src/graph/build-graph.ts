/**
 * The graph: entities and triples as a graphology MultiDirectedGraph
 * ==================================================================
 *
 * Nodes are keyed by entity id, edges by triple id, and both carry the
 * attributes of the graph contract (src/schema/graph.ts). Parallel edges of
 * different predicates between two nodes are kept apart. Insertion order is
 * the sorted id order, so the exported file is the same on every run.
 */
import Graph from "graphology";
import type { MultiDirectedGraph } from "graphology";
import type { ArticleMeta, EdgeAttributes, GraphAttributes, NodeAttributes, ResolvedCorpus } from "../schema/index.js";
import { KIND_COLORS, predicateLabel } from "../schema/index.js";

export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface BuildGraphOptions {
  name: string;
  generator: string;
  articles: ArticleMeta[];
  curated: boolean;
}

export function buildGraph(corpus: ResolvedCorpus, options: BuildGraphOptions): KnowledgeGraph {
  const graph: KnowledgeGraph = new Graph.MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.replaceAttributes({
    name: options.name,
    generator: options.generator,
    articles: options.articles,
    curated: options.curated,
    claims: corpus.claims,
    ...(corpus.redirects ? { redirects: corpus.redirects } : {}),
  });
  const claimsOf = new Map<string, string[]>();
  for (const c of corpus.claims) {
    for (const id of [...(c.source ? [c.source] : []), ...(c.about ?? [])]) {
      const list = claimsOf.get(id) ?? [];
      if (!list.includes(c.id)) list.push(c.id);
      claimsOf.set(id, list);
    }
  }
  for (const e of corpus.entities) {
    graph.addNode(e.id, {
      label: e.label,
      kind: e.kind,
      aliases: e.aliases,
      ...(e.date ? { date: e.date } : {}),
      ...(e.eventType ? { eventType: e.eventType } : {}),
      ...(e.roles ? { roles: e.roles } : {}),
      sources: e.sources,
      mentions: e.mentions,
      origin: e.origin,
      importance: 0,
      community: 0,
      x: 0,
      y: 0,
      size: 1,
      color: KIND_COLORS[e.kind],
      ...(e.note ? { note: e.note } : {}),
      ...(claimsOf.has(e.id) ? { claims: claimsOf.get(e.id)! } : {}),
      ...(e.mergedFrom ? { mergedFrom: e.mergedFrom } : {}),
    });
  }
  for (const t of corpus.triples) {
    if (!graph.hasNode(t.subject) || !graph.hasNode(t.object)) continue;
    graph.addDirectedEdgeWithKey(t.id, t.subject, t.object, {
      predicate: t.predicate,
      label: t.verb ? `${predicateLabel(t.predicate)} (${t.verb})` : predicateLabel(t.predicate),
      evidence: t.evidence,
      confidence: t.confidence,
      weight: (t.support ?? t.evidence.length) + t.provenance.length,
      origin: t.origin,
      provenance: t.provenance,
      ...(t.verb ? { verb: t.verb } : {}),
      ...(t.past ? { past: true } : {}),
    });
  }
  return graph;
}
