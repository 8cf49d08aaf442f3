/**
 * news-kg: the public API
 * =======================
 *
 * `import { runPipeline, readCorpus, … } from "news-kg"`. Everything a
 * program needs to build a graph in memory or from a folder; the query API
 * comes with its own issue.
 */
export * from "./schema/index.js";
export { runPipeline, DEFAULT_PIPELINE_OPTIONS, resolvePipelineOptions } from "./pipeline.js";
export type { PipelineOptions, PipelineResult } from "./pipeline.js";
export { readCorpus, DEFAULT_CORPUS_OPTIONS, resolveCorpusOptions } from "./corpus/read-corpus.js";
export type { CorpusOptions, CorpusResult } from "./corpus/read-corpus.js";
export { readCurated, parseCurated } from "./curate/read-curated.js";
export type { CuratedLayer } from "./curate/types.js";
export { mergeCurated } from "./curate/merge-curated.js";
export { extractDocument, DEFAULT_EXTRACT_OPTIONS, resolveExtractOptions } from "./extract/extract-document.js";
export type { ExtractOptions } from "./extract/extract-document.js";
export { buildCasingModel, buildVocabulary, isLowercased, truecase } from "./extract/normalize.js";
export { resolveCorpus } from "./resolve/resolve-corpus.js";
export { buildGraph } from "./graph/build-graph.js";
export type { KnowledgeGraph } from "./graph/build-graph.js";
export { assignMetrics } from "./graph/metrics.js";
export { assignLayout } from "./graph/layout.js";
export { toGexf } from "./export/gexf.js";
export { toJson } from "./export/to-json.js";
export { writeFileAtomic, writeFileAtomicSync } from "./export/write-atomic.js";
export { EXTRACTOR_VERSION, GENERATOR } from "./version.js";
