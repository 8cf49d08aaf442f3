/**
 * `kg sparql 'QUERY'`: SPARQL 1.1 over the graph
 * ==============================================
 *
 * Exports the graph (`--graph`, a graph.json; or a Turtle file ending in
 * .ttl) to RDF in memory, loads it into Oxigraph and runs the query. SELECT
 * prints a table (IRIs shortened with the graph's prefixes) or, with `--json`,
 * the W3C SPARQL 1.1 JSON results; ASK prints true or false (or its JSON);
 * CONSTRUCT and DESCRIBE print Turtle. See src/query/sparql.ts for why Oxigraph.
 */
import { readFileSync } from "node:fs";
import { toTurtle } from "../export/to-turtle.js";
import { loadGraph } from "../query/load-graph.js";
import { openSparqlStore, toSparqlJson, type SparqlResult, type SparqlTerm } from "../query/sparql.js";
import { QueryError } from "../schema/index.js";
import { formatTable } from "./format-table.js";
import { formatJson } from "./write-json.js";

export interface SparqlCommandOptions {
  graph: string;
  json?: boolean;
}

export function sparqlCommand(query: string, options: SparqlCommandOptions, write: (s: string) => void): number {
  const store = openSparqlStore(options.graph.endsWith(".ttl") ? readTurtle(options.graph) : toTurtle(loadGraph(options.graph)));
  const result = store.query(query);
  if (result.type === "graph") write(result.turtle.endsWith("\n") || result.turtle === "" ? result.turtle : `${result.turtle}\n`);
  else if (options.json) write(formatJson(toSparqlJson(result)));
  else write(formatSparql(result, store.prefixes));
  return 0;
}

export function formatSparql(result: SparqlResult, prefixes: Readonly<Record<string, string>>): string {
  if (result.type === "ask") return `${result.boolean}\n`;
  if (result.type === "graph") return result.turtle;
  const namespaces = Object.entries(prefixes).sort((a, b) => b[1].length - a[1].length);
  const show = (term: SparqlTerm | undefined): string => {
    if (term === undefined) return "";
    if (term.type === "uri") {
      const hit = namespaces.find(([, ns]) => term.value.startsWith(ns) && term.value.length > ns.length);
      return hit ? `${hit[0]}:${term.value.slice(hit[1].length)}` : `<${term.value}>`;
    }
    if (term.type === "bnode") return `_:${term.value}`;
    return term.value;
  };
  const table = formatTable(
    result.variables.map((v) => `?${v}`),
    result.rows.map((row) => result.variables.map((v) => show(row[v]))),
    { maxCell: 80 },
  );
  return `${table}${result.rows.length} row${result.rows.length === 1 ? "" : "s"}\n`;
}

function readTurtle(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw new QueryError("bad-graph", `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); write it with \`kg export --format ttl\``);
  }
}
