import Graph from "graphology";
import { describe, expect, it } from "vitest";
import type { NodeAttributes } from "../../src/schema/index.js";
import { communityColors } from "../../viewer/src/community-colors.js";
import { defaultFilters } from "../../viewer/src/filters.js";
import type { KgGraph, ViewState } from "../../viewer/src/types.js";
import { formatUrlState, parseUrlState } from "../../viewer/src/url-state.js";
import { yearTicks } from "../../viewer/src/year-ticks.js";

describe("viewer URL state for the structure filters", () => {
  it("writes only what differs from the defaults and reads it back", () => {
    const state: ViewState = {
      selection: { type: "node", key: "person:tony-blair" },
      filters: { ...defaultFilters(), minDegree: 2, minMentions: 5, hideIsolated: true, scope: "ego2", overview: false },
      camera: null,
      colorBy: "community",
    };
    const hash = formatUrlState(state);
    expect(hash).toBe("#node=person%3Atony-blair&deg=2&men=5&iso=hide&scope=ego2&all=1&color=community");
    expect(parseUrlState(hash)).toEqual(state);
    expect(formatUrlState({ selection: null, filters: defaultFilters(), camera: null, colorBy: "kind" })).toBe("");
  });

  it("ignores malformed values", () => {
    const { filters, colorBy } = parseUrlState("#deg=-3&men=abc&scope=everything&iso=1&color=rainbow");
    expect(filters).toEqual(defaultFilters());
    expect(colorBy).toBe("kind");
  });
});

describe("viewer timeline year ticks", () => {
  it("puts each year at its first date's rank", () => {
    expect(yearTicks(["2015-09-30", "2015-10-01", "2016-03-14", "2017-12-11"])).toEqual([
      { year: 2015, position: 0 },
      { year: 2016, position: 2 / 3 },
      { year: 2017, position: 1 },
    ]);
    expect(yearTicks(["2016-01-01"])).toEqual([]);
  });

  it("thins out to round years when there are many", () => {
    const dates = Array.from({ length: 40 }, (_, i) => `${1980 + i}-06-01`);
    const ticks = yearTicks(dates, 8);
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(ticks.every((t) => t.year % 5 === 0)).toBe(true);
  });
});

describe("viewer community colours", () => {
  it("colours the largest communities, names each after its most prominent member, leaves one-node communities out", () => {
    const g = new Graph.MultiDirectedGraph<NodeAttributes>() as unknown as KgGraph;
    const add = (key: string, community: number) =>
      g.addNode(key, { label: key.toUpperCase(), kind: "person", aliases: [], sources: [], mentions: 1, origin: "extracted", importance: 0, community, x: 0, y: 0, size: 1, color: "#000" } as NodeAttributes);
    ["a", "b", "c"].forEach((k) => add(k, 7));
    ["d", "e"].forEach((k) => add(k, 3));
    add("f", 9);
    const prominence = new Map([["b", 10], ["a", 1], ["c", 1], ["d", 1], ["e", 2], ["f", 50]]);
    const result = communityColors(g, prominence, ["#111111", "#222222"]);
    expect(result).toEqual([
      { community: 7, color: "#111111", size: 3, name: "B" },
      { community: 3, color: "#222222", size: 2, name: "E" },
    ]);
  });
});
