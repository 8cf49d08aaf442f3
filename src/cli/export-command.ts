/**
 * `kg export --format ttl|graphml|csv|cypher|gexf`: the graph for other tools
 * ============================================================================
 *
 * Reads a built graph (--graph, default graph/graph.json) and writes it as
 * Turtle (RDF, for triple stores), GraphML (yEd, Cytoscape, NetworkX),
 * CSV node and edge lists (Gephi, Neo4j LOAD CSV, spreadsheets) or a Cypher
 * script (Neo4j). Default outputs sit next to the graph: graph.ttl,
 * graph.graphml, graph.cypher, and nodes.csv + edges.csv in the graph's
 * folder (for csv, --out names a folder); `--format gexf --gexf-version 1.2`
 * writes GEXF 1.2draft (graph-gexf1.2.gexf) for NetworkX before 3.6. Files
 * are written atomically.
 */
import path from "node:path";
import { toCsv } from "../export/to-csv.js";
import { toCypher } from "../export/to-cypher.js";
import { toGexf } from "../export/gexf.js";
import { toGraphml } from "../export/to-graphml.js";
import { toTurtle } from "../export/to-turtle.js";
import { writeFileAtomic } from "../export/write-atomic.js";
import { loadGraph } from "../query/load-graph.js";
import type { QueryGraph } from "../query/types.js";
import { UsageError } from "../schema/index.js";

export const EXPORT_FORMATS = ["ttl", "graphml", "csv", "cypher", "gexf"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportCommandOptions {
  format: string;
  graph: string;
  out?: string;
  /** For gexf: "1.3" (default) or "1.2" (GEXF 1.2draft, for NetworkX before 3.6). */
  gexfVersion?: string;
}

const WRITERS: Record<Exclude<ExportFormat, "csv" | "gexf">, { extension: string; write: (graph: QueryGraph) => string }> = {
  ttl: { extension: "ttl", write: toTurtle },
  graphml: { extension: "graphml", write: toGraphml },
  cypher: { extension: "cypher", write: toCypher },
};

export async function exportCommand(options: ExportCommandOptions, log: (line: string) => void): Promise<string[]> {
  const format = options.format.toLowerCase() === "turtle" ? "ttl" : options.format.toLowerCase();
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format: unknown format "${options.format}"; use one of ${EXPORT_FORMATS.join(", ")}`);
  }
  const gexfVersion = options.gexfVersion ?? "1.3";
  if (gexfVersion !== "1.3" && gexfVersion !== "1.2") throw new UsageError(`--gexf-version ${gexfVersion}: use 1.3 or 1.2`);
  if (options.gexfVersion !== undefined && format !== "gexf") throw new UsageError("--gexf-version goes with --format gexf");
  const graph = loadGraph(options.graph);
  const folder = path.dirname(options.graph);
  const files: string[] = [];
  if (format === "csv") {
    const out = options.out ?? folder;
    const { nodes, edges } = toCsv(graph);
    files.push(path.join(out, "nodes.csv"), path.join(out, "edges.csv"));
    await writeFileAtomic(files[0]!, nodes);
    await writeFileAtomic(files[1]!, edges);
  } else if (format === "gexf") {
    // Not next to graph.gexf (1.3, written by kg build): a 1.2 file gets its own name.
    const base = path.basename(options.graph, path.extname(options.graph));
    const out = options.out ?? path.join(folder, gexfVersion === "1.3" ? `${base}.gexf` : `${base}-gexf${gexfVersion}.gexf`);
    files.push(out);
    await writeFileAtomic(out, toGexf(graph, { version: gexfVersion }));
  } else {
    const writer = WRITERS[format as Exclude<ExportFormat, "csv" | "gexf">];
    const out = options.out ?? path.join(folder, `${path.basename(options.graph, path.extname(options.graph))}.${writer.extension}`);
    files.push(out);
    await writeFileAtomic(out, writer.write(graph));
  }
  log(`${format}: ${graph.order} entities, ${graph.size} edges`);
  log(`wrote: ${files.join(", ")}`);
  return files;
}
