/**
 * news-kg query: timeline
 * =======================
 *
 * The events (kind "event") whose date falls in a window, in order: by date,
 * then label. A partial date sorts before the days it covers ("2016" before
 * "2016-03-14") and is in a window when its range overlaps it (see
 * date-range.ts). Each event comes with who took part (edges into it from
 * people, forces, organizations and places, with the predicate saying how:
 * ordered, announced, participant in), where it happened (`occurred_at`),
 * and the other events it is linked to (`part_of`, `mentioned_with`).
 */
import type { Predicate } from "../schema/index.js";
import { compareText } from "./compare-text.js";
import { dateInWindow, dateWindow } from "./date-range.js";
import { entityRef } from "./entity-view.js";
import type { EntityRef, QueryGraph } from "./types.js";

export interface TimelineOptions {
  /** Window bounds, partial ISO dates, inclusive. */
  from?: string;
  to?: string;
  /** Keep events without a date (after the dated ones) when no window is given. */
  includeUndated: boolean;
}

export const DEFAULT_TIMELINE_OPTIONS: TimelineOptions = { includeUndated: false };

export function resolveTimelineOptions(options: Partial<TimelineOptions> = {}): TimelineOptions {
  return { ...DEFAULT_TIMELINE_OPTIONS, ...options };
}

export interface TimelineLink {
  entity: EntityRef;
  predicate: Predicate;
  label: string;
  /** The edge key. */
  edge: string;
}

export interface TimelineEntry {
  event: EntityRef;
  date?: string;
  eventType?: string;
  participants: TimelineLink[];
  places: EntityRef[];
  /** Event-to-event links, seen from this event ("out": this event is the subject). */
  related: Array<TimelineLink & { direction: "out" | "in" }>;
  sources: string[];
}

const ROLE_ORDER: readonly string[] = ["ordered", "announced", "participant_in"];

export function timeline(graph: QueryGraph, options: Partial<TimelineOptions> = {}): TimelineEntry[] {
  const opts = resolveTimelineOptions(options);
  const windowed = opts.from !== undefined || opts.to !== undefined;
  const window = dateWindow(opts.from, opts.to);
  const entries: TimelineEntry[] = [];
  graph.forEachNode((id, a) => {
    if (a.kind !== "event") return;
    if (a.date === undefined ? windowed || !opts.includeUndated : !dateInWindow(a.date, window)) return;
    const participants: TimelineLink[] = [];
    const places: EntityRef[] = [];
    const related: TimelineEntry["related"] = [];
    graph.forEachInEdge(id, (edge, e, source) => {
      const entity = entityRef(graph, source);
      const link = { entity, predicate: e.predicate, label: e.label ?? e.predicate, edge };
      if (entity.kind === "event") related.push({ ...link, direction: "in" });
      else participants.push(link);
    });
    graph.forEachOutEdge(id, (edge, e, _source, target) => {
      const entity = entityRef(graph, target);
      if (e.predicate === "occurred_at") places.push(entity);
      else if (entity.kind === "event") related.push({ entity, predicate: e.predicate, label: e.label ?? e.predicate, edge, direction: "out" });
    });
    entries.push({
      event: entityRef(graph, id),
      ...(a.date !== undefined ? { date: a.date } : {}),
      ...(a.eventType !== undefined ? { eventType: a.eventType } : {}),
      participants: participants.sort((x, y) => roleRank(x.predicate) - roleRank(y.predicate) || compareText(x.entity.label, y.entity.label)),
      places: places.sort((x, y) => compareText(x.label, y.label)),
      related: related.sort((x, y) => compareText(x.entity.label, y.entity.label) || compareText(x.predicate, y.predicate)),
      sources: [...(a.sources ?? [])],
    });
  });
  return entries.sort(
    (x, y) =>
      (x.date === undefined ? 1 : 0) - (y.date === undefined ? 1 : 0) ||
      compareText(x.date ?? "", y.date ?? "") ||
      compareText(x.event.label, y.event.label) ||
      compareText(x.event.id, y.event.id),
  );
}

function roleRank(predicate: string): number {
  const i = ROLE_ORDER.indexOf(predicate);
  return i === -1 ? ROLE_ORDER.length : i;
}
