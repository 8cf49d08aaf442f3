/**
 * Cold, whole-process figures: what a user waits for
 * ===================================================
 *
 *   npx tsx scripts/bench-cold.ts [--rounds 5] [--no-long] [--no-reference]
 *
 * 1. The reference: `kg build` on the first 2,000 Reuters stories, as a new
 *    process from start to exit (no cache, no curation), against compromise's
 *    recogniser alone (people(), places(), organizations()) on the same
 *    stories, also as a new process; run in alternation, `--rounds` times
 *    each, with the default `--jobs`, `--jobs 1` and `--jobs N`. The figure is
 *    the median of the rounds' ratios (compromise's time / ours).
 * 2. One long article of real prose (BBC and Reuters stories, in their order,
 *    joined into one file) at 2, 8 and 30 MB: wall time and peak memory of
 *    `kg build` as a new process, and the 8 MB / 2 MB time ratio (linear cost
 *    gives 4).
 * Needs `npm run build` first (it runs dist/, as the CLI does). Reads
 * ../shared/corpora at run time. A script, not a test.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { longArticleParts } from "./long-article.js";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const corpora = path.resolve(repo, "..", "shared", "corpora");
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const rounds = Number(option("--rounds") ?? 5);
const fmt = (n: number, d = 0) => n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const work = mkdtempSync(path.join(os.tmpdir(), "news-kg-cold-"));

function timed(argv: string[]): { ms: number; stderr: string } {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, argv, { cwd: repo, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t0;
  if (run.status !== 0) throw new Error(`${argv.join(" ")} failed:\n${run.stderr}`);
  return { ms, stderr: run.stderr };
}

export function coldReference(file: string, jobsList: (string | undefined)[]): string[] {
  const out: string[] = [];
  for (const jobs of jobsList) {
    const ratios: number[] = [];
    const ours: number[] = [];
    const theirs: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const c = timed([path.join(repo, "scripts", "bench", "compromise-run.mjs"), file]).ms;
      const k = timed([path.join(repo, "bin", "kg.js"), "build", "--corpus", file, "--out", path.join(work, "ref"), "--no-curated", "--no-cache", ...(jobs ? ["--jobs", jobs] : [])]).ms;
      theirs.push(c);
      ours.push(k);
      ratios.push(c / k);
    }
    out.push(
      `cold, whole process, 2,000 Reuters stories, kg build ${jobs ? `--jobs ${jobs}` : "(default --jobs)"}: median ${fmt(median(ours) / 1000, 2)} s; compromise alone ${fmt(median(theirs) / 1000, 2)} s; median ratio ${fmt(median(ratios), 2)}× (rounds: ${ratios.map((x) => fmt(x, 2)).join(", ")})`,
    );
    console.error(out[out.length - 1]);
  }
  return out;
}

export function longArticles(sizesMb: number[]): string[] {
  const out: string[] = [];
  const times = new Map<number, number>();
  for (const mb of sizesMb) {
    const dir = path.join(work, `long-${mb}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "long.txt"), longArticleParts(corpora, mb).join("\n\n"));
    const run = timed([path.join(repo, "scripts", "bench", "kg-rss.mjs"), "build", "--corpus", dir, "--out", path.join(dir, "out"), "--no-curated", "--no-cache"]);
    const rss = Number(/peak-rss-kb (\d+)/.exec(run.stderr)?.[1] ?? 0) / 1024;
    times.set(mb, run.ms);
    out.push(`one ${mb} MB article: ${fmt(run.ms / 1000, 1)} s, peak ${fmt(rss)} MB`);
    console.error(out[out.length - 1]);
    rmSync(dir, { recursive: true, force: true });
  }
  if (times.has(2) && times.has(8)) out.push(`8 MB / 2 MB time: ${fmt(times.get(8)! / times.get(2)!, 2)} (linear: 4)`);
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const lines: string[] = [];
  if (!args.includes("--no-reference")) {
    const file = path.join(work, "reuters-2000.jsonl");
    const stories = readFileSync(path.join(corpora, "reuters-21578.jsonl"), "utf8").split("\n").filter((l) => l.trim()).slice(0, 2000);
    writeFileSync(file, `${stories.join("\n")}\n`);
    lines.push(...coldReference(file, [undefined, "1", String(os.availableParallelism())]));
  }
  if (!args.includes("--no-long")) lines.push(...longArticles((option("--long-sizes") ?? "2,8,30").split(",").map(Number)));
  console.log(lines.join("\n"));
  rmSync(work, { recursive: true, force: true });
}
