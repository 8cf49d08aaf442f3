/**
 * Time corpus-wide resolution alone, in-process
 * =============================================
 *
 *   npx tsx scripts/eval/time-resolve.ts OUT/.kg-cache/extractions.sqlite [RUNS=5]
 *
 * Reads every extraction a `kg build` cached (build once with the cache on),
 * runs the resolve stage (`dropCorpusWorks`, `dropUnlocatedPlaces`,
 * `harmonizeKinds`, then `resolveCorpus`, as the pipeline does) RUNS times after one warm-up, and prints the median and
 * the fastest run, with the corpus's article and mention counts.
 */
import Database from "better-sqlite3";
import { harmonizeKinds } from "../../src/resolve/corpus-kinds.js";
import { dropUnlocatedPlaces } from "../../src/resolve/corpus-places.js";
import { dropCorpusWorks } from "../../src/resolve/corpus-works.js";
import { resolveCorpus } from "../../src/resolve/resolve-corpus.js";
import type { DocumentExtraction } from "../../src/schema/index.js";

const [file, runsArg] = process.argv.slice(2);
if (!file) {
  console.error("usage: tsx scripts/eval/time-resolve.ts CACHE.sqlite [RUNS]");
  process.exit(2);
}
const db = new Database(file, { readonly: true });
const rows = db.prepare("SELECT value FROM extractions").all() as Array<{ value: string }>;
const docs: DocumentExtraction[] = [];
for (const r of rows) {
  try {
    const e = JSON.parse(r.value) as { extraction?: DocumentExtraction };
    if (e.extraction) docs.push(e.extraction);
  } catch {
    // not an extraction (e.g. a cached curated layer)
  }
}
const mentions = docs.reduce((n, d) => n + d.mentions.length, 0);
const resolveStage = () => resolveCorpus(harmonizeKinds(dropUnlocatedPlaces(dropCorpusWorks(docs).extractions).extractions).extractions);
resolveStage();
const times: number[] = [];
for (let i = 0; i < Number(runsArg ?? 5); i++) {
  const t0 = performance.now();
  resolveStage();
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(`${docs.length} articles, ${mentions} mentions: resolve median ${times[times.length >> 1]!.toFixed(0)} ms, fastest ${times[0]!.toFixed(0)} ms (${times.length} runs)`);
