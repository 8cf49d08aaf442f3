/**
 * `kg build`: corpus folder in, graph files out
 * =============================================
 *
 * Reads the corpus and the curated layer, runs the pipeline, and writes
 * graph.json, graph.gexf and claims.json atomically, so an interrupted build
 * leaves the previous outputs whole. Prints a summary.
 *
 * Extraction, the costly stage, is incremental and parallel: results are
 * cached per article in `<out>/.kg-cache/extractions.sqlite` (src/cache/),
 * and the articles that need extracting are spread over `--jobs` threads,
 * this one and `--jobs` − 1 workers (src/extract-pool/). Resolution, curation, graph and layout always
 * run on the whole corpus, so the graph is exactly what a build from scratch
 * would write, and what only a removed article supported is gone.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { cacheKey } from "../cache/cache-key.js";
import { openExtractionCache, type ExtractionCache } from "../cache/extraction-cache.js";
import { extractorFingerprint } from "../cache/code-fingerprint.js";
import { readCorpus } from "../corpus/read-corpus.js";
import { toGexf } from "../export/gexf.js";
import { toJson } from "../export/to-json.js";
import { writeFilesAtomic } from "../export/write-atomic.js";
import { createExtractPool } from "../extract-pool/extract-pool.js";
import { runPipelineAsync, type ExtractStats, type PipelineResult } from "../pipeline.js";
import { ENTITY_KINDS, UsageError, type Article, type Diagnostic } from "../schema/index.js";
import { progressBar } from "./progress-bar.js";
import { readCuratedCached, type CuratedRead } from "./read-curated-cached.js";

export interface BuildCommandOptions {
  corpus: string;
  out: string;
  /** Path of the curated file; false builds from extraction alone. */
  curated: string | false;
  quiet?: boolean;
  strict?: boolean;
  /** Worker threads for extraction; default: the number of cores. 1 extracts in the main thread. */
  jobs?: number;
  /** The cache file; false builds without one. Default: `<out>/.kg-cache/extractions.sqlite`. */
  cache?: string | false;
  /** Show a progress bar on stderr (the CLI decides: a terminal, not CI, not --quiet). */
  progress?: boolean;
  /** Extract in the main thread when less text than this needs extracting (see extract-pool.ts). */
  minParallelChars?: number;
  /** Write a graph even when the corpus has no article (by default that stops the build, writing nothing). */
  allowEmpty?: boolean;
}

export interface BuildSummary {
  articles: number;
  entities: Record<string, number>;
  edges: number;
  warnings: number;
  errors: number;
  files: string[];
  timings: Record<string, number>;
  /** Articles taken from the cache and extracted in this build. */
  extract: ExtractStats;
}

/** What the progress line says while a stage after extraction runs. */
const STAGE_WORDS: Record<string, string> = { resolve: "resolving", curate: "merging the curated layer", graph: "building the graph", layout: "laying out" };

/** Stages in the order they run, for the summary line. */
const STAGES = ["read", "normalize", "extract", "resolve", "curate", "graph", "layout", "export"];

export function defaultCachePath(out: string): string {
  return path.join(out, ".kg-cache", "extractions.sqlite");
}

export async function buildCommand(
  options: BuildCommandOptions,
  log: (line: string) => void = console.log,
): Promise<{ summary: BuildSummary; result: PipelineResult; diagnostics: Diagnostic[] }> {
  const jobs = options.jobs ?? os.availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs ${options.jobs}: give a whole number of threads, 1 or more`);
  const warn = (message: string) => {
    if (!options.quiet) process.stderr.write(`warning: ${message}\n`);
  };
  const t0 = performance.now();
  const { articles, diagnostics } = await readCorpus(options.corpus);
  let readMs = performance.now() - t0;
  // An empty folder (or one whose every file was skipped) would replace the graph with nothing: a mistake more often than a wish.
  if (articles.length === 0 && !options.allowEmpty) {
    for (const d of diagnostics) if (!options.quiet) process.stderr.write(`${d.where}: ${d.message}\n`);
    throw new UsageError(`corpus ${options.corpus} has no articles; nothing written (pass --allow-empty to write an empty graph)`);
  }

  const cacheFile = options.cache === undefined ? defaultCachePath(options.out) : options.cache;
  const cache: ExtractionCache | undefined = cacheFile === false ? undefined : openExtractionCache(cacheFile, { onWarning: warn });
  const extractor = createExtractPool({
    jobs,
    onWarning: warn,
    ...(options.minParallelChars !== undefined ? { minParallelChars: options.minParallelChars } : {}),
  });
  const progress = options.progress ? progressBar(process.stderr, "extracting") : undefined;
  let result: PipelineResult;
  let curatedRead: CuratedRead | undefined;
  try {
    if (options.curated !== false) {
      const file = options.curated;
      const t = performance.now();
      if (fs.existsSync(file)) curatedRead = await readCuratedCached(file, cache);
      else if (options.curated !== defaultCuratedPath(options.corpus)) throw new UsageError(`${file}: curated file not found; pass --no-curated to build without curation`);
      readMs += performance.now() - t;
    }
    const curated = curatedRead?.layer;
    const fingerprint = cache ? extractorFingerprint() : "";
    const keys = new Map<Article, string>();
    const keyOf = (a: Article) => {
      let key = keys.get(a);
      if (key === undefined) keys.set(a, (key = cacheKey(a, fingerprint)));
      return key;
    };
    result = await runPipelineAsync(articles, {
      ...(curated ? { curated } : {}),
      name: path.basename(path.resolve(options.corpus)),
      extractor,
      ...(cache ? { cache: { store: cache, key: keyOf } } : {}),
      ...(progress ? { onProgress: progress.update, onStage: (stage: string) => progress.status(`${STAGE_WORDS[stage] ?? stage}…`) } : {}),
    });
    // Entries of articles no longer in the corpus (or of an older extractor) go.
    if (cache) cache.retainOnly([...articles.map(keyOf), ...(curatedRead?.cacheKey ? [curatedRead.cacheKey] : [])]);
  } catch (error) {
    progress?.done();
    throw error;
  } finally {
    await extractor.close?.();
    cache?.close();
  }
  const curated = curatedRead?.layer;
  const all = [...diagnostics, ...result.diagnostics];
  const t1 = performance.now();
  const files = [path.join(options.out, "graph.json"), path.join(options.out, "graph.gexf"), path.join(options.out, "claims.json")];
  // The three files describe one graph. All are serialised and written to
  // temporary files before any is renamed into place, so a build that fails
  // or is killed while exporting leaves all the previous files; only a kill
  // in the microseconds between the three renames could mix old and new.
  progress?.status("writing…");
  await writeFilesAtomic([
    { file: files[0]!, data: toJson(result.graph) },
    { file: files[1]!, data: toGexf(result.graph) },
    { file: files[2]!, data: `${JSON.stringify(result.resolved.claims, null, 2)}\n` },
  ]).finally(() => progress?.done());
  const timings: Record<string, number> = { read: readMs, ...result.timings, export: performance.now() - t1 };
  const entities: Record<string, number> = Object.fromEntries(ENTITY_KINDS.map((k) => [k, 0]));
  result.graph.forEachNode((_, a) => (entities[a.kind] = (entities[a.kind] ?? 0) + 1));
  const summary: BuildSummary = {
    articles: articles.length,
    entities,
    edges: result.graph.size,
    warnings: all.filter((d) => d.level === "warning").length,
    errors: all.filter((d) => d.level === "error").length,
    files,
    timings,
    extract: result.extractStats,
  };
  if (!options.quiet) {
    for (const d of all) log(`${d.level}: ${d.where}: ${d.message}`);
    log(`articles: ${summary.articles}${curated ? ` (curated: ${curated.file}, ${curated.entities.length} entities, ${curated.triples.length} triples)` : " (no curation)"}`);
    log(`entities: ${ENTITY_KINDS.map((k) => `${entities[k]} ${k === "person" ? "people" : `${k}s`}`).join(", ")}`);
    log(`edges: ${summary.edges}`);
    log(`warnings: ${summary.warnings}${summary.errors ? `, errors: ${summary.errors}` : ""}`);
    log(`wrote: ${files.join(", ")}`);
    log(`time: ${formatTimings(timings, summary.extract)}`);
  }
  return { summary, result, diagnostics: all };
}

/** "0.45 s (read 3 ms, normalize 11 ms, extract 384 ms (5 articles: 4 cached, 1 extracted), …)" */
export function formatTimings(timings: Record<string, number>, stats: ExtractStats): string {
  const total = Object.values(timings).reduce((a, b) => a + b, 0);
  const stages = STAGES.filter((s) => timings[s] !== undefined).map((s) => {
    const line = `${s} ${Math.round(timings[s]!)} ms`;
    if (s !== "extract") return line;
    const parts = [`${stats.cached} cached`, `${stats.extracted} extracted${stats.threads > 1 ? ` on ${stats.threads} threads` : ""}`];
    if (stats.stale) parts.push(`${stats.stale} of them stale in the cache`);
    return `${line} (${stats.articles} articles: ${parts.join(", ")})`;
  });
  return `${(total / 1000).toFixed(2)} s (${stages.join(", ")})`;
}

export function defaultCuratedPath(corpus: string): string {
  return path.join(corpus, "curated.ts");
}
