/**
 * Re-running the layout in a web worker
 * =====================================
 *
 * The build already laid the graph out with ForceAtlas2; the analyst can run
 * it again (after filtering, or to untangle a region) without freezing the
 * page: `graphology-layout-forceatlas2/worker` runs the iterations in a web
 * worker and writes the positions back, and sigma redraws as they change.
 */
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import type { KgGraph } from "./types.js";

export interface LayoutRunner {
  isRunning(): boolean;
  start(): void;
  stop(): void;
  kill(): void;
}

export function createLayoutRunner(graph: KgGraph): LayoutRunner {
  let layout: FA2Layout | null = null;
  const make = () =>
    new FA2Layout(graph, {
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 1000 },
      getEdgeWeight: "weight",
    });
  return {
    isRunning: () => layout?.isRunning() ?? false,
    start() {
      layout ??= make();
      layout.start();
    },
    stop() {
      layout?.stop();
    },
    kill() {
      layout?.kill();
      layout = null;
    },
  };
}
