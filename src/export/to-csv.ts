/**
 * news-kg export: CSV node and edge lists
 * =======================================
 *
 * Two files, `nodes.csv` and `edges.csv`, for Gephi's spreadsheet import
 * (Data Laboratory → Import Spreadsheet), Neo4j's `LOAD CSV WITH HEADERS`,
 * pandas, R and spreadsheets. Gephi recognises the capitalised columns: `Id`
 * and `Label` for nodes; `Source`, `Target`, `Type` (Directed), `Id`, `Label`
 * and `Weight` for edges. The other columns are the graph contract's
 * attributes under their own names.
 *
 * RFC 4180: fields that contain a comma, a double quote, CR or LF are quoted,
 * with double quotes doubled; lines end in CRLF; the first line is the header.
 * Lists (aliases, roles, sources, claims, provenance) are joined with "|", which
 * Neo4j splits with `split(row.aliases, '|')` and Gephi can split too; a "|"
 * inside an item would be read as a separator, so it is written as "¦"
 * (U+00A6). `evidence` is the JSON of the evidence array, exact;
 * `quote` repeats its first sentence for readers who only want a glance.
 */
import type { MultiDirectedGraph } from "graphology";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../schema/index.js";

type KgGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface CsvFiles {
  /** nodes.csv */
  nodes: string;
  /** edges.csv */
  edges: string;
}

export const CSV_NODE_COLUMNS = [
  "Id", "Label", "kind", "aliases", "date", "eventType", "roles", "sources", "mentions", "origin", "importance", "community", "x", "y", "size", "color", "note", "claims", "mergedFrom",
] as const;

export const CSV_EDGE_COLUMNS = [
  "Id", "Source", "Target", "Type", "Label", "Weight", "predicate", "verb", "past", "confidence", "origin", "provenance", "evidenceCount", "quote", "evidence",
] as const;

export function toCsv(graph: KgGraph): CsvFiles {
  const nodes: string[][] = [[...CSV_NODE_COLUMNS]];
  graph.forEachNode((key, a) => {
    nodes.push([
      key,
      a.label ?? key,
      a.kind ?? "",
      list(a.aliases),
      a.date ?? "",
      a.eventType ?? "",
      list(a.roles),
      list(a.sources),
      num(a.mentions),
      a.origin ?? "",
      num(a.importance),
      num(a.community),
      num(a.x),
      num(a.y),
      num(a.size),
      a.color ?? "",
      a.note ?? "",
      list(a.claims),
      a.mergedFrom ? JSON.stringify(a.mergedFrom) : "",
    ]);
  });
  const edges: string[][] = [[...CSV_EDGE_COLUMNS]];
  graph.forEachEdge((key, a, source, target) => {
    edges.push([
      key,
      source,
      target,
      "Directed",
      a.label ?? a.predicate ?? "",
      num(a.weight),
      a.predicate ?? "",
      a.verb ?? "",
      a.past ? "true" : "",
      num(a.confidence),
      a.origin ?? "",
      list(a.provenance),
      String(a.evidence?.length ?? 0),
      a.evidence?.[0]?.quote ?? "",
      JSON.stringify(a.evidence ?? []),
    ]);
  });
  return { nodes: table(nodes), edges: table(edges) };
}

/** RFC 4180 text: CRLF line ends, a final CRLF. */
function table(rows: string[][]): string {
  return rows.map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";
}

/** One field, quoted when it has to be. Unpaired surrogates, which UTF-8 cannot carry, become U+FFFD. */
export function field(value: string): string {
  const clean = value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
  return /[",\r\n]/.test(clean) ? `"${clean.replace(/"/g, '""')}"` : clean;
}

function list(items: readonly string[] | undefined): string {
  return (items ?? []).map((item) => String(item).replace(/\|/g, "\u00A6")).join("|");
}

function num(value: number | undefined): string {
  return typeof value === "number" && Number.isFinite(value) ? String(value) : "";
}
