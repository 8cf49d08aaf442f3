/**
 * news-kg: the public API
 * =======================
 *
 * `import { runPipeline, readCorpus, loadGraph, resolveEntity, … } from "news-kg"`.
 * Everything a program needs to build a graph in memory or from a folder, to
 * ask it questions (names, relations, patterns, paths, evidence, claims,
 * timelines, SPARQL), to export it for other tools, and to edit the curated
 * layer.
 */
export * from "./schema/index.js";
export { runPipeline, runPipelineAsync, DEFAULT_PIPELINE_OPTIONS, resolvePipelineOptions } from "./pipeline.js";
export type { AsyncPipelineOptions, ExtractStats, ExtractionStore, PipelineOptions, PipelineResult } from "./pipeline.js";
// Parallel and incremental extraction (what `kg build` uses): a worker pool and a SQLite cache.
export { createExtractPool, DEFAULT_POOL_OPTIONS, resolvePoolOptions } from "./extract-pool/extract-pool.js";
export type { PoolOptions } from "./extract-pool/extract-pool.js";
export { inProcessExtractor } from "./extract-pool/in-process.js";
export type { ArticleExtractor, CorpusModels, ExtractOutcome, ExtractRequest, Extracted } from "./extract-pool/types.js";
export { openExtractionCache } from "./cache/extraction-cache.js";
export type { CacheOptions, ExtractionCache } from "./cache/extraction-cache.js";
export { cacheKey } from "./cache/cache-key.js";
export { extractorFingerprint } from "./cache/code-fingerprint.js";
export { readCorpus, DEFAULT_CORPUS_OPTIONS, resolveCorpusOptions } from "./corpus/read-corpus.js";
export type { CorpusOptions, CorpusResult } from "./corpus/read-corpus.js";
export { readCurated, parseCurated } from "./curate/read-curated.js";
export type { CuratedLayer } from "./curate/types.js";
export { mergeCurated } from "./curate/merge-curated.js";
export { extractDocument, DEFAULT_EXTRACT_OPTIONS, resolveExtractOptions } from "./extract/extract-document.js";
export { extractArticle, extractArticleWithDependencies, type ArticleOptions } from "./extract-article.js";
export { analyzeArticle } from "./nlp/analyze-article.js";
export type { ExtractOptions } from "./extract/extract-document.js";
export { buildCasingModel, buildVocabulary, isLowercased, truecase } from "./nlp/normalize.js";
export { resolveCorpus } from "./resolve/resolve-corpus.js";
export { buildGraph } from "./graph/build-graph.js";
export type { KnowledgeGraph } from "./graph/build-graph.js";
export { assignMetrics } from "./graph/metrics.js";
export { assignLayout } from "./graph/layout.js";
export { toGexf } from "./export/gexf.js";
export { toJson } from "./export/to-json.js";
export { writeFileAtomic, writeFileAtomicSync } from "./export/write-atomic.js";
export { EXTRACTOR_VERSION, GENERATOR } from "./version.js";

// The query API: load a built graph (or use runPipeline's), then ask it questions.
export { loadGraph, graphFromJson, DEFAULT_GRAPH_PATH } from "./query/load-graph.js";
export { lookupEntity, resolveEntity, describeRef, DEFAULT_LOOKUP_OPTIONS, resolveLookupOptions } from "./query/lookup-entity.js";
export type { Lookup, LookupOptions, MatchedBy } from "./query/lookup-entity.js";
export { entityRef, entityView } from "./query/entity-view.js";
export { describeEntity } from "./query/describe-entity.js";
export { relationsOf, relationsOfId, DEFAULT_RELATION_FILTER, resolveRelationFilter } from "./query/relations-of.js";
export type { RelationFilter } from "./query/relations-of.js";
export { edgeView, findEdge } from "./query/edge-view.js";
export type { EdgeSelector } from "./query/edge-view.js";
export { evidenceFor } from "./query/evidence-for.js";
export { claimsOf } from "./query/claims-of.js";
export { findPredicate, resolvePredicate } from "./query/resolve-predicate.js";
export { parsePattern } from "./query/parse-pattern.js";
export type { TriplePattern, NodeTerm, PredicateTerm } from "./query/parse-pattern.js";
export { matchPattern, DEFAULT_MATCH_OPTIONS, resolveMatchOptions } from "./query/match-pattern.js";
export type { MatchOptions, PatternBinding, PatternRow, PatternResult } from "./query/match-pattern.js";
export { shortestPaths, shortestPath, DEFAULT_PATH_OPTIONS, resolvePathOptions } from "./query/shortest-paths.js";
export type { PathOptions, PathResult, PathStep, PathView } from "./query/shortest-paths.js";
export { timeline, DEFAULT_TIMELINE_OPTIONS, resolveTimelineOptions } from "./query/timeline.js";
export type { TimelineEntry, TimelineLink, TimelineOptions } from "./query/timeline.js";
export { dateRange, dateWindow, dateInWindow } from "./query/date-range.js";
export type { DayRange } from "./query/date-range.js";
export { openSparqlStore, sparql, toSparqlJson } from "./query/sparql.js";
export type { SparqlResult, SparqlStore, SparqlTerm } from "./query/sparql.js";
export type {
  ClaimView,
  EdgeEvidence,
  EdgeView,
  EntityDetails,
  EntityRef,
  EntityView,
  EvidenceView,
  QueryGraph,
  RelationView,
} from "./query/types.js";

// Exports for other tools: RDF (Turtle), GraphML, CSV, Cypher.
export { toTurtle } from "./export/to-turtle.js";
export { toGraphml } from "./export/to-graphml.js";
export { toCsv, CSV_NODE_COLUMNS, CSV_EDGE_COLUMNS } from "./export/to-csv.js";
export type { CsvFiles } from "./export/to-csv.js";
export { toCypher } from "./export/to-cypher.js";
export { ID_BASE, ONTOLOGY, RDF_PREFIXES, entityIri, articleIri, statementIri, claimIri, classIri } from "./export/rdf-iris.js";

// Curation edits (kg curate): pure text-to-text functions over corpus/curated.ts.
export { acceptEdge, rejectEdge, addAlias } from "./curate/edit-curated.js";
export type { CurationEdit, GraphEdgeInfo, GraphNodeInfo } from "./curate/edit-curated.js";
