/**
 * The pipeline: the one place where the stages are composed
 * =========================================================
 *
 *   articles ─► normalize (casing model) ─► extract (per article) ─► resolve
 *            ─► merge curated ─► graph ─► metrics ─► layout
 *
 * Pure: articles and the curated layer in, a graph out; reading the corpus
 * and writing files is the CLI's job (src/cli/). Each stage is timed.
 */
import type { Article, ArticleMeta, Diagnostic, DocumentExtraction, ResolvedCorpus } from "./schema/index.js";
import type { CuratedLayer } from "./curate/types.js";
import { mergeCurated } from "./curate/merge-curated.js";
import { extractDocument } from "./extract/extract-document.js";
import { buildCasingModel, buildVocabulary } from "./extract/normalize.js";
import { buildGraph, type KnowledgeGraph } from "./graph/build-graph.js";
import { assignLayout } from "./graph/layout.js";
import { assignMetrics } from "./graph/metrics.js";
import { resolveCorpus } from "./resolve/resolve-corpus.js";
import { GENERATOR } from "./version.js";

export interface PipelineOptions {
  /** The curated layer to merge; none builds from extraction alone. */
  curated?: CuratedLayer;
  /** Graph name written into the graph's attributes. */
  name: string;
  /** ForceAtlas2 iterations; default chosen by graph size. */
  layoutIterations?: number;
}

export const DEFAULT_PIPELINE_OPTIONS: PipelineOptions = { name: "news-kg" };

export function resolvePipelineOptions(options: Partial<PipelineOptions> = {}): PipelineOptions {
  return { ...DEFAULT_PIPELINE_OPTIONS, ...options };
}

export interface PipelineResult {
  graph: KnowledgeGraph;
  extractions: DocumentExtraction[];
  resolved: ResolvedCorpus;
  diagnostics: Diagnostic[];
  /** Milliseconds per stage. */
  timings: Record<string, number>;
}

export function runPipeline(articles: readonly Article[], options: Partial<PipelineOptions> = {}): PipelineResult {
  const opts = resolvePipelineOptions(options);
  const timings: Record<string, number> = {};
  const time = <T>(stage: string, fn: () => T): T => {
    const t0 = performance.now();
    const out = fn();
    timings[stage] = (timings[stage] ?? 0) + performance.now() - t0;
    return out;
  };
  const diagnostics: Diagnostic[] = [];
  const texts = articles.map((a) => a.text);
  const casing = time("normalize", () => buildCasingModel(texts));
  const vocabulary = time("normalize", () => buildVocabulary(texts));
  const extractions = time("extract", () =>
    articles.map((a) => {
      try {
        return extractDocument(a, { casing, vocabulary });
      } catch (err) {
        // One article that trips the extractor must not stop the corpus.
        diagnostics.push({ level: "error", where: a.source ?? a.id, message: `extraction failed: ${(err as Error).message}` });
        return { doc: a.id, sentences: [], mentions: [], events: [], triples: [], claims: [], diagnostics: [] };
      }
    }),
  );
  for (const x of extractions) for (const d of x.diagnostics) diagnostics.push(d);
  let resolved = time("resolve", () => resolveCorpus(extractions));
  if (opts.curated) {
    const layer = opts.curated;
    resolved = time("curate", () => mergeCurated(resolved, layer));
  }
  const meta: ArticleMeta[] = articles.map((a) => ({
    id: a.id,
    ...(a.title ? { title: a.title } : {}),
    ...(a.outlet ? { outlet: a.outlet } : {}),
    ...(a.published ? { published: a.published } : {}),
  }));
  const graph = time("graph", () => buildGraph(resolved, { name: opts.name, generator: GENERATOR, articles: meta, curated: opts.curated !== undefined }));
  time("graph", () => assignMetrics(graph));
  time("layout", () => assignLayout(graph, opts.layoutIterations !== undefined ? { iterations: opts.layoutIterations } : {}));
  return { graph, extractions, resolved, diagnostics, timings };
}
