/**
 * normalizeDate: written dates to YYYY-MM-DD
 * ==========================================
 *
 * A table of the forms news files use, and of values that must be refused
 * rather than guessed.
 */
import { describe, expect, it } from "vitest";
import { normalizeDate } from "../../src/corpus/normalize-date.js";

describe("normalizeDate", () => {
  it.each([
    ["2017-12-11", "2017-12-11"],
    ["  2016-03-14 ", "2016-03-14"],
    ["2017-12-11T23:30:00-05:00", "2017-12-11"],
    ["2017-12-11 09:30", "2017-12-11"],
    ["2017/12/1", "2017-12-01"],
    ["26-FEB-1987 15:01:01.79", "1987-02-26"],
    ["5-APR-1987 01:53:30.01", "1987-04-05"],
    ["19-MAR-1987 11:50:26.11\t\t\tF RM", "1987-03-19"],
    ["31-MAR-1987 605:12:19.12", "1987-03-31"],
    ["11 December 2017", "2017-12-11"],
    ["11th Dec. 2017", "2017-12-11"],
    ["Mon, 11 Dec 2017 10:00:00 GMT", "2017-12-11"],
    ["December 11, 2017", "2017-12-11"],
    ["Monday, Sept 11th, 2017", "2017-09-11"],
    ["2016-02-29", "2016-02-29"],
    ["2000-02-29", "2000-02-29"],
  ])("reads %j as %s", (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });

  it.each([
    "",
    "someday",
    "1",
    "2017",
    "2017-12",
    "11/12/2017",
    "2017-02-29",
    "1900-02-29",
    "2017-13-01",
    "2017-04-31",
    "32-JAN-1987",
    "11 Foo 2017",
    "20171211",
  ])("refuses %j", (input) => {
    expect(normalizeDate(input)).toBeUndefined();
  });
});
