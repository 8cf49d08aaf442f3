/**
 * news-kg query: loadGraph
 * ========================
 *
 * The one function of the query API that touches the disk: it reads a
 * `graph.json` written by `kg build` (graphology's own serialization) and
 * returns the graph every other query function takes. `graphFromJson` does
 * the same from data already in memory (a fetch, a test fixture).
 */
import { readFileSync } from "node:fs";
import Graph from "graphology";
import type { SerializedGraph } from "graphology-types";
import { QueryError } from "../schema/index.js";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../schema/index.js";
import type { QueryGraph } from "./types.js";

/** Where `kg build` writes the default graph, relative to the project root. */
export const DEFAULT_GRAPH_PATH = "graph/graph.json";

export function loadGraph(file: string = DEFAULT_GRAPH_PATH): QueryGraph {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : `cannot be read (${code ?? String(error)})`;
    throw new QueryError("bad-graph", `${file}: ${why}; build the graph with \`kg build\` or pass the path of a graph.json with --graph`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new QueryError("bad-graph", `${file}: not JSON (${(error as Error).message}); pass a graph.json written by \`kg build\``);
  }
  return graphFromJson(data, file);
}

/** A graph from graphology's serialization (`graph.export()`); `where` names the source in messages. */
export function graphFromJson(data: unknown, where = "graph"): QueryGraph {
  const serialized = data as Partial<SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>> | null;
  if (serialized === null || typeof serialized !== "object" || !Array.isArray(serialized.nodes) || !Array.isArray(serialized.edges)) {
    throw new QueryError("bad-graph", `${where}: not a graphology serialization (expected { nodes: [...], edges: [...] }); pass a graph.json written by \`kg build\``);
  }
  try {
    return Graph.MultiDirectedGraph.from(serialized as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>) as QueryGraph;
  } catch (error) {
    throw new QueryError("bad-graph", `${where}: the graph cannot be loaded (${(error as Error).message}); rebuild it with \`kg build\``);
  }
}
