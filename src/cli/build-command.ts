/**
 * `kg build`: corpus folder in, graph files out
 * =============================================
 *
 * Reads the corpus and the curated layer, runs the pipeline, and writes
 * graph.json, graph.gexf and claims.json atomically, so an interrupted build
 * leaves the previous outputs whole. Prints a summary.
 */
import fs from "node:fs";
import path from "node:path";
import { readCorpus } from "../corpus/read-corpus.js";
import { readCurated } from "../curate/read-curated.js";
import type { CuratedLayer } from "../curate/types.js";
import { toGexf } from "../export/gexf.js";
import { toJson } from "../export/to-json.js";
import { writeFilesAtomic } from "../export/write-atomic.js";
import { runPipeline, type PipelineResult } from "../pipeline.js";
import { ENTITY_KINDS, UsageError, type Diagnostic } from "../schema/index.js";

export interface BuildCommandOptions {
  corpus: string;
  out: string;
  /** Path of the curated file; false builds from extraction alone. */
  curated: string | false;
  quiet?: boolean;
  strict?: boolean;
}

export interface BuildSummary {
  articles: number;
  entities: Record<string, number>;
  edges: number;
  warnings: number;
  errors: number;
  files: string[];
  timings: Record<string, number>;
}

export async function buildCommand(options: BuildCommandOptions, log: (line: string) => void = console.log): Promise<{ summary: BuildSummary; result: PipelineResult; diagnostics: Diagnostic[] }> {
  const t0 = performance.now();
  const { articles, diagnostics } = await readCorpus(options.corpus);
  const readMs = performance.now() - t0;
  let curated: CuratedLayer | undefined;
  if (options.curated !== false) {
    const file = options.curated;
    if (fs.existsSync(file)) curated = readCurated(file);
    else if (options.curated !== defaultCuratedPath(options.corpus)) throw new UsageError(`${file}: curated file not found; pass --no-curated to build without curation`);
  }
  const result = runPipeline(articles, { ...(curated ? { curated } : {}), name: path.basename(path.resolve(options.corpus)) });
  const all = [...diagnostics, ...result.diagnostics];
  const t1 = performance.now();
  const files = [path.join(options.out, "graph.json"), path.join(options.out, "graph.gexf"), path.join(options.out, "claims.json")];
  // The three files describe one graph. All are serialised and written to
  // temporary files before any is renamed into place, so a build that fails
  // or is killed while exporting leaves all the previous files; only a kill
  // in the microseconds between the three renames could mix old and new.
  await writeFilesAtomic([
    { file: files[0]!, data: toJson(result.graph) },
    { file: files[1]!, data: toGexf(result.graph) },
    { file: files[2]!, data: `${JSON.stringify(result.resolved.claims, null, 2)}\n` },
  ]);
  const timings = { read: readMs, ...result.timings, export: performance.now() - t1 };
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
  };
  if (!options.quiet) {
    for (const d of all) log(`${d.level}: ${d.where}: ${d.message}`);
    log(`articles: ${summary.articles}${curated ? ` (curated: ${curated.file}, ${curated.entities.length} entities, ${curated.triples.length} triples)` : " (no curation)"}`);
    log(`entities: ${ENTITY_KINDS.map((k) => `${entities[k]} ${k === "person" ? "people" : `${k}s`}`).join(", ")}`);
    log(`edges: ${summary.edges}`);
    log(`warnings: ${summary.warnings}${summary.errors ? `, errors: ${summary.errors}` : ""}`);
    log(`wrote: ${files.join(", ")}`);
    const total = Object.values(timings).reduce((a, b) => a + b, 0);
    log(`time: ${(total / 1000).toFixed(2)} s (${Object.entries(timings).map(([k, v]) => `${k} ${Math.round(v)} ms`).join(", ")})`);
  }
  return { summary, result, diagnostics: all };
}

export function defaultCuratedPath(corpus: string): string {
  return path.join(corpus, "curated.ts");
}
