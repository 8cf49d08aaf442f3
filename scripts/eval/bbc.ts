/**
 * A readable sample of what the extractor finds in unseen BBC politics articles.
 * =============================================================================
 *
 * Reads ../shared/corpora/bbc-2004-2005.jsonl at run time (never copied), builds
 * a graph of the first N politics articles without curation, and prints the
 * entities by kind and every triple with its quote, for a person to judge.
 */
import fs from "node:fs";
import { runPipeline } from "../../src/pipeline.js";
import type { Article } from "../../src/schema/index.js";

export function bbcSample(file: string, count: number): string {
  const rows = fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; category: string; title?: string; text: string })
    .filter((r) => r.category === "politics")
    .slice(0, count);
  // The BBC data set gives no publication dates: relative dates ("on Monday") cannot be resolved, and are not guessed.
  const articles: Article[] = rows.map((r) => ({ id: String(r.id), text: r.text, ...(r.title ? { title: r.title } : {}) }));
  const { graph } = runPipeline(articles, { name: "bbc-sample", layoutIterations: 1 });
  const out: string[] = [`BBC politics sample: ${articles.length} articles, ${graph.order} nodes, ${graph.size} edges`];
  for (const kind of ["person", "place", "force", "organization", "event"]) {
    const labels = graph.filterNodes((_, a) => a.kind === kind).map((n) => graph.getNodeAttribute(n, "label")).sort();
    out.push(`\n${kind} (${labels.length}): ${labels.join("; ")}`);
  }
  out.push("\ntriples:");
  graph.forEachEdge((_, a, s, t) => {
    const ev = a.evidence[0];
    out.push(`  ${graph.getNodeAttribute(s, "label")} —${a.predicate}→ ${graph.getNodeAttribute(t, "label")}   «${ev ? ev.quote.slice(0, 160) : ""}»`);
  });
  return out.join("\n");
}
