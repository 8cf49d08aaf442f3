/**
 * `kg path A B`: what links two entities
 * ======================================
 *
 * The shortest paths between A and B (edges followed both ways unless
 * --directed), each hop explained: the statement it reads, its direction, and
 * a quote from an article or the curated line that supports it. `--json`
 * prints `shortestPaths`'s answer.
 */
import { loadGraph } from "../query/load-graph.js";
import { shortestPaths, type PathOptions, type PathResult } from "../query/shortest-paths.js";
import { formatConfidence } from "./format-table.js";
import { integerOption, listOption } from "./query-options.js";
import { formatJson } from "./write-json.js";

export interface PathCommandOptions {
  graph: string;
  json?: boolean;
  limit?: string;
  maxLength?: string;
  directed?: boolean;
  predicate?: string;
}

export function pathCommand(from: string, to: string, options: PathCommandOptions, write: (s: string) => void): number {
  const graph = loadGraph(options.graph);
  const opts: Partial<PathOptions> = { directed: options.directed ?? false };
  const limit = integerOption(options.limit, "--limit", 1);
  if (limit !== undefined) opts.limit = limit;
  const maxLength = integerOption(options.maxLength, "--max-length", 1);
  if (maxLength !== undefined) opts.maxLength = maxLength;
  const predicates = listOption(options.predicate);
  if (predicates) opts.predicates = predicates;
  const result = shortestPaths(graph, from, to, opts);
  write(options.json ? formatJson(result) : formatPaths(result));
  return result.length === null ? 1 : 0;
}

export function formatPaths(result: PathResult): string {
  const ends = `${result.from.label} → ${result.to.label}`;
  if (result.length === null) return `${ends}: no path\n`;
  const out = [`${ends}: ${result.length} step${result.length === 1 ? "" : "s"}, ${result.paths.length} shortest path${result.paths.length === 1 ? "" : "s"} shown`];
  result.paths.forEach((path, i) => {
    out.push("", `path ${i + 1}: ${path.nodes.map((n) => n.label).join(" — ")}`);
    path.steps.forEach((step, j) => {
      const read = step.direction === "backward" ? "  (read backwards)" : "";
      out.push(`  ${j + 1}. ${step.statement}  [${step.origin}, ${formatConfidence(step.confidence)}]${read}`);
      if (step.evidence) {
        const where = [step.evidence.outlet, step.evidence.published].filter(Boolean).join(", ");
        out.push(`     "${clip(step.evidence.quote.replace(/\s+/g, " ").trim(), 160)}"`, `     ${step.evidence.doc}, sentence ${step.evidence.sentence}${where ? ` (${where})` : ""}`);
      } else if (step.provenance) out.push(`     curated: ${step.provenance}`);
    });
  });
  return `${out.join("\n")}\n`;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
