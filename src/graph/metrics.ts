/**
 * Node importance and communities
 * ===============================
 *
 * PageRank (graphology-metrics) as `importance`, Louvain communities
 * (graphology-communities-louvain, with a seeded random source so the result
 * does not change between runs) as `community`. `.assign` style: mutates.
 */
import { createRequire } from "node:module";
import type { KnowledgeGraph } from "./build-graph.js";
import { seededRandom } from "./seeded-random.js";

// CommonJS packages whose typings declare an ES default export.
const require = createRequire(import.meta.url);
const pagerank = require("graphology-metrics/centrality/pagerank") as typeof import("graphology-metrics/centrality/pagerank.js").default;
const louvain = require("graphology-communities-louvain") as typeof import("graphology-communities-louvain").default;

export function assignMetrics(graph: KnowledgeGraph): void {
  if (graph.order === 0) return;
  const ranks = pagerank(graph, { getEdgeWeight: "weight", tolerance: 1e-9, maxIterations: 200 });
  const communities = graph.size > 0 ? louvain(graph, { getEdgeWeight: "weight", rng: seededRandom(42) }) : {};
  graph.forEachNode((node) => {
    graph.setNodeAttribute(node, "importance", round(ranks[node] ?? 0, 6));
    graph.setNodeAttribute(node, "community", communities[node] ?? 0);
  });
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
