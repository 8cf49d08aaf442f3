/**
 * news-kg query: evidenceFor
 * ==========================
 *
 * Why the graph states an edge: each supporting sentence with its article's
 * title, outlet and date (from the graph's `articles` attribute), and the
 * curated lines (`corpus/curated.ts:LINE`) that state it by hand.
 */
import type { ArticleMeta } from "../schema/index.js";
import { edgeView, type EdgeSelector } from "./edge-view.js";
import type { EdgeEvidence, EvidenceView, QueryGraph } from "./types.js";

export function evidenceFor(graph: QueryGraph, edge: EdgeSelector): EdgeEvidence {
  const view = edgeView(graph, edge);
  const articles = articlesById(graph);
  const evidence: EvidenceView[] = (graph.getEdgeAttribute(view.id, "evidence") ?? []).map((e) => {
    const meta = articles.get(e.doc);
    return {
      doc: e.doc,
      sentence: e.sentence,
      start: e.start,
      end: e.end,
      quote: e.quote,
      ...(meta?.title !== undefined ? { title: meta.title } : {}),
      ...(meta?.outlet !== undefined ? { outlet: meta.outlet } : {}),
      ...(meta?.published !== undefined ? { published: meta.published } : {}),
    };
  });
  return { edge: view, evidence, provenance: [...view.provenance] };
}

/** The graph's article metadata by id (empty when the graph has none). */
export function articlesById(graph: QueryGraph): Map<string, ArticleMeta> {
  const articles = graph.getAttribute("articles");
  return new Map(Array.isArray(articles) ? articles.map((a) => [a.id, a]) : []);
}
