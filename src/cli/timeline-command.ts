/**
 * `kg timeline [--from DATE] [--to DATE]`: events in order
 * ========================================================
 *
 * The graph's events dated within the window (partial dates allowed at both
 * ends: `--from 2016 --to 2016-03`), by date then label, with who took part
 * and where. `--json` prints `timeline`'s answer.
 */
import { loadGraph } from "../query/load-graph.js";
import { timeline, type TimelineEntry, type TimelineOptions } from "../query/timeline.js";
import { formatTable } from "./format-table.js";
import { formatJson } from "./write-json.js";

export interface TimelineCommandOptions {
  graph: string;
  json?: boolean;
  from?: string;
  to?: string;
  undated?: boolean;
}

export function timelineCommand(options: TimelineCommandOptions, write: (s: string) => void): number {
  const graph = loadGraph(options.graph);
  const opts: Partial<TimelineOptions> = { includeUndated: options.undated ?? false };
  if (options.from !== undefined) opts.from = options.from;
  if (options.to !== undefined) opts.to = options.to;
  const entries = timeline(graph, opts);
  write(options.json ? formatJson(entries) : formatTimeline(entries));
  return 0;
}

export function formatTimeline(entries: readonly TimelineEntry[]): string {
  if (entries.length === 0) return "no events in this window\n";
  return (
    formatTable(
      ["date", "event", "who", "where"],
      entries.map((e) => [
        e.date ?? "(undated)",
        e.event.label,
        who(e),
        e.places.map((p) => p.label).join(", "),
      ]),
      { maxCell: 70 },
    ) + `${entries.length} event${entries.length === 1 ? "" : "s"}\n`
  );
}

/** "Vladimir Putin (ordered, announced), Russia": one name per participant, with its roles other than plain participation. */
function who(entry: TimelineEntry): string {
  const roles = new Map<string, { label: string; roles: string[] }>();
  for (const p of entry.participants) {
    const seen = roles.get(p.entity.id) ?? { label: p.entity.label, roles: [] };
    if (p.predicate !== "participant_in") seen.roles.push(p.label);
    roles.set(p.entity.id, seen);
  }
  return [...roles.values()].map((r) => (r.roles.length ? `${r.label} (${r.roles.join(", ")})` : r.label)).join(", ");
}
