/**
 * `kg query 'PATTERN'`: triple patterns, joined
 * =============================================
 *
 * e.g. `kg query '?p visited ?place . ?place located_in Syria'`. Prints one
 * row per match with a column per variable; `--json` prints `matchPattern`'s
 * answer (bindings `{ id, label, kind }` and the matched edge keys).
 */
import { loadGraph } from "../query/load-graph.js";
import { matchPattern, type MatchOptions, type PatternResult } from "../query/match-pattern.js";
import { formatTable } from "./format-table.js";
import { integerOption, numberOption, originsOption } from "./query-options.js";
import { formatJson } from "./write-json.js";

export interface QueryCommandOptions {
  graph: string;
  json?: boolean;
  limit?: string;
  origin?: string;
  minConfidence?: string;
}

export function queryCommand(pattern: string, options: QueryCommandOptions, write: (s: string) => void): number {
  const graph = loadGraph(options.graph);
  const match: Partial<MatchOptions> = {};
  const limit = integerOption(options.limit, "--limit", 1);
  if (limit !== undefined) match.limit = limit;
  const origins = originsOption(options.origin);
  if (origins) match.origin = origins;
  const min = numberOption(options.minConfidence, "--min-confidence", 0, 1);
  if (min !== undefined) match.minConfidence = min;
  const result = matchPattern(graph, pattern, match);
  write(options.json ? formatJson(result) : formatResult(result));
  return 0;
}

export function formatResult(result: PatternResult): string {
  const head = `pattern: ${result.pattern.join(" . ")}\n`;
  if (result.rows.length === 0) return `${head}no matches\n`;
  const table = formatTable(
    [...result.variables.map((v) => `?${v}`), "edges"],
    result.rows.map((row) => [...result.variables.map((v) => row.bindings[v]!.label), row.edges.join(" ; ")]),
    { maxCell: 100 },
  );
  const count = `${result.rows.length} row${result.rows.length === 1 ? "" : "s"}${result.truncated ? " (more left out; raise --limit)" : ""}\n`;
  return `${head}${table}${count}`;
}
