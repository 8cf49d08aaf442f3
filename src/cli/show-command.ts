/**
 * `kg show NAME`: one entity and its relations
 * ============================================
 *
 * Resolves NAME (a label, alias or node key, folded as the builder folds
 * names: "Hmeymim", "assad", "place:tartus") and prints the entity, its
 * relations (filtered by --predicate, --direction, --other-kind, --origin,
 * --min-confidence, --from/--to) and its claims; `--json` prints
 * `describeEntity`'s answer.
 */
import { loadGraph } from "../query/load-graph.js";
import { describeEntity } from "../query/describe-entity.js";
import type { RelationFilter } from "../query/relations-of.js";
import type { EntityDetails } from "../query/types.js";
import { UsageError } from "../schema/index.js";
import { formatConfidence, formatTable } from "./format-table.js";
import { kindsOption, listOption, numberOption, originsOption } from "./query-options.js";
import { formatJson } from "./write-json.js";

export interface ShowCommandOptions {
  graph: string;
  json?: boolean;
  kind?: string;
  predicate?: string;
  direction?: string;
  otherKind?: string;
  origin?: string;
  minConfidence?: string;
  from?: string;
  to?: string;
}

export function showCommand(name: string, options: ShowCommandOptions, write: (s: string) => void): number {
  const graph = loadGraph(options.graph);
  const direction = options.direction ?? "both";
  if (!["out", "in", "both"].includes(direction)) throw new UsageError(`--direction: "${direction}" is not out, in or both`);
  const filter: Partial<RelationFilter> = { direction: direction as RelationFilter["direction"] };
  const predicates = listOption(options.predicate);
  if (predicates) filter.predicate = predicates;
  const otherKinds = kindsOption(options.otherKind, "--other-kind");
  if (otherKinds) filter.kind = otherKinds;
  const origins = originsOption(options.origin);
  if (origins) filter.origin = origins;
  const min = numberOption(options.minConfidence, "--min-confidence", 0, 1);
  if (min !== undefined) filter.minConfidence = min;
  if (options.from !== undefined) filter.from = options.from;
  if (options.to !== undefined) filter.to = options.to;
  const kinds = kindsOption(options.kind, "--kind");
  const details = describeEntity(graph, name, filter, kinds ? { kind: kinds } : {});
  write(options.json ? formatJson(details) : formatDetails(details));
  return 0;
}

export function formatDetails({ entity, relations, claims, alternatives }: EntityDetails): string {
  const lines = [
    `${entity.label}  (${entity.kind}, ${entity.id})`,
    `origin: ${entity.origin}; ${entity.mentions} mention${entity.mentions === 1 ? "" : "s"} in ${entity.sources.length} article${entity.sources.length === 1 ? "" : "s"}`,
  ];
  // The name also matched these (a namesake, a bare surname): most prominent first.
  if (alternatives?.length) {
    const shown = alternatives.slice(0, 5).map((a) => `${a.label} (${a.mentions} mention${a.mentions === 1 ? "" : "s"})`);
    lines.push(`also: ${shown.join(", ")}${alternatives.length > 5 ? `, and ${alternatives.length - 5} more` : ""}`);
  }
  const aliases = entity.aliases.filter((a) => a !== entity.label);
  if (aliases.length) lines.push(`aliases: ${aliases.join("; ")}`);
  if (entity.date) lines.push(`date: ${entity.date}${entity.eventType ? ` (${entity.eventType})` : ""}`);
  if (entity.roles?.length) lines.push(`roles: ${entity.roles.join("; ")}`);
  if (entity.note) lines.push(`note: ${entity.note}`);
  if (entity.mergedFrom?.length) {
    lines.push(`merged from: ${entity.mergedFrom.map((m) => `${m.form} (${m.docs.length} article${m.docs.length === 1 ? "" : "s"}, ${m.rule})`).join("; ")}`);
  }
  let out = `${lines.join("\n")}\n\nrelations: ${relations.length}\n`;
  if (relations.length) {
    out += formatTable(
      ["relation", "other", "kind", "origin", "conf", "evidence", "edge"],
      relations.map((r) => [
        r.direction === "out" ? `${r.label} →` : `← ${r.label}`,
        r.other.label,
        r.other.kind,
        r.origin,
        formatConfidence(r.confidence),
        r.evidenceCount ? `${r.evidenceCount} sentence${r.evidenceCount === 1 ? "" : "s"}` : (r.provenance[0] ?? ""),
        r.id,
      ]),
      { maxCell: 100 },
    );
  }
  if (claims.length) {
    out += `\nclaims: ${claims.length}\n`;
    out += formatTable(
      ["value", "unit", "measure", "according to", "conflicts", "article"],
      claims.map((c) => [String(c.value), c.unit, c.subject, c.attributedTo ?? "", String(c.conflicts.length), c.doc]),
    );
  }
  return out;
}
