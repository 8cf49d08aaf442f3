/**
 * timeline and partial dates
 * ==========================
 *
 * Events in a window, in order by date then label, partial dates compared as
 * the ranges of days they stand for; each with its participants and places.
 */
import { describe, expect, it } from "vitest";
import { dateInWindow, dateRange, dateWindow } from "../../src/query/date-range.js";
import { timeline } from "../../src/query/timeline.js";
import { QueryError } from "../../src/schema/index.js";
import { seedGraph, tinyGraph } from "./helpers.js";

describe("partial dates", () => {
  it.each([
    ["2016", "2016-01-01", "2016-12-31"],
    ["2016-02", "2016-02-01", "2016-02-29"],
    ["2015-02", "2015-02-01", "2015-02-28"],
    ["2017-12-11", "2017-12-11", "2017-12-11"],
  ])("%s covers %s..%s", (date, start, end) => {
    expect(dateRange(date)).toEqual({ start, end });
  });

  it.each([["2016-13"], ["2017-02-30"], ["16"], ["next year"]])("%s is not a date", (date) => {
    expect(dateRange(date)).toBeUndefined();
  });

  it("a date is in a window when its range overlaps it", () => {
    const window = dateWindow("2016-03", "2016-03");
    expect(dateInWindow("2016", window)).toBe(true);
    expect(dateInWindow("2016-03-14", window)).toBe(true);
    expect(dateInWindow("2016-04", window)).toBe(false);
    expect(dateInWindow(undefined, window)).toBe(false);
  });

  it("rejects a bad bound or a window that ends before it starts", () => {
    expect(() => dateWindow("2016-13")).toThrow(QueryError);
    expect(() => dateWindow("2017", "2016")).toThrow(/swap the dates/);
  });
});

describe("timeline on a tiny graph", () => {
  const graph = tinyGraph(
    [
      { key: "event:b", label: "Bombing", kind: "event", date: "2016-03-14" },
      { key: "event:a", label: "Accord", kind: "event", date: "2016-03-14" },
      { key: "event:y", label: "Year of talks", kind: "event", date: "2016" },
      { key: "event:m", label: "March offensive", kind: "event", date: "2016-03" },
      { key: "event:old", label: "Old war", kind: "event", date: "2011" },
      { key: "event:undated", label: "Someday", kind: "event" },
      { key: "person:p", label: "Pat", kind: "person" },
      { key: "place:q", label: "Quay", kind: "place" },
      { key: "organization:o", label: "Org", kind: "organization" },
    ],
    [
      { s: "person:p", p: "participant_in", o: "event:a" },
      { s: "organization:o", p: "ordered", o: "event:a" },
      { s: "event:a", p: "occurred_at", o: "place:q" },
      { s: "event:b", p: "part_of", o: "event:m" },
    ],
  );

  it("orders by date then label, a partial date before the days it covers", () => {
    expect(timeline(graph).map((e) => [e.date, e.event.label])).toEqual([
      ["2011", "Old war"],
      ["2016", "Year of talks"],
      ["2016-03", "March offensive"],
      ["2016-03-14", "Accord"],
      ["2016-03-14", "Bombing"],
    ]);
  });

  it("keeps what overlaps the window", () => {
    expect(timeline(graph, { from: "2016-03-14", to: "2016-03-14" }).map((e) => e.event.label)).toEqual(["Year of talks", "March offensive", "Accord", "Bombing"]);
    expect(timeline(graph, { from: "2012" , to: "2015" })).toEqual([]);
    expect(timeline(graph, { to: "2011" }).map((e) => e.event.label)).toEqual(["Old war"]);
  });

  it("lists participants (ordered first), places and linked events", () => {
    const accord = timeline(graph).find((e) => e.event.id === "event:a")!;
    expect(accord.participants.map((p) => [p.entity.label, p.predicate])).toEqual([
      ["Org", "ordered"],
      ["Pat", "participant_in"],
    ]);
    expect(accord.places.map((p) => p.label)).toEqual(["Quay"]);
    const march = timeline(graph).find((e) => e.event.id === "event:m")!;
    expect(march.related).toEqual([{ entity: { id: "event:b", label: "Bombing", kind: "event" }, predicate: "part_of", label: "part of", edge: "event:b|part_of|event:m", direction: "in" }]);
  });

  it("undated events only on request, and never in a window", () => {
    expect(timeline(graph, { includeUndated: true }).at(-1)?.event.label).toBe("Someday");
    expect(timeline(graph, { includeUndated: true, from: "2000" }).some((e) => e.event.label === "Someday")).toBe(false);
  });
});

describe("the seed timeline", () => {
  const graph = seedGraph();

  it("puts 2016 in order: the truce, the March announcement, the fall of Aleppo", () => {
    const entries = timeline(graph, { from: "2016", to: "2016" });
    const dates = entries.map((e) => e.date!);
    expect(dates.every((d) => d.startsWith("2016"))).toBe(true);
    expect(dates).toEqual([...dates].sort());
    const withdrawal = entries.find((e) => e.event.id === "event:withdrawal-of-the-main-part-of-russian-forces-from-syria-2016")!;
    expect(withdrawal.date).toBe("2016-03-14");
    expect(withdrawal.participants).toContainEqual(expect.objectContaining({ entity: expect.objectContaining({ id: "person:vladimir-putin" }), predicate: "ordered" }));
    expect(withdrawal.places.map((p) => p.id)).toContain("place:moscow");
    expect(entries.map((e) => e.event.id)).toContain("event:syrian-truce-of-february-2016");
  });

  it("covers every dated event when no window is given", () => {
    let dated = 0;
    graph.forEachNode((_, a) => void (a.kind === "event" && a.date && dated++));
    expect(timeline(graph).length).toBe(dated);
  });
});
