/**
 * Re-DocRED dev through `kg build`
 * ================================
 *
 * Builds a graph with curation off from the 500 Wikipedia lead sections of
 * Re-DocRED dev (read at run time from ../shared/eval; MIT) and runs the
 * shared scorer (docred-score.py, unchanged): precision and recall on the
 * Wikidata relations our vocabulary can express. Not news, and written by no
 * one here. Uses dist/ (run `npm run build` first).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const shared = path.resolve(repo, "..", "shared");

export function evalRedocred(): string[] {
  const corpus = path.join(shared, "eval", "redocred-dev.jsonl");
  const gold = path.join(shared, "eval", "redocred-dev.json");
  const scorer = path.join(shared, "eval", "docred-score.py");
  if (![corpus, gold, scorer].every(existsSync)) return ["(skipped: ../shared not found)"];
  const work = mkdtempSync(path.join(os.tmpdir(), "news-kg-docred-"));
  try {
    const out = path.join(work, "graph");
    const build = spawnSync(process.execPath, [path.join(repo, "bin", "kg.js"), "build", "--corpus", corpus, "--out", out, "--no-curated", "--no-cache", "--quiet"], { encoding: "utf8" });
    if (build.status !== 0) return [`(kg build failed: ${build.stderr.trim()})`];
    const score = spawnSync("python3", [scorer, gold, path.join(out, "graph.json"), "redocred-dev"], { encoding: "utf8" });
    if (score.status !== 0) return [`(scorer failed: ${score.stderr.trim()})`];
    return [`  ${score.stdout.trim()}`];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) console.log(evalRedocred().join("\n"));
