/**
 * One timed build for `npm run bench`, in a process of its own
 * ============================================================
 *
 *   node --import tsx scripts/bench-build.ts CORPUS.jsonl JOBS [WARM-UP.jsonl]
 *
 * Runs what `kg build --no-curated --no-cache --jobs JOBS` runs, through the
 * compiled package (dist/, as the CLI does): read the corpus with readCorpus,
 * the pipeline with a pool of JOBS extraction threads, serialise the three
 * outputs and write them to a temporary folder. First the whole build runs
 * on the warm-up corpus (other stories), with the same pool, so that lexicons are
 * loaded, workers started and V8's optimising compiler done in every thread:
 * the times are the steady cost of the build, comparable from size to size
 * and between thread counts. (Cold times, from process start, are what the
 * benchmark's end-to-end section measures.) The pool uses its workers at any
 * size here, where `kg build` extracts under 1 MB of text in the main thread.
 * Prints one JSON line: per-stage times, counts, and this process's peak
 * memory (workers included: they are threads of it).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createExtractPool, readCorpus, runPipelineAsync, toGexf, toJson, writeFileAtomic } from "news-kg";

const [file, jobsArg, warmUpFile] = process.argv.slice(2);
if (!file) throw new Error("usage: bench-build.ts CORPUS.jsonl JOBS [WARM-UP.jsonl]");
const jobs = Number(jobsArg ?? 1);
const extractor = createExtractPool({ jobs, minParallelChars: 0 });

// V8 needs a few thousand articles' worth of extraction before its code is
// fully optimised (measured: extraction keeps getting faster over the first
// 5,000 or so Reuters stories); the warm-up corpus is that long.
const warmUp = (await readCorpus(warmUpFile ?? file)).articles;
const warm = await runPipelineAsync(warmUp, { name: "warm-up", extractor });
void toJson(warm.graph).length, toGexf(warm.graph).length;

const out = mkdtempSync(path.join(tmpdir(), "news-kg-bench-"));
const t0 = performance.now();
const { articles } = await readCorpus(file);
const readMs = performance.now() - t0;
const result = await runPipelineAsync(articles, { name: path.basename(file), extractor });
const t1 = performance.now();
const json = toJson(result.graph);
const gexf = toGexf(result.graph);
const claims = `${JSON.stringify(result.resolved.claims, null, 2)}\n`;
await Promise.all([writeFileAtomic(path.join(out, "graph.json"), json), writeFileAtomic(path.join(out, "graph.gexf"), gexf), writeFileAtomic(path.join(out, "claims.json"), claims)]);
const exportMs = performance.now() - t1;
const totalMs = performance.now() - t0;
await extractor.close?.();
rmSync(out, { recursive: true, force: true });

let words = 0;
for (const a of articles) {
  const m = a.text.match(/\S+/g);
  words += m ? m.length : 0;
}
process.stdout.write(
  `${JSON.stringify({
    articles: articles.length,
    words,
    ms: totalMs,
    stages: { read: readMs, ...result.timings, export: exportMs },
    threads: result.extractStats.threads,
    nodes: result.graph.order,
    edges: result.graph.size,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
