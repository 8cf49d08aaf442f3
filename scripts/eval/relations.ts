/**
 * Relations on BBC politics 001–200 against the annotators' dev gold
 * ==================================================================
 *
 * Builds a graph with curation off from the BBC corpus's politics articles
 * 001–200 (read at run time from ../shared/corpora), runs the shared scorer
 * (../shared/eval/relcheck.mjs, unchanged: its FAMILY table already places
 * every predicate of ours that belongs to a named family; the others count as
 * "other") and reports, beside its line, the share of non-event nodes with no
 * edge and the edges by predicate. Uses dist/ (run `npm run build` first);
 * KEEP_GRAPH=FILE keeps a copy of the graph (for relcheck.mjs --verbose).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const shared = path.resolve(repo, "..", "shared");

export function evalRelations(): string[] {
  const corpus = path.join(shared, "corpora", "bbc-2004-2005.jsonl");
  const gold = path.join(shared, "eval", "bbc-relations-dev.json");
  const scorer = path.join(shared, "eval", "relcheck.mjs");
  if (![corpus, gold, scorer].every(existsSync)) return ["(skipped: ../shared not found)"];
  const work = mkdtempSync(path.join(os.tmpdir(), "news-kg-rel-"));
  try {
    const lines = readFileSync(corpus, "utf8").split("\n").filter((l) => /"id": "bbc\/politics\/(?:0\d\d|1\d\d|200)"/.test(l) && !l.includes('"bbc/politics/000"'));
    const file = path.join(work, "politics-001-200.jsonl");
    writeFileSync(file, `${lines.join("\n")}\n`);
    const out = path.join(work, "graph");
    const build = spawnSync(process.execPath, [path.join(repo, "bin", "kg.js"), "build", "--corpus", file, "--out", out, "--no-curated", "--no-cache", "--quiet"], { encoding: "utf8" });
    if (build.status !== 0) return [`(kg build failed: ${build.stderr.trim()})`];
    const score = spawnSync(process.execPath, [scorer, path.join(out, "graph.json"), gold], { encoding: "utf8" });
    if (process.env.KEEP_GRAPH) writeFileSync(process.env.KEEP_GRAPH, readFileSync(path.join(out, "graph.json")));
    const g = JSON.parse(readFileSync(path.join(out, "graph.json"), "utf8")) as { nodes: { key: string; attributes: { kind: string } }[]; edges: { source: string; target: string; attributes: { predicate: string } }[] };
    const degree = new Map<string, number>();
    const predicates = new Map<string, number>();
    for (const e of g.edges) {
      degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
      degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
      predicates.set(e.attributes.predicate, (predicates.get(e.attributes.predicate) ?? 0) + 1);
    }
    const things = g.nodes.filter((n) => n.attributes.kind !== "event");
    const isolated = things.filter((n) => !degree.get(n.key)).length;
    return [
      `  ${lines.length} articles: ${score.stdout.trim()}`,
      `  non-event nodes with no edge: ${isolated} of ${things.length} (${((100 * isolated) / Math.max(1, things.length)).toFixed(1)} %); ${g.edges.length} edges`,
      `  edges by predicate: ${[...predicates].sort((a, b) => b[1] - a[1]).map(([p, n]) => `${p} ${n}`).join(", ")}`,
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) console.log(evalRelations().join("\n"));
