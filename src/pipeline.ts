/**
 * The pipeline: the one place where the stages are composed
 * =========================================================
 *
 *   articles ─► normalize (casing model, vocabulary) ─► extract (per article)
 *            ─► resolve ─► merge curated ─► graph ─► metrics ─► layout
 *
 * Pure: articles and the curated layer in, a graph out; reading the corpus
 * and writing files is the CLI's job (src/cli/). Each stage is timed.
 *
 * Two entry points share every stage but extraction:
 * - `runPipeline` extracts in this thread, synchronously: for library use.
 * - `runPipelineAsync` hands extraction to a strategy (in this thread, or a
 *   pool of worker threads) and, given a cache, extracts only the articles
 *   whose cached result is missing or no longer valid: for `kg build`.
 * Either way each article's extraction is the same function of its text and
 * the corpus models, so both give byte-identical graphs.
 */
import type { CuratedLayer } from "./curate/types.js";
import { mergeCurated } from "./curate/merge-curated.js";
import { extractArticle } from "./extract-article.js";
import { dependenciesHold, type ModelDependencies } from "./nlp/model-dependencies.js";
import { buildCasingModel, buildVocabulary } from "./nlp/normalize.js";
import { inProcessExtractor } from "./extract-pool/in-process.js";
import type { ArticleExtractor, CorpusModels } from "./extract-pool/types.js";
import { buildGraph, type KnowledgeGraph } from "./graph/build-graph.js";
import { assignLayout } from "./graph/layout.js";
import { assignMetrics } from "./graph/metrics.js";
import { harmonizeKinds } from "./resolve/corpus-kinds.js";
import { dropUnlocatedPlaces } from "./resolve/corpus-places.js";
import { dropCorpusWorks } from "./resolve/corpus-works.js";
import { resolveCorpus } from "./resolve/resolve-corpus.js";
import type { Article, ArticleMeta, Diagnostic, DocumentExtraction, ResolvedCorpus } from "./schema/index.js";
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

/** How the articles of a build were extracted. */
export interface ExtractStats {
  articles: number;
  /** Taken from the cache, their recorded model answers still holding. */
  cached: number;
  /** Extracted in this build (including `stale` ones and failures). */
  extracted: number;
  /** In the cache, but a model answer they read has changed: extracted again. */
  stale: number;
  /** Extraction threw; the article contributes nothing. */
  failed: number;
  /** Threads the extraction ran on. */
  threads: number;
}

export interface PipelineResult {
  graph: KnowledgeGraph;
  extractions: DocumentExtraction[];
  resolved: ResolvedCorpus;
  diagnostics: Diagnostic[];
  /** Milliseconds per stage. */
  timings: Record<string, number>;
  extractStats: ExtractStats;
}

/** A store of per-article extraction results by content key (src/cache/). */
export interface ExtractionStore {
  getMany(keys: readonly string[]): Array<string | undefined>;
  putMany(entries: ReadonlyArray<readonly [key: string, value: string]>): void;
}

export interface AsyncPipelineOptions extends PipelineOptions {
  /** Who extracts the articles that need it; default: this thread. */
  extractor: ArticleExtractor;
  /** Cached results and how to key them; none extracts every article. */
  cache?: { store: ExtractionStore; key: (article: Article) => string };
  /** Progress of the extraction stage (articles extracted so far, out of those not cached). */
  onProgress?: (done: number, total: number) => void;
  /** Called as each stage after extraction starts. */
  onStage?: (stage: string) => void;
}

export function runPipeline(articles: readonly Article[], options: Partial<PipelineOptions> = {}): PipelineResult {
  const opts = resolvePipelineOptions(options);
  const timer = stageTimer();
  const models = timer.time("normalize", () => corpusModels(articles));
  const diagnostics: Diagnostic[] = [];
  const extractions = timer.time("extract", () =>
    articles.map((a) => {
      try {
        return extractArticle(a, models);
      } catch (err) {
        diagnostics.push(extractionFailed(a, (err as Error).message));
        return emptyExtraction(a);
      }
    }),
  );
  const stats: ExtractStats = { articles: articles.length, cached: 0, extracted: articles.length, stale: 0, failed: diagnostics.length, threads: 1 };
  return afterExtraction(articles, extractions, diagnostics, stats, opts, timer);
}

export async function runPipelineAsync(articles: readonly Article[], options: Partial<AsyncPipelineOptions> = {}): Promise<PipelineResult> {
  const opts = resolvePipelineOptions(options);
  const extractor = options.extractor ?? inProcessExtractor();
  const timer = stageTimer();
  // What the cache holds for these texts (whether it is still valid needs the
  // models), so that a pool can start its workers while the models are built.
  const cache = options.cache;
  const t0 = performance.now();
  const lookup = cache ? lookUp(articles, cache.store, cache.key) : undefined;
  const lookupMs = performance.now() - t0;
  extractor.prepare?.(lookup ? lookup.missingChars : articles.reduce((n, a) => n + a.text.length, 0));
  const models = timer.time("normalize", () => corpusModels(articles));
  timer.add("extract", lookupMs);
  const diagnostics: Diagnostic[] = [];
  const extractions: DocumentExtraction[] = new Array(articles.length);
  const stats: ExtractStats = { articles: articles.length, cached: 0, extracted: 0, stale: 0, failed: 0, threads: 1 };
  await timer.timeAsync("extract", async () => {
    const todo: number[] = [];
    articles.forEach((a, i) => {
      const hit = lookup?.entries[i];
      if (hit && dependenciesHold(hit.dependencies, models.casing, models.vocabulary)) {
        extractions[i] = hit.extraction;
        stats.cached++;
      } else {
        if (hit) stats.stale++;
        todo.push(i);
      }
    });
    const { outcomes, threads } = await extractor.extract(
      todo.map((i) => articles[i]!),
      models,
      { forCache: cache !== undefined, ...(options.onProgress ? { onProgress: options.onProgress } : {}) },
    );
    stats.threads = threads;
    const store: Array<[string, string]> = [];
    outcomes.forEach((outcome, n) => {
      const i = todo[n]!;
      const a = articles[i]!;
      stats.extracted++;
      if (outcome.ok) {
        extractions[i] = outcome.extraction;
        if (cache && outcome.json !== undefined) store.push([lookup!.keys[i]!, outcome.json]);
      } else {
        stats.failed++;
        diagnostics.push(extractionFailed(a, outcome.error));
        extractions[i] = emptyExtraction(a);
      }
    });
    cache?.store.putMany(store);
  });
  return afterExtraction(articles, extractions, diagnostics, stats, opts, timer, options.onStage);
}

/** The casing model and vocabulary of the whole corpus (they need every text). */
function corpusModels(articles: readonly Article[]): CorpusModels {
  const texts = articles.map((a) => a.text);
  return { casing: buildCasingModel(texts), vocabulary: buildVocabulary(texts) };
}

/** Resolve, merge the curated layer, build the graph, lay it out. */
function afterExtraction(
  articles: readonly Article[],
  extractions: DocumentExtraction[],
  diagnostics: Diagnostic[],
  extractStats: ExtractStats,
  opts: PipelineOptions,
  timer: StageTimer,
  onStage: (stage: string) => void = () => undefined,
): PipelineResult {
  for (const x of extractions) for (const d of x.diagnostics) diagnostics.push(d);
  onStage("resolve");
  // Curated `distinct` pairs bind resolution itself: a merge the curator undid must not happen.
  const distinct = (opts.curated?.distinct ?? []).map((d) => d.names);
  // A name the corpus types one way almost always takes that kind where an article strayed (resolve/corpus-kinds.ts).
  // A name some article introduces as a work is no entity where another names it bare (resolve/corpus-works.ts).
  // …and a one-word name only guessed to be a place, that no article places anything in, is none (resolve/corpus-places.ts).
  let resolved = timer.time("resolve", () => resolveCorpus(harmonizeKinds(dropUnlocatedPlaces(dropCorpusWorks(extractions).extractions).extractions).extractions, { distinct }));
  if (opts.curated) {
    const layer = opts.curated;
    onStage("curate");
    resolved = timer.time("curate", () => mergeCurated(resolved, layer));
  }
  const meta: ArticleMeta[] = articles.map((a) => ({
    id: a.id,
    ...(a.title ? { title: a.title } : {}),
    ...(a.outlet ? { outlet: a.outlet } : {}),
    ...(a.published ? { published: a.published } : {}),
  }));
  onStage("graph");
  const graph = timer.time("graph", () => buildGraph(resolved, { name: opts.name, generator: GENERATOR, articles: meta, curated: opts.curated !== undefined }));
  timer.time("graph", () => assignMetrics(graph));
  onStage("layout");
  timer.time("layout", () => assignLayout(graph, opts.layoutIterations !== undefined ? { iterations: opts.layoutIterations } : {}));
  return { graph, extractions, resolved, diagnostics, timings: timer.timings, extractStats };
}

interface CachedEntry {
  extraction: DocumentExtraction;
  dependencies: ModelDependencies;
}

/** The cache's entry for each article (undefined for a miss or an unreadable value), and the text left to extract. */
function lookUp(
  articles: readonly Article[],
  store: ExtractionStore,
  key: (article: Article) => string,
): { keys: string[]; entries: Array<CachedEntry | undefined>; missingChars: number } {
  const keys = articles.map(key);
  const values = store.getMany(keys);
  let missingChars = 0;
  const entries = values.map((value, i) => {
    const entry = value === undefined ? undefined : parseEntry(value);
    if (!entry) missingChars += articles[i]!.text.length;
    return entry;
  });
  return { keys, entries, missingChars };
}

function parseEntry(value: string): CachedEntry | undefined {
  try {
    const entry = JSON.parse(value) as Partial<CachedEntry>;
    return entry.extraction && Array.isArray(entry.dependencies) ? (entry as CachedEntry) : undefined;
  } catch {
    return undefined;
  }
}

function extractionFailed(a: Article, message: string): Diagnostic {
  // One article that trips the extractor must not stop the corpus.
  return { level: "error", where: a.source ?? a.id, message: `extraction failed: ${message}` };
}

function emptyExtraction(a: Article): DocumentExtraction {
  return { doc: a.id, sentences: [], mentions: [], events: [], triples: [], claims: [], diagnostics: [] };
}

interface StageTimer {
  timings: Record<string, number>;
  add(stage: string, ms: number): void;
  time<T>(stage: string, fn: () => T): T;
  timeAsync<T>(stage: string, fn: () => Promise<T>): Promise<T>;
}

function stageTimer(): StageTimer {
  const timings: Record<string, number> = {};
  const add = (stage: string, ms: number) => (timings[stage] = (timings[stage] ?? 0) + ms);
  return {
    timings,
    add,
    time(stage, fn) {
      const t0 = performance.now();
      try {
        return fn();
      } finally {
        add(stage, performance.now() - t0);
      }
    },
    async timeAsync(stage, fn) {
      const t0 = performance.now();
      try {
        return await fn();
      } finally {
        add(stage, performance.now() - t0);
      }
    },
  };
}
