/**
 * The timeline: what was known when
 * =================================
 *
 * Two handles over every event date and publication date of the graph. The
 * range keeps the events dated inside it; the end date also hides what no
 * article had reported by then (compute-visibility.ts). A strip of ticks
 * shows where the events fall, with year ticks under it.
 */
import { dateStart } from "./date-range.js";
import { element } from "./element.js";
import { timelineDates } from "./timeline-dates.js";
import type { KgGraph } from "./types.js";
import type { ViewStore } from "./view-store.js";
import { yearTicks } from "./year-ticks.js";

export function mountTimeline(container: HTMLElement, graph: KgGraph, store: ViewStore): void {
  const dates = timelineDates(graph);
  container.appendChild(element("h2", {}, "Timeline"));
  if (dates.length < 2) {
    container.appendChild(element("p", { className: "muted" }, "No dated events."));
    return;
  }
  const last = dates.length - 1;
  const from = element("input", { className: "timeline-from", attrs: { type: "range", min: "0", max: String(last), step: "1", "aria-label": "from date" } });
  const to = element("input", { className: "timeline-to", attrs: { type: "range", min: "0", max: String(last), step: "1", "aria-label": "to date (what was known then)" } });
  const label = element("div", { className: "timeline-label" });

  // Ticks: one per event date, placed by the date's rank; the title lists the events.
  const strip = element("div", { className: "timeline-strip", attrs: { "aria-hidden": "true" } });
  const rank = new Map(dates.map((d, i) => [d, i]));
  const eventsAt = new Map<number, string[]>();
  graph.forEachNode((_n, a) => {
    if (a.kind !== "event" || !a.date) return;
    const index = rank.get(dateStart(a.date) ?? "");
    if (index === undefined) return;
    const names = eventsAt.get(index) ?? [];
    if (names.length < 10) names.push(`${a.date} ${a.label}`);
    eventsAt.set(index, names);
  });
  for (const [index, names] of eventsAt) {
    const tick = element("span", { className: "tick", title: names.join("\n") });
    tick.style.left = `${(index / last) * 100}%`;
    strip.appendChild(tick);
  }

  const years = element("div", { className: "timeline-years" });
  for (const tick of yearTicks(dates)) {
    const mark = element("span", { className: "year", attrs: { "data-year": String(tick.year) } }, String(tick.year));
    mark.style.left = `${tick.position * 100}%`;
    years.appendChild(mark);
  }

  const write = () => {
    let i = Number(from.value);
    let j = Number(to.value);
    if (i > j) [i, j] = [j, i];
    store.setFilters({ dateFrom: i === 0 ? null : (dates[i] ?? null), dateTo: j === last ? null : (dates[j] ?? null) });
  };
  from.addEventListener("input", write);
  to.addEventListener("input", write);

  const clearButton = element(
    "button",
    { className: "link", attrs: { type: "button" }, onClick: () => store.setFilters({ dateFrom: null, dateTo: null }) },
    "all dates",
  );
  container.append(element("div", { className: "timeline" }, strip, from, to, years), label, clearButton);

  const indexOf = (date: string | null, fallback: number) => {
    if (date === null) return fallback;
    const i = dates.findIndex((d) => d >= date);
    return i < 0 ? last : i;
  };
  const sync = () => {
    const { dateFrom, dateTo } = store.get().filters;
    from.value = String(indexOf(dateFrom, 0));
    to.value = String(dateTo === null ? last : Math.max(0, dates.findLastIndex((d) => d <= dateTo)));
    label.textContent = `${dateFrom ?? dates[0]} → ${dateTo ?? dates[last]}${dateTo ? " (as known then)" : ""}`;
  };
  store.subscribe((state, previous) => {
    if (state.filters.dateFrom !== previous.filters.dateFrom || state.filters.dateTo !== previous.filters.dateTo) sync();
  });
  sync();
}
