/**
 * `npm run bench`: throughput and scaling of the whole build
 * ==========================================================
 *
 * Builds graphs from ../shared/corpora/reuters-21578.jsonl at 500, 2,000,
 * 8,000 and all stories, and from the BBC corpus, each on one thread and on
 * all cores (`--jobs`), and prints per build: words/s, articles/s, wall time
 * per stage (read … export), time per 1,000 articles and peak memory. Each
 * build runs in a process of its own (scripts/bench-build.ts), so its peak
 * memory is its own. Then:
 * - the reference: the same stories through compromise's recogniser alone
 *   (people, places, organizations) and through our whole build, one thread
 *   each, in this process, in turns: three rounds of 2,000 new stories after
 *   a warm-up, so the ratio holds on a noisy machine;
 * - `kg build` end to end (process start to exit) on all of Reuters, with
 *   --jobs 1 and --jobs N;
 * - incremental rebuilds: one changed article in the seed corpus, and one in
 *   all of Reuters, with a warm cache.
 * - cold, whole-process (scripts/bench-cold.ts): default `kg build` against
 *   compromise as new processes on 2,000 Reuters stories (alternating runs,
 *   median ratio; --no-cold to skip), and one long article of real prose at
 *   2, 8 and 30 MB: time, peak memory, 8 MB / 2 MB ratio (--no-long);
 * - the core (scripts/bench-core.ts): model load time in a fresh process,
 *   model size, and tokens/s of the tagger, the NER and the parser, warmed,
 *   one core (skip with --no-core).
 * The corpora are read at run time and never copied into the repository. A
 * script, not a test: it asserts nothing.
 *
 *   npm run bench
 *   npm run bench -- --sizes 500,2000 --jobs 1 --no-bbc --no-end-to-end --no-incremental
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import nlp from "compromise";
import { benchCore } from "./bench-core.js";
import { coldReference, longArticles } from "./bench-cold.js";

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const flag = (name: string) => args.includes(name);

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const shared = path.resolve(repo, "..", "shared", "corpora");
const reutersFile = path.join(shared, "reuters-21578.jsonl");
const bbcFile = path.join(shared, "bbc-2004-2005.jsonl");
const kgBin = path.join(repo, "bin", "kg.js");
if (!existsSync(reutersFile)) {
  console.error(`bench: ${reutersFile} not found; the benchmark reads ../shared/corpora at run time`);
  process.exit(1);
}
if (!existsSync(path.join(repo, "dist", "index.js"))) {
  console.error("bench: dist/ is missing; run `npm run build` first (npm ci does it)");
  process.exit(1);
}

const cores = os.availableParallelism();
const lines = readFileSync(reutersFile, "utf8").split("\n").filter((l) => l.trim() !== "");
const sizes = (option("--sizes") ?? `500,2000,8000,${lines.length}`).split(",").map(Number);
const jobsList = (option("--jobs") ?? [...new Set([1, cores])].join(",")).split(",").map(Number);
const refSize = Number(option("--reference-size") ?? 2000);
const work = mkdtempSync(path.join(os.tmpdir(), "news-kg-bench-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));

const fmt = (n: number, d = 0) => n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });
const cpu = os.cpus()[0]?.model.trim() ?? "cpu";
console.log(`news-kg benchmark — ${cpu}, ${cores} cores, ${fmt(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`);
console.log(`load average at start: ${os.loadavg().map((x) => x.toFixed(2)).join(", ")}`);

/** The first `n` Reuters stories as a JSONL file of their own. */
function reutersSubset(n: number): string {
  const file = path.join(work, `reuters-${n}.jsonl`);
  if (!existsSync(file)) writeFileSync(file, `${lines.slice(0, n).join("\n")}\n`);
  return file;
}

interface Row {
  corpus: string;
  jobs: number;
  threads: number;
  articles: number;
  words: number;
  ms: number;
  stages: Record<string, number>;
  nodes: number;
  edges: number;
  peakRssMb: number;
}

/** The last 5,000 Reuters stories: what each of our builds warms up on (see bench-build.ts). */
const warmUpFile = path.join(work, "warm-up.jsonl");
writeFileSync(warmUpFile, `${lines.slice(-5000).join("\n")}\n`);

function build(corpus: string, file: string, jobs: number): Row {
  const run = spawnSync(process.execPath, ["--import", "tsx", path.join(repo, "scripts", "bench-build.ts"), file, String(jobs), warmUpFile], {
    cwd: repo,
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`bench-build ${file} --jobs ${jobs} failed:\n${run.stderr}`);
  const row = { corpus, jobs, ...(JSON.parse(run.stdout.trim().split("\n").pop()!) as Omit<Row, "corpus" | "jobs">) };
  process.stderr.write(`  ${corpus}, --jobs ${jobs}: ${fmt(row.ms / 1000, 2)} s\n`);
  return row;
}

const STAGES = ["read", "normalize", "extract", "resolve", "graph", "layout", "export"];
function printTable(rows: Row[]): void {
  console.log("");
  console.log(["corpus", "jobs", "articles", "words", "total s", "words/s", "articles/s", "ms/1k art.", ...STAGES.map((s) => `${s} ms`), "nodes", "edges", "peak MB"].join(" | "));
  console.log(Array(8 + STAGES.length + 3).fill("---").join(" | "));
  for (const r of rows) {
    console.log(
      [
        r.corpus,
        r.threads === r.jobs ? String(r.jobs) : `${r.jobs} (${r.threads} used)`,
        fmt(r.articles),
        fmt(r.words),
        fmt(r.ms / 1000, 2),
        fmt(r.words / (r.ms / 1000)),
        fmt(r.articles / (r.ms / 1000)),
        fmt((r.ms / r.articles) * 1000),
        ...STAGES.map((s) => fmt((r.stages[s] ?? 0) + (s === "graph" ? (r.stages.curate ?? 0) : 0))),
        fmt(r.nodes),
        fmt(r.edges),
        fmt(r.peakRssMb),
      ].join(" | "),
    );
  }
}

// 1. Builds by size and thread count.
console.error("builds:");
const rows: Row[] = [];
for (const size of sizes) for (const jobs of jobsList) rows.push(build(`reuters ${fmt(size)}`, reutersSubset(size), jobs));
if (!flag("--no-bbc") && existsSync(bbcFile)) for (const jobs of jobsList) rows.push(build("bbc", bbcFile, jobs));
printTable(rows);

// Scaling: time per 1,000 articles and memory per 10,000, one thread, from the smallest to the largest size.
const single = rows.filter((r) => r.corpus.startsWith("reuters") && r.jobs === 1).sort((a, b) => a.articles - b.articles);
if (single.length >= 2) {
  const first = single[0]!;
  const last = single[single.length - 1]!;
  console.log("");
  console.log(`scaling, one thread: ${single.map((r) => `${fmt((r.ms / r.articles) * 1000)} ms`).join(" → ")} per 1,000 articles from ${fmt(first.articles)} to ${fmt(last.articles)} stories`);
  const perTenK = ((last.peakRssMb - first.peakRssMb) / (last.articles - first.articles)) * 10_000;
  console.log(`memory: peak ${fmt(first.peakRssMb)} MB at ${fmt(first.articles)} stories, ${fmt(last.peakRssMb)} MB at ${fmt(last.articles)}: about ${fmt(perTenK)} MB per 10,000 articles above a base of ${fmt(first.peakRssMb - (perTenK * first.articles) / 10_000)} MB`);
}

// 2. The reference: compromise's recogniser alone, and our whole build, on the
// same stories, in this process, one thread each. Both are warmed up on other
// stories (the last of the corpus) first. Then three rounds, each on the next ${refSize} stories (new
// text every round: our build runs faster on text it has just seen, compromise
// does not), each timing compromise and then our build; the ratio is the
// median of the rounds' ratios.
function compromiseOnce(texts: readonly string[]): number {
  const t0 = performance.now();
  let found = 0;
  for (const text of texts) {
    const doc = nlp(text);
    found += doc.people().length + doc.places().length + doc.organizations().length;
  }
  void found;
  return performance.now() - t0;
}
const kgLib = await import("news-kg");
async function oursOnce(file: string): Promise<number> {
  const t0 = performance.now();
  const { articles } = await kgLib.readCorpus(file);
  const result = kgLib.runPipeline(articles, { name: "reference" });
  void kgLib.toJson(result.graph).length, kgLib.toGexf(result.graph).length, JSON.stringify(result.resolved.claims, null, 2).length;
  return performance.now() - t0;
}
const textsOf = (from: number, to: number) => lines.slice(from, to).map((l) => (JSON.parse(l) as { text: string }).text);
const wordsOf = (texts: readonly string[]) => texts.reduce((n, t) => n + (t.match(/\S+/g)?.length ?? 0), 0);
console.error("reference:");
// Each until its speed is steady: ours on 5,000 stories, compromise (steady sooner) on 1,500.
await oursOnce(warmUpFile);
compromiseOnce(textsOf(lines.length - 1500, lines.length));
const rounds: Array<{ words: number; theirs: number; ours: number }> = [];
for (let round = 0; round < 3; round++) {
  const from = round * refSize;
  const file = path.join(work, `reference-${round}.jsonl`);
  writeFileSync(file, `${lines.slice(from, from + refSize).join("\n")}\n`);
  const texts = textsOf(from, from + refSize);
  const words = wordsOf(texts);
  const theirs = words / (compromiseOnce(texts) / 1000);
  const ours = words / ((await oursOnce(file)) / 1000);
  rounds.push({ words, theirs, ours });
  process.stderr.write(`  stories ${fmt(from + 1)}–${fmt(from + refSize)}: compromise ${fmt(theirs)} words/s, news-kg ${fmt(ours)} words/s\n`);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log("");
console.log(
  `reference, one thread each, three rounds of ${fmt(refSize)} new stories after a warm-up: ` +
    rounds.map((r, i) => `stories ${fmt(i * refSize + 1)}–${fmt((i + 1) * refSize)}: compromise people()/places()/organizations() ${fmt(r.theirs)} words/s, news-kg whole build (read … export) ${fmt(r.ours)} words/s (${fmt(r.ours / r.theirs, 1)}×)`).join("; ") +
    `; median ratio ${fmt(median(rounds.map((r) => r.ours / r.theirs)), 1)}×`,
);

// 3. End to end: `kg build` from process start to exit, all of Reuters.
function kg(argv: string[]): { ms: number; stdout: string } {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [kgBin, ...argv], { cwd: repo, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  const ms = performance.now() - t0;
  if (run.status !== 0) throw new Error(`kg ${argv.join(" ")} failed:\n${run.stderr}`);
  if (run.stderr.trim()) console.log(`(kg ${argv[0]} said on stderr: ${run.stderr.trim()})`);
  return { ms, stdout: run.stdout };
}
const timeLine = (stdout: string) => /^time: (.*)$/m.exec(stdout)?.[1] ?? "";
if (!flag("--no-end-to-end")) {
  console.log("");
  console.error("end to end:");
  const full = reutersSubset(lines.length);
  for (const jobs of jobsList) {
    const run = kg(["build", "--corpus", full, "--out", path.join(work, `e2e-${jobs}`), "--no-curated", "--no-cache", "--jobs", String(jobs)]);
    console.log(`kg build, all ${fmt(lines.length)} Reuters stories, --jobs ${jobs}: ${fmt(run.ms / 1000, 2)} s from process start to exit (${timeLine(run.stdout)})`);
  }
}

// 4. Incremental: rebuild after one changed article, with a warm cache.
if (!flag("--no-incremental")) {
  console.log("");
  console.error("incremental:");
  const seed = path.join(work, "seed");
  cpSync(path.join(repo, "corpus"), seed, { recursive: true });
  const seedOut = path.join(work, "seed-out");
  kg(["build", "--corpus", seed, "--out", seedOut]);
  const article = readdirSync(seed).filter((f) => f.endsWith(".txt")).sort()[1]!;
  appendFileSync(path.join(seed, article), "\nThe talks in Geneva ended on Tuesday.\n");
  const seedRun = kg(["build", "--corpus", seed, "--out", seedOut]);
  console.log(`kg build, seed corpus, one article changed, warm cache: ${fmt(seedRun.ms)} ms from process start to exit (${timeLine(seedRun.stdout)})`);

  const full = path.join(work, "reuters-incremental");
  writeFileSync(path.join(work, "reuters-incremental.jsonl"), `${lines.join("\n")}\n`);
  const fullOut = path.join(work, "reuters-incremental-out");
  const cold = kg(["build", "--corpus", `${full}.jsonl`, "--out", fullOut, "--no-curated"]);
  console.log(`kg build, all Reuters, cold cache (extract and store everything): ${fmt(cold.ms / 1000, 2)} s (${timeLine(cold.stdout)})`);
  const changed = lines.map((l, i) => (i === 100 ? l.replace(/"text": "/, '"text": "Officials in Geneva said talks ended on Tuesday. ') : l));
  writeFileSync(`${full}.jsonl`, `${changed.join("\n")}\n`);
  const warm = kg(["build", "--corpus", `${full}.jsonl`, "--out", fullOut, "--no-curated"]);
  console.log(`kg build, all Reuters, one story changed, warm cache: ${fmt(warm.ms / 1000, 2)} s (${timeLine(warm.stdout)})`);
}

// 5. Cold, whole-process figures (scripts/bench-cold.ts): the default build against compromise as
// new processes, and long single articles (time, peak memory, the 8 MB / 2 MB ratio).
if (!flag("--no-cold")) {
  console.log("");
  const reference = path.join(work, "cold-reuters-2000.jsonl");
  writeFileSync(reference, `${lines.slice(0, 2000).join("\n")}\n`);
  for (const line of coldReference(reference, [undefined, "1", String(cores)])) console.log(line);
}
if (!flag("--no-long")) for (const line of longArticles([2, 8, 30])) console.log(line);

if (!flag("--no-core")) benchCore();

console.log("");
console.log(`load average at end: ${os.loadavg().map((x) => x.toFixed(2)).join(", ")}`);
