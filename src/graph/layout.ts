/**
 * Layout: ForceAtlas2 from seeded positions
 * =========================================
 *
 * Each node starts at a position derived from its id (so adding a node does
 * not move the others' starting points), then ForceAtlas2 runs a fixed number
 * of iterations chosen by graph size, with Barnes-Hut above 300 nodes.
 * Node size follows importance. Coordinates are rounded so the exported file
 * does not change with the last bits of floating point.
 */
import { createRequire } from "node:module";
import type { KnowledgeGraph } from "./build-graph.js";
import { hashUnit } from "./seeded-random.js";

// CommonJS package whose typings declare an ES default export.
const forceAtlas2 = createRequire(import.meta.url)("graphology-layout-forceatlas2") as typeof import("graphology-layout-forceatlas2").default;

export interface LayoutOptions {
  iterations?: number;
}

export function iterationsFor(order: number): number {
  if (order <= 300) return 500;
  if (order <= 2_000) return 150;
  if (order <= 10_000) return 60;
  return 40;
}

export function assignLayout(graph: KnowledgeGraph, options: LayoutOptions = {}): void {
  if (graph.order === 0) return;
  const radius = Math.sqrt(graph.order) * 10;
  graph.forEachNode((node) => {
    const angle = hashUnit(node, 1) * 2 * Math.PI;
    const r = radius * Math.sqrt(hashUnit(node, 2));
    graph.mergeNodeAttributes(node, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
  });
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > 300,
    edgeWeightInfluence: 0.5,
    gravity: 1,
    scalingRatio: 10,
  };
  forceAtlas2.assign(graph, { iterations: options.iterations ?? iterationsFor(graph.order), settings, getEdgeWeight: "weight" });
  let maxImportance = 0;
  graph.forEachNode((_, a) => (maxImportance = Math.max(maxImportance, a.importance)));
  graph.forEachNode((node, a) => {
    const size = 3 + 17 * Math.sqrt(maxImportance > 0 ? a.importance / maxImportance : 0);
    graph.mergeNodeAttributes(node, { x: round(a.x, 2), y: round(a.y, 2), size: round(size, 2) });
  });
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  const r = Math.round(x * f) / f;
  return Object.is(r, -0) ? 0 : r;
}
