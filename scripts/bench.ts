/**
 * `npm run bench`: throughput and scaling of the whole build
 * ==========================================================
 *
 * Builds graphs from ../shared/corpora/reuters-21578.jsonl at 500, 2,000,
 * 8,000 and all stories, and from the BBC corpus, in this one process, and
 * prints per size: words/s, articles/s, wall time per stage, time per 1,000
 * articles, and peak memory. As a reference measured in the same run (so the
 * ratio holds on a noisy machine), the same text goes through compromise's
 * recogniser alone (people, places, organizations). The corpora are read at
 * run time and never copied. A script, not a test: it asserts nothing.
 *
 *   npm run bench                 # all sizes
 *   npm run bench -- --sizes 500,2000 --no-bbc --reference-size 2000
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import nlp from "compromise";
import { runPipeline } from "../src/pipeline.js";
import type { Article } from "../src/schema/index.js";
import { toGexf } from "../src/export/gexf.js";
import { toJson } from "../src/export/to-json.js";

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const shared = path.resolve("..", "shared", "corpora");

interface Row {
  corpus: string;
  articles: number;
  words: number;
  ms: number;
  stages: Record<string, number>;
  nodes: number;
  edges: number;
  rssMb: number;
  heapMb: number;
}

function readJsonl(file: string, limit = Infinity): Article[] {
  const out: Article[] = [];
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string | number; text: string; title?: string; date?: string };
    const published = r.date ? toIsoDate(r.date) : undefined;
    out.push({ id: String(r.id), text: r.text, ...(r.title ? { title: r.title } : {}), ...(published ? { published } : {}) });
    if (out.length >= limit) break;
  }
  return out;
}

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
function toIsoDate(s: string): string | undefined {
  const m = /^(\d{1,2})-([A-Z]{3})-(\d{4})/.exec(s.trim());
  if (m) return `${m[3]}-${String(MONTHS.indexOf(m[2]!) + 1).padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
  return /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : undefined;
}

function countWords(articles: Article[]): number {
  let n = 0;
  for (const a of articles) {
    const m = a.text.match(/\S+/g);
    n += m ? m.length : 0;
  }
  return n;
}

function build(corpus: string, articles: Article[]): Row {
  global.gc?.();
  const t0 = performance.now();
  const result = runPipeline(articles, { name: corpus });
  const t1 = performance.now();
  const json = toJson(result.graph);
  const gexf = toGexf(result.graph);
  const exportMs = performance.now() - t1;
  const mem = process.memoryUsage();
  void json.length, gexf.length;
  return {
    corpus,
    articles: articles.length,
    words: countWords(articles),
    ms: performance.now() - t0,
    stages: { ...result.timings, export: exportMs },
    nodes: result.graph.order,
    edges: result.graph.size,
    rssMb: mem.rss / 1e6,
    heapMb: mem.heapUsed / 1e6,
  };
}

function reference(articles: Article[]): { words: number; ms: number } {
  const t0 = performance.now();
  let found = 0;
  for (const a of articles) {
    const doc = nlp(a.text);
    found += doc.people().length + doc.places().length + doc.organizations().length;
  }
  void found;
  return { words: countWords(articles), ms: performance.now() - t0 };
}

const fmt = (n: number, d = 0) => n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });

const reutersFile = path.join(shared, "reuters-21578.jsonl");
const bbcFile = path.join(shared, "bbc-2004-2005.jsonl");
if (!fs.existsSync(reutersFile)) {
  console.error(`bench: ${reutersFile} not found; the benchmark reads ../shared/corpora at run time`);
  process.exit(1);
}
const all = readJsonl(reutersFile);
const sizes = (option("--sizes") ?? `500,2000,8000,${all.length}`).split(",").map(Number);
console.log(`news-kg benchmark — ${os.cpus()[0]?.model ?? "cpu"} × ${os.cpus().length}, ${fmt(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, one thread`);

// Warm up: load lexicons and JIT on a small slice, so the first size is not charged for it.
runPipeline(all.slice(0, 50), { name: "warm-up" });

const rows: Row[] = [];
for (const size of sizes) rows.push(build(`reuters ${fmt(size)}`, all.slice(0, size)));
if (!args.includes("--no-bbc") && fs.existsSync(bbcFile)) rows.push(build("bbc", readJsonl(bbcFile)));

const stageNames = ["normalize", "extract", "resolve", "graph", "layout", "export"];
console.log("");
console.log(["corpus", "articles", "words", "total s", "words/s", "articles/s", "ms/1k art.", ...stageNames.map((s) => `${s} ms`), "nodes", "edges", "rss MB"].join(" | "));
console.log(Array(7 + stageNames.length + 3).fill("---").join(" | "));
for (const r of rows) {
  console.log(
    [
      r.corpus,
      fmt(r.articles),
      fmt(r.words),
      fmt(r.ms / 1000, 2),
      fmt(r.words / (r.ms / 1000)),
      fmt(r.articles / (r.ms / 1000)),
      fmt((r.ms / r.articles) * 1000),
      ...stageNames.map((s) => fmt(r.stages[s] ?? 0)),
      fmt(r.nodes),
      fmt(r.edges),
      fmt(r.rssMb),
    ].join(" | "),
  );
}

const refSize = Number(option("--reference-size") ?? 2000);
const sample = all.slice(0, refSize);
const ref = reference(sample);
const ours = build(`reuters ${fmt(refSize)} (again)`, sample);
const refRate = ref.words / (ref.ms / 1000);
const ourRate = ours.words / (ours.ms / 1000);
console.log("");
console.log(`reference, same ${fmt(refSize)} stories: compromise people()/places()/organizations() ${fmt(refRate)} words/s; news-kg whole build ${fmt(ourRate)} words/s; ratio ${fmt(ourRate / refRate, 1)}×`);
const mem = process.resourceUsage();
console.log(`peak memory of this process: ${fmt(mem.maxRSS / 1024)} MB`);
