import { describe, expect, it } from "vitest";
import { findDates } from "../../src/extract/events.js";
import { extract } from "./helpers.js";

describe("findDates", () => {
  const cases: Array<[string, string, string[]]> = [
    ["Shoigu said on Monday.", "2017-12-11", ["2017-12-11"]],
    ["Putin said today.", "2016-03-14", ["2016-03-14"]],
    ["a similar withdrawal announcement last year", "2017-12-11", ["2016"]],
    ["an air campaign in September 2015 with", "2017-12-11", ["2015-09"]],
    ["on 30 September 2015 when", "2017-12-11", ["2015-09-30"]],
    ["since the civil war began in 2011.", "2017-12-11", ["2011"]],
    ["re-elected comfortably in march , made", "2017-12-11", []],
    ["for the last 17 years", "2017-12-11", []],
    ["Less than a week after announcing", "2017-12-11", []],
    // With no publication date only dates that name their year count.
    ["on 3 May 2004, and on Monday", "", ["2004-05-03"]],
    ["in March and in 1999", "", ["1999"]],
    ["a last minute intervention, two days ago", "", []],
  ];
  it.each(cases)("%s (published %s)", (text, published, expected) => {
    expect(findDates(text, published).map((d) => d.date)).toEqual(expected);
  });
});

describe("a date without a year in a past clause", () => {
  it("goes back a year when chrono put it after the publication", () => {
    const x = extract("Tom Brask died on 26 February at his home.", "2017-12-11");
    expect(x.events.map((e) => `${e.type} ${e.date}`)).toContain("death 2017-02-26");
  });
  it("stays where it is in the present or future", () => {
    expect(findDates("on 26 February", "2017-12-11").map((d) => d.date)).toEqual(["2018-02-26"]);
  });
});

describe("events", () => {
  it("dates an order against the publication date and names who ordered it", () => {
    const x = extract("President Vladimir Putin on Monday ordered Russian forces in Syria to start withdrawing.");
    const e = x.events.find((ev) => ev.type === "withdrawal")!;
    expect(e.date).toBe("2017-12-11");
    expect(x.mentions[e.agent!]!.ref).toBe("Vladimir Putin");
    expect(e.agentRole).toBe("ordered");
  });
  it("keeps last year's announcement apart from this one", () => {
    const x = extract("Mr Putin made a similar withdrawal announcement last year, but operations continued. Putin ordered the withdrawal of troops on Monday.");
    expect(x.events.map((e) => `${e.type} ${e.date}`)).toEqual(expect.arrayContaining(["withdrawal 2016", "withdrawal 2017-12-11"]));
  });
  it("gives a reported event the article's date when the text gives none", () => {
    const x = extract("President Vladimir Putin made the announcement during a surprise visit to Russia's Hmeymim airbase.");
    const visit = x.events.find((e) => e.type === "visit")!;
    expect(visit.date).toBe("2017-12-11");
    expect(visit.dateSource).toBe("published");
    expect(x.mentions[visit.place!]!.name).toBe("Hmeymim");
  });
  it("does not start events from quotations", () => {
    const x = extract('"I am therefore ordering the defence minister, from tomorrow, to start the withdrawal from Syria."', "2016-03-14");
    expect(x.events).toEqual([]);
  });
  it("dates a historical campaign from the text, not the article", () => {
    const x = extract("Russia launched an air campaign in Syria in September 2015.");
    const e = x.events.find((ev) => ev.type === "air_campaign")!;
    expect(e.date).toBe("2015-09");
    expect(x.mentions[e.place!]!.name).toBe("Syria");
  });
});

describe("events read off the parse", () => {
  it("reads an event noun or verb with a named participant, in text with no publication date", () => {
    const x = extract("Ann Vellmar resigned as chair of the Orbis Trust on Monday. The resignation of Tom Brask followed.", "");
    const types = x.events.map((e) => e.type);
    expect(types.filter((t) => t === "resignation").length).toBeGreaterThanOrEqual(1);
    // No publication date and no absolute date in the clause: undated.
    expect(x.events.every((e) => e.date === undefined)).toBe(true);
  });
  it("takes an absolute date of the event's own clause when there is no publication date", () => {
    const x = extract("Ann Vellmar resigned as chair of the Orbis Trust on 3 May 2004.", "");
    expect(x.events.find((e) => e.type === "resignation")?.date).toBe("2004-05-03");
  });
  it("makes no event of what has not happened yet, unless it is announced as a body's decision", () => {
    expect(extract("Ann Vellmar will visit Paris next week.").events.filter((e) => e.type === "visit")).toEqual([]);
    const announced = extract("France is to withdraw its troops from Mali, Ann Vellmar said today.");
    expect(announced.events.map((e) => e.type)).toContain("withdrawal");
  });
  it("makes no event of a denied, wished-for or asked one", () => {
    expect(extract("Ann Vellmar refused to call an early election in France.").events.filter((e) => e.type === "election")).toEqual([]);
    expect(extract("Did Ann Vellmar resign from the Orbis Trust?").events).toEqual([]);
  });
});
